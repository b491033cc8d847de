import type { Git } from '../git.js';
/**
 * The full id of the commit HEAD names, from a worktreeState.
 *
 * @throws LeptonError `invalid` when the repository has no commit yet.
 */
export declare function committedHead(state: WorktreeState): string;
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
export declare function worktreeState(git: Git): Promise<WorktreeState>;
/** Parses `git status --porcelain=v2 --branch -z` output (see worktreeState). */
export declare function parseStatusV2(out: string): WorktreeState;
/** A file's text as `commit` has it (`path` relative to the repository root), or null when it has none. */
export declare function fileAtCommit(git: Git, commit: string, path: string): Promise<string | null>;
