import { lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { LeptonError } from '../core/errors/index.js';
import { renderSite, type SiteFile, type SiteOptions } from '../core/site/index.js';
import type { Git } from '../io/git.js';
import { readAllModels } from './export.js';

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
    for (const f of files) {
      const file = join(tmp, ...f.path.split('/'));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, f.content);
      bytes += Buffer.byteLength(f.content);
    }
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
  const models = await readAllModels(git);
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
