import type { Writable } from 'node:stream';

/**
 * The exit code of a run whose output could not be written (a full disk, an I/O error) and that
 * had no failure of its own: sysexits.h's EX_IOERR ("an error occurred while doing I/O on some
 * file"). A run's own non-zero code wins: it already says the run did not succeed.
 */
export const EXIT_OUTPUT_LOST = 74;

/** A write to stdout or stderr that failed for another reason than its reader leaving. */
export interface LostOutput {
  readonly stream: 'stdout' | 'stderr';
  /** The system's error code (`ENOSPC`, `EIO`…), or the error's message when it has none. */
  readonly code: string;
}

export interface OutputGuard {
  /** The first lost output, or null (a reader that closed its pipe loses nothing it wanted). */
  lost(): LostOutput | null;
}

/**
 * Keeps a failed write to the process's stdout or stderr from ending the run in the middle.
 *
 * Node reports such a failure as an `'error'` event on the stream, and one nobody listens to
 * kills the process with a stack trace wherever the command is: between a tag and its push, say.
 * So the command always finishes what it does, and:
 * - `EPIPE` (the reader closed its end: `lepton show --json | head -1`) ends that stream's
 *   output and nothing else: a reader that stops reading wanted no more, and the exit code is
 *   the command's own. (A C program would die of SIGPIPE there; Node ignores SIGPIPE, and a
 *   command that records or pushes must not stop half-way because its output was not read.)
 * - any other failure (`ENOSPC` writing to a full disk, `EIO`) means output was lost: the run
 *   reports it (`lostOutputMessage`) and must not exit 0 (`EXIT_OUTPUT_LOST`).
 * Writes after the first failure are dropped by the stream itself (`ERR_STREAM_DESTROYED`,
 * ignored here: the first failure said it all).
 *
 * @param streams the process's own stdout and stderr (only the process shell, src/cli/main.ts,
 *   passes them: below it, commands write to the `Writable`s they are given)
 */
export function guardOutput(streams: {
  readonly stdout: Writable;
  readonly stderr: Writable;
}): OutputGuard {
  let lost: LostOutput | null = null;
  const listen = (stream: Writable, name: LostOutput['stream']) =>
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') return;
      lost ??= { stream: name, code: e.code ?? e.message };
    });
  listen(streams.stdout, 'stdout');
  listen(streams.stderr, 'stderr');
  return { lost: () => lost };
}

/** The line saying output was lost, for stderr (unless stderr is what failed). */
export function lostOutputMessage(lost: LostOutput): string {
  return `lepton: could not write to ${lost.stream} (${lost.code}): its output is incomplete\n`;
}

/**
 * The exit code of a run that lost output: its own when that is a failure already, else
 * `EXIT_OUTPUT_LOST`.
 */
export function exitCodeWithLostOutput(code: number, lost: LostOutput | null): number {
  return lost === null || code !== 0 ? code : EXIT_OUTPUT_LOST;
}
