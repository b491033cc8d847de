import { LeptonError } from '../../core/errors/index.js';
import { headCommit as headOrNull } from '../changes.js';
import type { Git } from '../git.js';

/**
 * The full id of the commit HEAD names.
 *
 * @throws LeptonError `invalid` when the repository has no commit yet.
 */
export async function headCommit(git: Git): Promise<string> {
  const head = await headOrNull(git);
  if (head === null) {
    throw new LeptonError('invalid', 'nothing to tag: the repository has no commit yet');
  }
  return head;
}

/**
 * Paths (relative to the repository root) that differ from HEAD: modified, staged, deleted
 * and untracked-but-not-ignored files, from one `git status`.
 */
export async function pathsDifferingFromHead(git: Git): Promise<string[]> {
  const out = await git.out([
    'status',
    '--porcelain=v1',
    '-z',
    '--untracked-files=all',
    '--no-renames',
    '--ignore-submodules=none',
  ]);
  const paths: string[] = [];
  for (const entry of out.split('\0')) {
    // `XY path`: two status letters and a space.
    if (entry.length > 3) paths.push(entry.slice(3));
  }
  return paths;
}

/** A file's text as `commit` has it (`path` relative to the repository root), or null when it has none. */
export async function fileAtCommit(git: Git, commit: string, path: string): Promise<string | null> {
  const r = await git.run(['show', `${commit}:${path}`], { allowFailure: true });
  return r.code === 0 ? r.stdout : null;
}
