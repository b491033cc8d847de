import { type Git } from './git.js';
/**
 * Which files differ between a commit and the working tree, by content, asked of git without
 * a checkout: git compares object ids (a file whose content is unchanged never counts, whatever
 * its mtime), and a model is then judged by which of these paths its manifest selects
 * (app/models.ts). Paths are relative to the repository's top level, POSIX.
 */
/**
 * Files whose content in the working tree differs from `HEAD`'s: modified, added, deleted
 * (tracked or staged), plus untracked files `.gitignore` does not exclude (which count for a
 * fingerprint). In a repository without a commit yet, every such file.
 * @param git  git at the repository's top level
 * @param head  what HEAD names ({@link headCommit}), when the caller already asked
 * @throws LeptonError `git` when git fails
 */
export declare function worktreeChanges(git: Git, head?: Promise<string | null>): Promise<Set<string>>;
/**
 * For each commit, the files whose content differs between it and `HEAD` (trees only: add
 * worktreeChanges for the working tree), in one `git diff-tree --stdin`. A commit this clone
 * lacks (a shallow checkout) maps to null: unknown, never "unchanged".
 * @param commits  full object ids
 * @param head  what HEAD names ({@link headCommit}), when the caller already asked
 */
export declare function changesToHead(git: Git, commits: readonly string[], head?: Promise<string | null>): Promise<Map<string, Set<string> | null>>;
/**
 * The commit a base revision names, and where this branch left it (the merge base, so a base
 * branch that moved on since does not count as this branch's change; the revision itself
 * when there is none to be had, as in a shallow clone).
 * @throws LeptonError `invalid` when the revision names no commit this clone has
 */
export declare function resolveBase(git: Git, ref: string): Promise<{
    commit: string;
    from: string;
}>;
/**
 * The commit HEAD names, or null on an unborn branch. Callers comparing several things with
 * HEAD (ls: the working tree and each version's commit) take it once, so every comparison is
 * against the same commit even if HEAD moves meanwhile.
 */
export declare function headCommit(git: Git): Promise<string | null>;
