import type { Git } from '../git.js';
/** What git's index says about the files under the model's folder. */
export interface GitListing {
    /**
     * The files git would track, relative to the folder (POSIX), sorted in UTF-8 byte order, each
     * once:
     * tracked files plus untracked ones .gitignore does not exclude. Tracked files deleted from
     * the work tree are still listed; the caller drops what it cannot stat.
     */
    readonly files: string[];
    /**
     * Tracked regular files (mode 100644 or 100755) at stage 0 that git checks against the work
     * tree as usual (not assume-unchanged, not skip-worktree), with the blob id the index holds.
     * Symlinks, submodules, unmerged paths and names that are not UTF-8 (which the stat cache
     * does not keep) are never here.
     */
    readonly blobs: Map<string, string>;
}
/** The output of one `git ls-files -v -s -c -o --exclude-standard -z` (see parseLsFiles). */
export declare function listGitIndex(git: Git): Promise<string>;
/**
 * A listGitIndex started early in folder `cwd` (so git lists while other work goes on): used by
 * whoever lists that same folder next, and ignored elsewhere (a wrong guess of the folder costs
 * a git process, never a wrong answer).
 */
export interface StartedListing {
    readonly cwd: string;
    readonly raw: Promise<string>;
}
/** Starts listGitIndex in git's folder; its failure is left to whoever awaits it. */
export declare function startListing(git: Git): StartedListing;
/**
 * Each NUL-ended record is either
 * `? <path>` (untracked; `<dir>/` for a nested repository) or
 * `<tag> <mode> <blob> <stage>\t<path>` (tracked), where the tag is `H` for an ordinary entry,
 * lowercase when assume-unchanged, `S` for skip-worktree, `M` for unmerged (one record per
 * stage). Untracked records come first, then the index's own order (byte order of names).
 */
export declare function parseLsFiles(out: string): GitListing;
/**
 * Tracked files under the folder whose work tree differs from the index, relative to it: git
 * compares each one's stat data with what the index recorded, and reads the content of entries
 * too recent to judge by time ("racy git"). Settings that would make it trust less are turned
 * off for this call: ctime and the full stat data count (a same-size edit with its mtime put
 * back is caught), and no file-system monitor is asked instead of looking. Null when git
 * cannot tell.
 */
export declare function listModifiedFiles(git: Git): Promise<Set<string> | null>;
/** Untracked files that .gitignore excludes: only asked for to explain an empty match. */
export declare function listIgnoredFiles(git: Git): Promise<string[]>;
/** Sorted in UTF-8 byte order, each name once. */
export declare function isStrictlySorted(names: readonly string[]): boolean;
/** Outside git: every file under `root` (symlinks listed, not descended). */
export declare function walkFiles(root: string): string[];
/**
 * The tracked symlinks (mode 120000, stage 0) of a listGitIndex output, named as listed (relative
 * to the folder listed; names that are not UTF-8 keep their bytes as escapes).
 */
export declare function trackedLinks(out: string): string[];
/**
 * Of `paths` (relative to git's folder), those the index holds as regular files at stage 0
 * (`git ls-files -s -z -- :(literal)P…`: one process).
 */
export declare function trackedRegularFiles(git: Git, paths: readonly string[]): Promise<Set<string>>;
