import picomatch from 'picomatch';
import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

export interface ArtifactFiles {
  /** Matched files, relative to the model's directory, POSIX, sorted. */
  readonly files: readonly string[];
  /** Patterns that matched no file (the build may not have produced them). */
  readonly unmatched: readonly string[];
  /** Files skipped because they resolve outside the repository (symlinks). */
  readonly outside: readonly string[];
}

/**
 * Expands the manifest's `artifacts:` globs (relative to `modelDir`). A pattern naming a
 * directory takes everything under it. Only the static base of each glob is walked.
 */
export async function expandArtifacts(
  patterns: readonly string[],
  modelDir: string,
  repoRoot: string,
): Promise<ArtifactFiles> {
  const found = new Set<string>();
  const unmatched: string[] = [];
  const outside: string[] = [];
  const root = await realpath(repoRoot);
  for (const pattern of patterns) {
    const before = found.size + outside.length;
    const scan = picomatch.scan(pattern);
    const base = scan.base.replace(/\/+$/, '');
    const match = scan.isGlob ? picomatch(pattern, { dot: true }) : null;
    for (const file of await filesUnder(join(modelDir, base))) {
      const rel = toPosix(relative(modelDir, file));
      if (match && !match(rel)) continue;
      if (!isInside(root, await realpath(file))) outside.push(rel);
      else found.add(rel);
    }
    if (found.size + outside.length === before) unmatched.push(pattern);
  }
  return { files: [...found].sort(), unmatched, outside };
}

/** Every file at or under `path` (a file yields itself), or none when it does not exist. */
async function filesUnder(path: string): Promise<string[]> {
  const s = await stat(path).catch(() => null);
  if (!s) return [];
  if (!s.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const e of entries) {
    const full = join(e.parentPath ?? e.path, e.name);
    if (full.split(sep).includes('.git')) continue;
    if (e.isFile()) files.push(full);
    else if (e.isSymbolicLink() && (await stat(full).catch(() => null))?.isFile()) files.push(full);
  }
  return files;
}

const toPosix = (p: string): string => p.split(sep).join('/');
const isInside = (root: string, p: string): boolean => {
  const rel = relative(root, p);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel));
};
