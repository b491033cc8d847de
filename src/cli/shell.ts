import { statSync, type Stats } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { EXIT_CODES, isLeptonError, LeptonError } from '../core/errors/index.js';
import { plainText } from '../core/format/text.js';
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
  // io.cwd is not read for an absolute -C (the current folder may be gone).
  const cwd = isAbsolute(globals.cwd)
    ? resolve(globals.cwd)
    : resolve(currentFolder(io), globals.cwd);
  checkWorkFolder(cwd, globals.cwd);
  return {
    cwd,
    manifestPath: resolve(cwd, globals.manifest),
    env: io.env,
    ...(io.signal && { signal: io.signal }),
    out,
    setExitCode,
  };
}

/** `io.cwd`, which throws (ENOENT) when the current folder was removed since the shell entered it. */
function currentFolder(io: CliIo): string {
  try {
    return io.cwd;
  } catch {
    throw new LeptonError('invalid', 'the current folder no longer exists (removed or moved)', [
      'cd to a folder that exists, or name one with -C DIR',
    ]);
  }
}

/**
 * The folder a command works in must be one, before anything else looks in it: `-C /nonexistent`
 * said "cannot read manifest /nonexistent/lepton.yml: no such file", and a current folder whose
 * name is not UTF-8 failed every command with an internal error.
 *
 * Node gives a program its current folder and its arguments as UTF-8 text: a byte of the name
 * that is not UTF-8 becomes U+FFFD (process.cwd() has no form that keeps the bytes), so that
 * folder cannot be named to the file system again and no command can work in it. Only said,
 * then: a full fix is not possible in Node.
 *
 * @param given `-C`'s value as written (`.` when not given)
 * @throws LeptonError `invalid` (exit 2) when the folder does not exist, is not a folder or
 *   cannot be looked at, saying when its name is not UTF-8
 */
export function checkWorkFolder(cwd: string, given: string): void {
  const which = given === '.' ? 'the current folder' : `-C ${plainText(given, 500)}`;
  let st: Stats;
  try {
    st = statSync(cwd);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    if (cwd.includes('\uFFFD')) {
      throw new LeptonError(
        'invalid',
        `${which} (${plainText(cwd, 500)}): its name is not valid UTF-8, so Lepton cannot open it`,
        [
          'Node.js reads folder names as UTF-8 text (a byte that is not UTF-8 becomes "\uFFFD"), so such a folder cannot be worked in: rename it to a UTF-8 name (convmv can), or run from a folder whose path is UTF-8',
        ],
      );
    }
    throw new LeptonError(
      'invalid',
      `${which}: ${
        code === 'ENOENT'
          ? `the folder ${plainText(cwd, 500)} does not exist`
          : code === 'ENOTDIR'
            ? `${plainText(cwd, 500)}: a folder on its path is a file`
            : `cannot open the folder ${plainText(cwd, 500)} (${code})`
      }`,
      given === '.' ? [] : ['-C names the folder to work in (the manifest is found in it)'],
    );
  }
  if (!st.isDirectory()) {
    throw new LeptonError('invalid', `${which}: ${plainText(cwd, 500)} is not a folder`, [
      '-C names the folder to work in; -m names the manifest file',
    ]);
  }
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
