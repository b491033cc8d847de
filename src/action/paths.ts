import { closest, distance } from 'fastest-levenshtein';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { LeptonError } from '../core/errors/index.js';

/** Where the inputs point: the working directory and the manifest in it, both absolute. */
export interface ProjectPaths {
  readonly dir: string;
  readonly manifestPath: string;
}

/** A glob (`models/*\/lepton.yml`) is expanded elsewhere; only plain paths are checked here. */
const GLOB = /[*?[\]{}]/;

/**
 * Resolves `working-directory` against the workspace and `manifest` against it, and refuses
 * what does not exist before any git or file work starts (git would report a missing cwd as
 * `spawn git ENOENT`). Errors are `invalid` (exit 2) and name the input, what it said and the
 * absolute path, with a "did you mean" for a misspelt directory or file.
 */
export async function resolveProjectPaths(
  workspace: string,
  workingDirectory: string,
  manifest: string,
): Promise<ProjectPaths> {
  const dir = resolve(workspace, workingDirectory);
  const d = await stat(dir).catch(() => null);
  if (!d || !d.isDirectory()) {
    const details = [
      `resolved against the workspace ${workspace}: ${dir}`,
      ...(await suggestion(workspace, dir, true)),
    ];
    throw new LeptonError(
      'invalid',
      `input "working-directory": ${quote(workingDirectory)} ${d ? 'is not a directory' : 'does not exist'}`,
      details,
    );
  }
  const manifestPath = resolve(dir, manifest);
  if (GLOB.test(manifest)) return { dir, manifestPath };
  const m = await stat(manifestPath).catch(() => null);
  if (!m || !m.isFile()) {
    const details = [
      `resolved against working-directory ${quote(workingDirectory)}: ${manifestPath}`,
      ...(await suggestion(dir, manifestPath, false)),
    ];
    throw new LeptonError(
      'invalid',
      `input "manifest": ${quote(manifest)} ${m ? (m.isDirectory() ? 'is a directory' : 'is not a regular file') : 'does not exist'}`,
      details,
    );
  }
  return { dir, manifestPath };
}

const quote = (s: string): string => JSON.stringify(s);

/**
 * "did you mean …": walks `target` from `base` one name at a time; at the first name that does
 * not exist, the closest existing sibling (at most a third of its letters different) stands in.
 */
async function suggestion(base: string, target: string, wantDir: boolean): Promise<string[]> {
  const rel = relative(base, target);
  if (rel.startsWith('..') || rel === '') return [];
  const parts = rel.split(sep);
  let at = base;
  const fixed: string[] = [];
  let changed = false;
  for (const [i, part] of parts.entries()) {
    const entries = await readdir(at, { withFileTypes: true }).catch(() => null);
    if (!entries) return [];
    const last = i === parts.length - 1;
    const fits = entries.filter(
      (e) => e.name !== '.git' && (e.isDirectory() || (last && !wantDir && e.isFile())),
    );
    const names = fits.map((e) => e.name);
    let name = part;
    if (!names.includes(part)) {
      if (names.length === 0) return [];
      name = closest(part, names);
      if (distance(part, name) > Math.max(1, Math.floor(part.length / 3))) return [];
      changed = true;
    }
    fixed.push(name);
    at = join(at, name);
  }
  return changed ? [`did you mean ${quote(fixed.join('/'))}?`] : [];
}
