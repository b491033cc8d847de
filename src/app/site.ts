import { lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { LeptonError } from '../core/errors/index.js';
import {
  renderSite,
  type SiteFile,
  type SiteModelInput,
  type SiteOptions,
} from '../core/site/index.js';
import type { Git } from '../io/git.js';
import type { RecordedRegistry } from '../core/registry/types.js';
import { readRecordsOfRegistries } from '../io/registry/records.js';
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
    try {
      await rename(tmp, out);
    } catch (e) {
      // The earlier site goes back where it was: a failed run never loses it.
      if (replace) await rename(old, out).catch(() => undefined);
      throw e;
    }
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
 * The registry reader keeps only each record's summary; the site shows every record whole
 * (checks, run, artifact, baseline), so it reads them all, one git process for all models.
 */
async function withWholeRecords(
  git: Git,
  models: readonly ModelRegistry[],
): Promise<SiteModelInput[]> {
  // One `git cat-file` for every model's records: a repository of many models pays one process.
  const all = await readRecordsOfRegistries(
    git,
    models.map((m) => m.registry),
  );
  return models.map((m, i) => ({ ...m, registry: all[i] as RecordedRegistry }));
}
