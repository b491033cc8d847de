import type { Git } from './git.js';

/**
 * Named git questions the use cases ask about files and objects, so that `src/app` never
 * spells a git command line (`test/arch/fences.test.ts` keeps it so).
 */

/**
 * The files git tracks or would track (untracked and not ignored) under `pathspec`, relative to
 * `git.cwd`, each once, in git's order (callers sort as they need).
 *
 * @param pathspec a git pathspec (`.`, or `:(glob)models/*\/lepton.yml`); never user text
 *   meant as a command-line option: it follows `--`
 * @throws LeptonError `git` (code 4) when git fails (not a repository)
 */
export async function trackableFiles(git: Git, pathspec: string): Promise<string[]> {
  const r = await git.run([
    'ls-files',
    '-z',
    '--cached',
    '--others',
    '--exclude-standard',
    '--',
    pathspec,
  ]);
  return [...new Set(r.stdout.split('\0').filter(Boolean))];
}

/**
 * Which of `files` (relative to `git.cwd`) Git LFS manages: `filter=lfs` in `.gitattributes`.
 *
 * @returns the subset, in the order given
 * @throws LeptonError `git` (code 4) when git fails
 */
export async function lfsFiles(git: Git, files: readonly string[]): Promise<string[]> {
  if (files.length === 0) return [];
  // `check-attr -z` answers path NUL attribute NUL value NUL for each path given on stdin.
  const attrs = await git.run(['check-attr', '-z', '--stdin', 'filter'], {
    input: files.join('\0') + '\0',
  });
  const fields = attrs.stdout.split('\0');
  const lfs: string[] = [];
  for (let i = 0; i + 2 < fields.length; i += 3) {
    if (fields[i + 2] === 'lfs') lfs.push(fields[i] as string);
  }
  return lfs;
}

/** Whether the object database holds the blob `id` (false for any other type, or none). */
export async function hasBlob(git: Git, id: string): Promise<boolean> {
  const r = await git.run(['cat-file', '-e', `${id}^{blob}`], { allowFailure: true });
  return r.code === 0;
}

/** The full id of the commit HEAD names, or null in a repository without a commit yet. */
export async function headCommitOrNull(git: Git): Promise<string | null> {
  const r = await git.run(['rev-parse', '-q', '--verify', 'HEAD'], { allowFailure: true });
  return r.code === 0 ? r.stdout.trim() : null;
}
