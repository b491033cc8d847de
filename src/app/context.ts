import { dirname } from 'node:path';
import type { Manifest } from '../core/manifest/types.js';
import { Git } from '../io/git.js';
import { loadManifest } from '../io/manifest-file.js';

/** How use cases talk to whoever runs them (CLI: stderr; Action: @actions/core). */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** Live output of the eval command (already line-oriented or raw chunks). */
  output(chunk: string): void;
  /** Wraps long noisy work (the eval's output) in a collapsible group where the shell supports it. */
  group<T>(name: string, work: () => Promise<T>): Promise<T>;
}

/** Eval results kept between runs by the host (the Actions cache); absent locally. */
export interface EvalCache {
  restore(key: string): Promise<Readonly<Record<string, number>> | null>;
  save(key: string, metrics: Readonly<Record<string, number>>): Promise<void>;
}

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
  readonly env: Readonly<NodeJS.ProcessEnv>;
  readonly log: Logger;
  readonly now: () => Date;
  readonly evalCache?: EvalCache;
  /** Where the Markdown report is written when asked (`--report`). */
  readonly isTTY?: boolean;
}

export interface OpenOptions {
  readonly manifestPath: string;
  /** How errors name the manifest (relative, for annotations). */
  readonly manifestName?: string;
  readonly env: Readonly<NodeJS.ProcessEnv>;
  readonly log: Logger;
  readonly now?: () => Date;
  readonly evalCache?: EvalCache;
  readonly isTTY?: boolean;
}

/** Loads and validates the manifest and finds the repository around it. */
export async function openProject(options: OpenOptions): Promise<AppContext> {
  const modelDir = dirname(options.manifestPath);
  const git = new Git(modelDir, options.env);
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
    log: options.log,
    now: options.now ?? (() => new Date()),
    ...(options.evalCache && { evalCache: options.evalCache }),
    ...(options.isTTY !== undefined && { isTTY: options.isTTY }),
  };
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
