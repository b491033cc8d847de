import { lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { LeptonError } from '../core/errors/index.js';
import { parseRecord } from '../core/registry/message.js';
import type {
  StageRecord,
  TagRecord,
  UnassignRecord,
  VersionRecord,
} from '../core/registry/types.js';
import {
  renderSite,
  type SiteFile,
  type SiteModelInput,
  type SiteOptions,
} from '../core/site/index.js';
import type { Git } from '../io/git.js';
import { readAllModels, type ModelRegistry } from './export.js';

export interface SiteResult {
  /** The output directory, absolute. */
  readonly out: string;
  readonly models: number;
  readonly versions: number;
  /** Files written (pages and API documents). */
  readonly files: number;
  /** Total bytes written. */
  readonly bytes: number;
}

/** Only a directory that is empty or holds an earlier Lepton site may be replaced. */
async function checkReplaceable(out: string): Promise<boolean> {
  let st;
  try {
    st = await lstat(out);
  } catch {
    return false;
  }
  if (!st.isDirectory()) {
    throw new LeptonError('invalid', `--out ${out} exists and is not a directory`, [
      'name a new or empty directory, or an earlier site output',
    ]);
  }
  const entries = await readdir(out);
  if (entries.length === 0) return true;
  const isSite = entries.includes('index.html') && entries.includes('api');
  if (!isSite) {
    throw new LeptonError('invalid', `--out ${out} is not empty and holds no earlier site`, [
      'Lepton replaces the whole directory; name a new or empty one',
    ]);
  }
  return true;
}

/**
 * Writes the files into a fresh sibling directory, then swaps it in for `out`, so a reader (or a
 * failed run) never sees half a site and files of deleted versions do not linger.
 * @throws LeptonError `invalid` when `out` exists and is neither empty nor an earlier site
 */
export async function writeSite(out: string, files: readonly SiteFile[]): Promise<number> {
  const replace = await checkReplaceable(out);
  const tmp = join(dirname(out), `.${basename(out)}.tmp-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  let bytes = 0;
  try {
    // Each folder made once, then the files written a few at a time: 100,000 files one by
    // one spend most of their time waiting on the file system.
    const paths = files.map((f) => join(tmp, ...f.path.split('/')));
    for (const dir of new Set(paths.map((p) => dirname(p)))) await mkdir(dir, { recursive: true });
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let i = next++; i < files.length; i = next++) {
        const content = (files[i] as SiteFile).content;
        await writeFile(paths[i] as string, content);
        bytes += Buffer.byteLength(content);
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    const old = join(dirname(out), `.${basename(out)}.old-${process.pid}`);
    if (replace) await rename(out, old);
    await rename(tmp, out);
    if (replace) await rm(old, { recursive: true, force: true });
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  return bytes;
}

/**
 * `lepton site --out DIR`: the static site and JSON API of every model in the repository.
 * @param git  git at the repository's top level
 * @param out  absolute output directory
 * @throws LeptonError `invalid` for an invalid manifest or a bad `out`
 */
export async function buildSite(
  git: Git,
  out: string,
  opts: SiteOptions = {},
): Promise<SiteResult> {
  const models = await withWholeRecords(git, await readAllModels(git));
  const files = renderSite(models, opts);
  const bytes = await writeSite(out, files);
  return {
    out,
    models: models.length,
    versions: models.reduce((n, m) => n + m.registry.versions.length, 0),
    files: files.length,
    bytes,
  };
}

/**
 * The registry reader keeps only each record's summary and reads a whole record from git on
 * demand, one process per record; the site shows every record whole (checks, run, artifact,
 * baseline), so it reads them all with one `for-each-ref` instead (50,000 processes otherwise).
 * A record that does not name its own tag's model and version is left to the lazy reader.
 */
async function withWholeRecords(
  git: Git,
  models: readonly ModelRegistry[],
): Promise<SiteModelInput[]> {
  if (models.every((m) => m.registry.versions.length === 0 && m.registry.events.length === 0)) {
    return [...models];
  }
  // A tag message cannot hold a NUL byte, so NUL separates name and message safely.
  const r = await git.run([
    'for-each-ref',
    '--format=%(refname:strip=2)%00%(contents)%00',
    'refs/tags',
  ]);
  if (r.code !== 0) throw new LeptonError('git', `could not read the tags: ${r.stderr.trim()}`);
  const messages = new Map<string, string>();
  const parts = r.stdout.split('\0');
  for (let i = 0; i + 1 < parts.length; i += 2) {
    messages.set((parts[i] as string).replace(/^\n/, ''), parts[i + 1] as string);
  }
  const whole = <T extends TagRecord>(
    tag: string,
    lazy: T | null,
    fits: (r: TagRecord) => r is T,
  ): T | null => {
    const text = lazy && messages.get(tag);
    const full = text ? parseRecord(text) : null;
    return full && fits(full) ? full : lazy;
  };
  return models.map((m) => {
    const name = m.model.model;
    return {
      ...m,
      registry: {
        ...m.registry,
        versions: m.registry.versions.map((v) => ({
          ...v,
          record: whole(
            v.tag,
            v.record,
            (x): x is VersionRecord =>
              x.kind === 'version' && x.model === name && x.version === v.version,
          ),
        })),
        events: m.registry.events.map((e) => ({
          ...e,
          record: whole(
            e.tag,
            e.record,
            (x): x is StageRecord | UnassignRecord =>
              (x.kind === 'stage' || x.kind === 'unassign') &&
              x.model === name &&
              x.stage === e.stage,
          ),
        })),
      },
    };
  });
}
