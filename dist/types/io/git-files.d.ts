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
export declare function trackableFiles(git: Git, pathspec: string): Promise<string[]>;
/**
 * Which of `files` (relative to `git.cwd`) Git LFS manages: `filter=lfs` in `.gitattributes`.
 *
 * @returns the subset, in the order given
 * @throws LeptonError `git` (code 4) when git fails
 */
export declare function lfsFiles(git: Git, files: readonly string[]): Promise<string[]>;
/** Whether the object database holds the blob `id` (false for any other type, or none). */
export declare function hasBlob(git: Git, id: string): Promise<boolean>;
/** The full id of the commit HEAD names, or null in a repository without a commit yet. */
export declare function headCommitOrNull(git: Git): Promise<string | null>;
