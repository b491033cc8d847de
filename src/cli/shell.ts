import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { EXIT_CODES, isLeptonError } from '../core/errors/index.js';
import type { CommandContext, Output } from './context.js';
import type { GlobalValues } from './options.js';

// What every way of running a command shares, without commander: program.ts runs a command line
// through commander, fast.ts the few it answers without (`lepton validate`).

export interface CliIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: Readonly<NodeJS.ProcessEnv>;
  readonly cwd: string;
  /** Aborted on SIGINT/SIGTERM/SIGHUP (io/interrupts.ts): stops a running eval or hook. */
  readonly signal?: AbortSignal;
}

/** A command's context from the global options' values (`-C`, `-m`). */
export function commandContext(
  io: CliIo,
  out: Output,
  globals: GlobalValues,
  setExitCode: (code: number) => void,
): CommandContext {
  const cwd = resolve(io.cwd, globals.cwd);
  return {
    cwd,
    manifestPath: resolve(cwd, globals.manifest),
    env: io.env,
    ...(io.signal && { signal: io.signal }),
    out,
    setExitCode,
  };
}

/** Prints what a command threw (and, under `--json`, its JSON document); returns the exit code. */
export function reportError(e: unknown, out: Output, env: Readonly<NodeJS.ProcessEnv>): number {
  if (env.LEPTON_DEBUG === '1' && e instanceof Error) out.note(e.stack ?? String(e));
  if (isLeptonError(e)) {
    out.note(`lepton: ${e.message}`);
    for (const d of e.details) out.note(`  ${d}`);
    if (out.json) {
      const issues = (e as { issues?: unknown }).issues;
      out.error(e.kind, EXIT_CODES[e.kind], e.message, {
        details: e.details,
        ...(Array.isArray(issues) && { issues }),
      });
    }
    return EXIT_CODES[e.kind];
  }
  const message = e instanceof Error ? e.message : String(e);
  if (out.json) out.error('internal', EXIT_CODES.invalid, `internal error: ${message}`);
  out.note(`lepton: internal error: ${message}`);
  if (env.LEPTON_DEBUG !== '1') out.note('  (run with LEPTON_DEBUG=1 for the stack trace)');
  return EXIT_CODES.invalid;
}
