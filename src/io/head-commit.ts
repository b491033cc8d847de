import type { Git } from './git.js';

/** HEAD's commit and its parents, as the commit object itself records them. */
export interface HeadCommit {
  /** The commit id (40 hex digits; 64 in a SHA-256 repository). */
  readonly sha: string;
  /** Its `parent` lines, in order: a merge made by GitHub lists the base's tip, then the head. */
  readonly parents: readonly string[];
}

/**
 * HEAD's commit id and parents in one git process (`cat-file --batch`, which names the object
 * and prints it raw). The parent ids are read from the commit object, so they are known in a
 * depth-1 clone too, where the parents' objects are absent and a shallow graft makes
 * `rev-parse HEAD^2` fail and `log --format=%P` print none (gitformat-commit: the header lines
 * up to the first blank line; `parent` lines follow `tree`).
 *
 * @returns null when HEAD names no commit (an unborn branch).
 * @throws LeptonError 'git' when git cannot run.
 */
export async function readHeadCommit(git: Git): Promise<HeadCommit | null> {
  const out = (await git.run(['cat-file', '--batch'], { input: 'HEAD\n' })).stdout;
  const m = /^([0-9a-f]{40}|[0-9a-f]{64}) commit (\d+)\n/.exec(out);
  if (!m) return null;
  const body = out.slice(m[0].length);
  const end = body.indexOf('\n\n');
  const header = end < 0 ? body : body.slice(0, end);
  const parents = header
    .split('\n')
    .filter((l) => l.startsWith('parent '))
    .map((l) => l.slice('parent '.length));
  return { sha: m[1]!, parents };
}
