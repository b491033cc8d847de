import { validate } from './commands/validate-run.js';
import { Output } from './context.js';
import { fastCommandLine } from './fast-line.js';
import { commandContext, reportError, type CliIo } from './shell.js';

/**
 * Runs a command line fastCommandLine accepts, as runCli would: same output, same exit code.
 * @returns the exit code, or null for a command line that is commander's
 */
export async function runFast(argv: readonly string[], io: CliIo): Promise<number | null> {
  const line = fastCommandLine(argv);
  if (!line) return null;
  const out = new Output(io.stdout, io.stderr);
  let exitCode = 0;
  try {
    const ctx = commandContext(io, out, line.globals, (code) => {
      exitCode = code;
    });
    await validate(ctx);
    return exitCode;
  } catch (e) {
    return reportError(e, out, io.env);
  }
}
