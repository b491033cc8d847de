/** What `git rev-parse --show-toplevel --absolute-git-dir --is-shallow-repository` says. */
export interface Discovered {
    readonly top: string;
    readonly gitDir: string;
    readonly shallow: boolean;
}
/**
 * The repository around `cwd` found as git finds it (walking up to a `.git` folder), without a
 * git process, in the plain case only: a checkout whose `.git` is a folder owned by this user,
 * with an ordinary HEAD, no `core.worktree`, not bare, no config includes or extensions, on
 * the same file system, and no GIT_* variable that changes discovery. Anything else (worktrees
 * and submodules, whose `.git` is a file; a symlinked `.git`; a folder inside a git dir) gives
 * null: the caller asks git, whose answer is then the only one. Never throws.
 */
export declare function discoverRepository(cwd: string, env: Readonly<NodeJS.ProcessEnv>): Discovered | null;
