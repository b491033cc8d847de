import { dirname } from 'node:path';
import type { Manifest } from '../core/manifest/types.js';
import { LeptonError } from '../core/errors/index.js';
import { Git } from '../io/git.js';
import { loadManifest } from '../io/manifest-file.js';
import { readSettings, type Settings } from '../io/settings.js';
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
export async function openProject(options: OpenOptions): Promise<AppContext> {
  checkOpenOptions(options);
  const settings = options.settings ?? readSettings(options.env);
  const modelDir = dirname(options.manifestPath);
  const git = options.git?.cwd === modelDir ? options.git : new Git(modelDir, options.env);
  // git looks for the repository while the manifest is parsed; an invalid manifest still wins.
  const top = git.topLevel();
  top.catch(() => undefined);
  const manifest = await loadManifest(options.manifestPath, options.manifestName);
  const repoRoot = await top;
  return {
    manifest,
    manifestPath: options.manifestPath,
    modelDir,
    repoRoot,
    git: repoRoot ? git.at(repoRoot) : git,
    env: options.env,
    settings,
    log: options.log,
    now: options.now ?? (() => new Date()),
    ...(options.evalCache && { evalCache: options.evalCache }),
    ...(options.signal && { signal: options.signal }),
    ...(options.isTTY !== undefined && { isTTY: options.isTTY }),
  };
}

const LOGGER_METHODS = ['info', 'warn', 'output', 'group'] as const;

/**
 * The options the types require, checked for callers the types do not reach (plain JavaScript):
 * a missing `log` made `evaluate` fail much later with "Cannot read properties of undefined".
 */
function checkOpenOptions(options: OpenOptions): void {
  const problems: string[] = [];
  const o = (options ?? {}) as Partial<OpenOptions>;
  if (typeof o.manifestPath !== 'string' || o.manifestPath === '')
    problems.push('manifestPath: the manifest file, a path');
  if (o.env === null || typeof o.env !== 'object') problems.push('env: the environment, an object');
  const log = o.log as Partial<Record<string, unknown>> | undefined;
  const missing = LOGGER_METHODS.filter((m) => typeof log?.[m] !== 'function');
  if (missing.length)
    problems.push(
      `log: a Logger with ${LOGGER_METHODS.join(', ')} (missing: ${missing.join(', ')}); streamLogger(process.stderr) makes one`,
    );
  if (problems.length)
    throw new LeptonError(
      'invalid',
      // The first problem in the message itself: `e.message` is what most callers print.
      `openProject: options are missing or of the wrong type: ${problems.map((p) => p.split(':')[0]).join(', ')}`,
      problems,
    );
}

/** A Logger for plain streams (the CLI). */
export function streamLogger(err: NodeJS.WritableStream): Logger {
  return {
    info: (m) => void err.write(m + '\n'),
    warn: (m) => void err.write(`warning: ${m}\n`),
    output: (c) => void err.write(c),
    group: async (name, work) => {
      err.write(`── ${name}\n`);
      return work();
    },
  };
}
