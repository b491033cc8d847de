import type { Git } from '../git.js';
/**
 * The files git would track under `modelDir`, relative to it (POSIX): tracked
 * files plus untracked ones .gitignore does not exclude. One git process.
 * Tracked files deleted from the work tree are still listed; the caller drops
 * what it cannot stat.
 */
export declare function listGitFiles(git: Git): Promise<string[]>;
/** Untracked files that .gitignore excludes: only asked for to explain an empty match. */
export declare function listIgnoredFiles(git: Git): Promise<string[]>;
/** Outside git: every file under `root` (symlinks listed, not descended). */
export declare function walkFiles(root: string): string[];
