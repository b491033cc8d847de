import type { Manifest } from '../core/manifest/types.js';
import { Git } from '../io/git.js';
import { type Settings } from '../io/settings.js';
import type { Clock, EvalCache, Logger } from '../core/ports.js';
export type { Logger, EvalCache, Clock } from '../core/ports.js';
/**
 * Everything a use case needs, passed in: no use case reads process globals,
 * so the CLI, the Action and tests each build one of these.
 */
export interface AppContext {
    readonly manifest: Manifest;
    /** Absolute path of the manifest file. */
    readonly manifestPath: string;
    /** The manifest's directory: every path in the manifest is relative to it. */
    readonly modelDir: string;
    /** The git work tree's top level, or null outside a repository. */
    readonly repoRoot: string | null;
    readonly git: Git;
    /** The environment as given: passed on to git and (stripped, io/child-env.ts) to the eval. */
    readonly env: Readonly<NodeJS.ProcessEnv>;
    /** What the environment says, read once (io/settings.ts); use cases read these, not `env`. */
    readonly settings: Settings;
    readonly log: Logger;
    readonly now: Clock;
    readonly evalCache?: EvalCache;
    /** Stops a running eval (the shells abort it on SIGINT/SIGTERM/SIGHUP; reason: an `Interrupt`). */
    readonly signal?: AbortSignal;
    /** Where the Markdown report is written when asked (`--report`). */
    readonly isTTY?: boolean;
}
export interface OpenOptions {
    readonly manifestPath: string;
    /** How errors name the manifest (relative, for annotations). */
    readonly manifestName?: string;
    readonly env: Readonly<NodeJS.ProcessEnv>;
    /** Default: read from `env` (io/settings.ts). */
    readonly settings?: Settings;
    readonly log: Logger;
    readonly now?: Clock;
    readonly evalCache?: EvalCache;
    readonly signal?: AbortSignal;
    readonly isTTY?: boolean;
    /**
     * Git at the manifest's folder, when the shell already asked it where the repository is (the
     * Action names the manifest relative to the top level): its answers are reused, not asked again.
     */
    readonly git?: Git;
}
/**
 * Loads and validates the manifest and finds the git repository around it: the context every
 * use case takes. Reads nothing but the manifest file (and asks git where the work tree is).
 *
 * @param options.manifestPath the manifest file (absolute, or relative to the process's cwd)
 * @param options.env the environment; settings are read from it once (io/settings.ts)
 * @returns the project; `repoRoot` is null outside a git repository
 * @throws ManifestInvalidError (a LeptonError, kind `invalid`, code 2) listing every issue with file, line, column and key path
 * @throws LeptonError `invalid` (code 2) when the file cannot be read or `LEPTON_PUSH_BUDGET` is not a duration,
 *   or when the options miss what the types require (a plain-JavaScript caller without `log`)
 * @example
 *   // env: the process's environment at the shell, or a test's own record
 *   const ctx = await openProject({ manifestPath: 'lepton.yml', env, log: streamLogger(process.stderr) });
 */
export declare function openProject(options: OpenOptions): Promise<AppContext>;
/** A Logger for plain streams (the CLI). */
export declare function streamLogger(err: NodeJS.WritableStream): Logger;
