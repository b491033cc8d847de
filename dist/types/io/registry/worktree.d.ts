import type { Git } from '../git.js';
/**
 * Paths (relative to the repository root) that differ from HEAD: modified, staged, deleted
 * and untracked-but-not-ignored files, from one `git status`.
 */
export declare function pathsDifferingFromHead(git: Git): Promise<string[]>;
