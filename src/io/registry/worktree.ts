import { LeptonError } from '../../core/errors/index.js';
import type { Git } from '../git.js';

/**
 * The full id of the commit HEAD names, from a worktreeState.
 *
 * @throws LeptonError `invalid` when the repository has no commit yet.
 */
export function committedHead(state: WorktreeState): string {
  if (state.head === null) {
    throw new LeptonError('invalid', 'nothing to tag: the repository has no commit yet');
  }
  return state.head;
}

/** HEAD's commit and what differs from it, from one `git status`. */
export interface WorktreeState {
  /** The commit HEAD names, or null on an unborn branch. */
  readonly head: string | null;
  /**
   * Paths (relative to the repository root) that differ from HEAD: modified, staged, deleted,
   * unmerged and untracked-but-not-ignored files.
   */
  readonly paths: readonly string[];
}

/**
 * HEAD's commit and the paths that differ from it, from one `git status --porcelain=v2
 * --branch` (its `# branch.oid` header is HEAD's commit: one process instead of a `rev-parse`
 * beside the status). The format: git-status(1), "Porcelain Format Version 2"
 * (https://git-scm.com/docs/git-status#_porcelain_format_version_2). No ahead/behind count:
 * only equality with the upstream is looked at, never a walk of the history.
 *
 * @throws LeptonError `git` when git cannot say (not a repository, a broken index).
 */
export async function worktreeState(git: Git): Promise<WorktreeState> {
  const out = await git.out([
    'status',
    '--porcelain=v2',
    '--branch',
    '--no-ahead-behind',
    '-z',
    '--untracked-files=all',
    '--no-renames',
    '--ignore-submodules=none',
  ]);
  return parseStatusV2(out);
}

/** Parses `git status --porcelain=v2 --branch -z` output (see worktreeState). */
export function parseStatusV2(out: string): WorktreeState {
  let head: string | null = null;
  const paths: string[] = [];
  const entries = out.split('\0');
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as string;
    if (e.startsWith('# branch.oid ')) {
      const oid = e.slice('# branch.oid '.length);
      head = /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(oid) ? oid : null; // `(initial)`: unborn
      continue;
    }
    // Fields before the path: `1 XY sub mH mI mW hH hI`, `2 … Xscore` (then the original path
    // as the next entry), `u XY sub m1 m2 m3 mW h1 h2 h3`, `? ` and `! `.
    const fields = { '1': 8, '2': 9, u: 10, '?': 1, '!': 1 }[e[0] ?? ''];
    if (fields === undefined || e[1] !== ' ') continue;
    let at = 0;
    for (let f = 0; f < fields && at >= 0; f++) at = e.indexOf(' ', at) + 1 || -1;
    if (at > 0 && e[0] !== '!') paths.push(e.slice(at));
    if (e[0] === '2') i++; // the rename's original path
  }
  return { head, paths };
}

/** A file's text as `commit` has it (`path` relative to the repository root), or null when it has none. */
export async function fileAtCommit(git: Git, commit: string, path: string): Promise<string | null> {
  const r = await git.run(['show', `${commit}:${path}`], { allowFailure: true });
  return r.code === 0 ? r.stdout : null;
}
