import type { Git } from '../git.js';
/**
 * The full id of the commit HEAD names.
 *
 * @throws LeptonError `invalid` when the repository has no commit yet.
 */
export declare function headCommit(git: Git): Promise<string>;
/**
 * Paths (relative to the repository root) that differ from HEAD: modified, staged, deleted
 * and untracked-but-not-ignored files, from one `git status`.
 */
export declare function pathsDifferingFromHead(git: Git): Promise<string[]>;
/** A file's text as `commit` has it (`path` relative to the repository root), or null when it has none. */
export declare function fileAtCommit(git: Git, commit: string, path: string): Promise<string | null>;
