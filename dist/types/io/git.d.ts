/** The last lines of git's stderr (or stdout): what a message about a failure quotes. */
export declare const lastLines: (text: string, fallback?: string, n?: number) => string;
/** The one place Lepton spawns git: argument arrays only, never a shell string. */
export interface GitResult {
    readonly stdout: string;
    readonly stderr: string;
    readonly code: number;
}
export interface GitOptions {
    /** Resolve with the non-zero result instead of throwing. */
    readonly allowFailure?: boolean;
    readonly input?: string | Uint8Array;
    readonly env?: Readonly<Record<string, string>>;
    /** Keep stdout as raw bytes (for -z output with non-UTF-8 names). */
    readonly encoding?: BufferEncoding;
    /**
     * Receive stdout's bytes as they arrive instead of in the result (then empty), so large
     * output is parsed while git is still writing it.
     */
    readonly onStdout?: (chunk: Buffer) => void;
    /**
     * Writes stdin while git runs, instead of `input`: stdin closes when the promise settles.
     * Lets one git process (`cat-file --batch`) work on what another is still listing.
     */
    readonly feed?: (write: (text: string) => void) => Promise<void>;
}
export declare class Git {
    readonly cwd: string;
    private readonly baseEnv;
    private known;
    /** The top-level answer of this folder (its cwd never changes). */
    private top;
    constructor(cwd: string, baseEnv?: NodeJS.ProcessEnv);
    /** Git for another folder of the same repository, keeping (and sharing) what this one learnt. */
    at(cwd: string): Git;
    run(args: readonly string[], options?: GitOptions): Promise<GitResult>;
    private env;
    /** stdout, trimmed of the trailing newline. */
    out(args: readonly string[], options?: GitOptions): Promise<string>;
    /**
     * The repository's top level, or null outside a work tree; asked of git once per Git object.
     * The same git process names the git directory and says whether the clone is shallow, so a
     * later gitDir() or isShallow() spawns nothing.
     */
    topLevel(): Promise<string | null>;
    private askTopLevel;
    /** The URL of remote `name` as configured (credentials and all), or null when there is none. */
    remoteUrl(name?: string): Promise<string | null>;
    /** The names of the repository's remotes (`git remote`), sorted as git lists them; [] for none. */
    remoteNames(): Promise<string[]>;
    /**
     * Whether the clone was shallow when topLevel() asked (null before, or when git could not
     * say): for a caller that runs right after it (the Action's history fetch) and need not ask
     * again. A fetch, or the user, may have changed it since.
     */
    get shallowAtTopLevel(): boolean | null;
    /**
     * The git directory when topLevel() found it without git (a `.git` folder that holds the
     * repository's own refs, as gitrepository-layout(5) lays them out, nothing in the
     * environment or config moving them), else null: where a caller may read a loose ref git has
     * just written instead of asking git.
     */
    get plainGitDir(): string | null;
    /** The git directory (absolute), or null outside a repository. */
    gitDir(): Promise<string | null>;
}
