import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { LeptonError } from '../../core/errors/index.js';
import { childEnv } from '../child-env.js';
import { isInterrupt } from '../interrupts.js';
import { longTimeout } from './timer.js';
import {
  groupMembers,
  nameProcesses,
  outputChannels,
  outputHolders,
  RUN_MARKER,
  signalGroup,
  stopGroup,
  stopProcesses,
  waitGone,
  type ProcessInfo,
} from './group.js';

export interface RunOptions {
  /** The manifest's `eval.command`: the user's own text, run by `sh -c` and nothing else in it. */
  readonly command: string;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
  /** null: no time limit. */
  readonly timeoutMs: number | null;
  /** Between SIGTERM and SIGKILL when stopping the eval's processes. */
  readonly killGraceMs: number;
  /** Receives stdout and stderr live, as they come. */
  readonly output: (chunk: string) => void;
  readonly warn: (message: string) => void;
  /** After the command exits, how long the processes it left may take to finish (default 5 s). */
  readonly settleMs?: number;
  /** After its process group is gone, how long the output may stay open (default 2 s). */
  readonly outputGraceMs?: number;
  /** How errors name the command (default `eval command`; a deploy hook passes its own). */
  readonly label?: string;
  /** The manifest key of its time limit, for the timeout's message (default `eval.timeout`). */
  readonly timeoutKey?: string;
  /**
   * Stops the command as the timeout does (SIGTERM to its group, SIGKILL after `killGraceMs`),
   * then rejects with an `eval` error. A shell's {@link Interrupt} reason is held until the
   * processes are gone, so the shell re-raises its signal only then; its `insist` skips the grace.
   */
  readonly signal?: AbortSignal;
}

/**
 * The command ran and failed: a non-zero exit, a signal, or the time limit. Kind `eval` (exit 3);
 * `exitCode`/`signal` are the command's own (both null when it was stopped on the time limit).
 */
export class CommandFailure extends LeptonError {
  constructor(
    message: string,
    details: readonly string[],
    readonly exitCode: number | null,
    readonly signal: NodeJS.Signals | null,
    readonly timedOut: boolean,
  ) {
    super('eval', message, details);
  }
}

export interface RunResult {
  /** Wall-clock ms just before the spawn. */
  readonly startedAtMs: number;
  readonly durationMs: number;
}

export { DEFAULT_KILL_GRACE_MS } from '../settings.js';

/** How much of the output's end is kept for the error message. */
const TAIL_CHARS = 16_384;
const TAIL_LINES = 20;

function duration(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  return `${ms / 1000}s`;
}

function lastLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(-TAIL_LINES)
    .map((l) => (l.length > 500 ? `${l.slice(0, 499)}…` : l));
}

/**
 * How long the processes an eval command started in the background get to finish after it
 * exits (a writer still flushing the metrics file): the metrics are read only once the whole
 * process group is gone, and never from under a process still running.
 */
export const DEFAULT_SETTLE_MS = 5_000;
/**
 * How long the output may stay open once the process group is gone: a process that left the
 * group (setsid) but kept stdout or stderr would otherwise keep Lepton waiting for its end.
 */
export const DEFAULT_OUTPUT_GRACE_MS = 2_000;

/** Calls `fn` after `ms` (any length, see timer.ts); returns the cancel function. */
function after(ms: number, fn: () => void): () => void {
  const timer = longTimeout(fn, ms);
  return () => timer.clear();
}

/** Why the eval is being stopped before its end: its time limit, or the caller's abort. */
type Stop = { readonly kind: 'timeout' } | { readonly kind: 'abort'; readonly reason: unknown };

/**
 * Runs the eval command as the leader of its own process group, streaming its output.
 *
 * The eval is finished when its command has exited, every process of its group is gone, and
 * its output has ended:
 * - processes it left running get up to `settleMs` to finish (a background writer still
 *   writing the metrics file); any still there then are named in an `eval` error and
 *   stopped — the metrics are never read while something may still be writing them;
 * - once the group is gone, the output gets `outputGraceMs` to end; processes that left the
 *   group (setsid) but still hold it are named in an `eval` error and stopped;
 * - the timeout and `signal` bound every one of these waits: the group and any process
 *   holding the output get SIGTERM, then SIGKILL after `killGraceMs`.
 * A non-zero exit, a signal or a timeout rejects with an `eval` error carrying the last lines
 * of stderr. No process of the group outlives this call.
 */
export async function runEvalCommand(options: RunOptions): Promise<RunResult> {
  // Aborted before it started (an interrupt while Lepton was still hashing): nothing to stop.
  if (options.signal?.aborted)
    throw abortedError(options.label ?? 'eval command', options.signal.reason, []);
  // Checked first: spawn reports a missing cwd as if `sh` itself were missing.
  const dir = await stat(options.cwd).catch(() => null);
  if (!dir?.isDirectory()) {
    throw new LeptonError('eval', `the eval's working directory does not exist: ${options.cwd}`, [
      'eval.workdir is relative to the manifest’s directory',
    ]);
  }
  return spawnEval(options);
}

async function spawnEval(options: RunOptions): Promise<RunResult> {
  const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
  const label = options.label ?? 'eval command';
  // Only the eval has metrics that a leftover process could still be writing.
  const nothingRead = options.label === undefined ? ' and no metrics were read' : '';
  const outputGraceMs = options.outputGraceMs ?? DEFAULT_OUTPUT_GRACE_MS;
  const startedAtMs = Date.now();
  const marker = randomUUID();
  const child = spawn('sh', ['-c', options.command], {
    cwd: options.cwd,
    // The one policy for what a command from the repository may see (no token, no file commands).
    // The marker finds the run's descendants that left its group, if its output cannot be traced.
    env: { ...childEnv(options.env), [RUN_MARKER]: marker },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pgid = child.pid;
  // Now, while the shell surely still holds them: what its output is, to find who holds it later.
  const channels = pgid ? outputChannels(pgid) : [];

  let stderrTail = '';
  let stdoutTail = '';
  const pipe = (stream: Readable, isErr: boolean) => {
    const decoder = new StringDecoder('utf8');
    const take = (text: string) => {
      if (!text) return;
      options.output(text);
      if (isErr) stderrTail = (stderrTail + text).slice(-TAIL_CHARS);
      else stdoutTail = (stdoutTail + text).slice(-TAIL_CHARS);
    };
    stream.on('data', (b: Buffer) => take(decoder.write(b)));
    stream.on('end', () => take(decoder.end()));
    return new Promise<void>((done) => stream.once('close', () => done()));
  };
  const outputClosed = Promise.all([pipe(child.stdout, false), pipe(child.stderr, true)]);
  const tail = () => (lastLines(stderrTail).length ? lastLines(stderrTail) : lastLines(stdoutTail));

  // The one way a wait ends early: the timeout or an interrupt.
  const abort = new AbortController();
  let stop: Stop | null = null;
  const stopped = new Promise<null>((done) =>
    abort.signal.addEventListener('abort', () => done(null), { once: true }),
  );
  // Read through a function: TypeScript cannot see the handlers assign it while awaiting.
  const stopNow = (): Stop | null => stop;
  const requestStop = (why: Stop) => {
    stop ??= why;
    abort.abort();
  };
  const cancelTimer =
    options.timeoutMs === null
      ? null
      : after(options.timeoutMs, () => requestStop({ kind: 'timeout' }));
  let holders: ProcessInfo[] = [];
  const killNow = () => {
    if (pgid) signalGroup(pgid, 'SIGKILL');
    for (const p of holders) killQuietly(p.pid);
  };
  // The shell's interrupt, held until this call's processes are gone (then it re-raises).
  let release: (() => void) | null = null;
  const onAbort = () => {
    const reason: unknown = options.signal?.reason;
    if (isInterrupt(reason)) {
      release = reason.hold();
      // Asked again while stopping: no more grace.
      if (reason.insist.aborted) killNow();
      else reason.insist.addEventListener('abort', killNow, { once: true });
    }
    // Aborted while the timeout was already stopping it: no more grace either.
    if (stop) killNow();
    requestStop({ kind: 'abort', reason });
  };
  // If Lepton exits while the eval runs, take the group down with it (synchronously: nothing else runs in 'exit').
  const onExit = killNow;
  options.signal?.addEventListener('abort', onAbort, { once: true });
  process.on('exit', onExit);
  const cleanup = () => {
    cancelTimer?.();
    options.signal?.removeEventListener('abort', onAbort);
    const reason: unknown = options.signal?.reason;
    if (isInterrupt(reason)) reason.insist.removeEventListener('abort', killNow);
    process.off('exit', onExit);
  };

  /** Waits for `work`, or at most `ms`, or until the eval is stopped; null when not done. */
  const bounded = async <T>(work: Promise<T>, ms: number): Promise<T | null> => {
    let cancel = () => {};
    const timeUp = new Promise<null>((done) => (cancel = after(ms, () => done(null))));
    try {
      return await Promise.race([work, timeUp, stopped]);
    } finally {
      cancel();
    }
  };

  /** Stops the group and whatever holds the output; lets the output end, or cuts it off. */
  const stopAll = async (): Promise<{ group: boolean }> => {
    const group = pgid ? await stopGroup(pgid, options.killGraceMs) : false;
    holders = outputHolders(channels, marker);
    await stopProcesses(
      holders.map((p) => p.pid),
      options.killGraceMs,
    );
    await bounded(outputClosed, outputGraceMs);
    child.stdout.destroy();
    child.stderr.destroy();
    return { group };
  };

  /** The error for a stop by timeout or abort (after stopAll). */
  const stoppedError = (why: Stop): LeptonError => {
    if (why.kind === 'abort') return abortedError(label, why.reason, tail());
    return new CommandFailure(
      `${label} timed out after ${duration(options.timeoutMs ?? 0)} (${options.timeoutKey ?? 'eval.timeout'}); its processes were stopped`,
      tail(),
      null,
      null,
      true,
    );
  };

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null } | Error>(
    (done) => {
      child.once('exit', (code, signal) => done({ code, signal }));
      child.once('error', (e) => done(e));
    },
  );

  try {
    const exit = await Promise.race([exited, stopped]);
    if (exit instanceof Error) {
      throw new LeptonError('eval', `could not run the ${label}: ${exit.message}`, [], {
        cause: exit,
      });
    }
    if (exit !== null && (exit.signal !== null || exit.code !== 0)) {
      // Failed: nothing will be read, so whatever it left running is stopped at once.
      const { group } = await stopAll();
      if (group) options.warn(`the ${label} left processes running; they were stopped`);
      throw new CommandFailure(
        exit.signal
          ? `${label} was killed by ${exit.signal}`
          : `${label} exited with code ${exit.code ?? '?'}`,
        tail(),
        exit.code,
        exit.signal,
        false,
      );
    }
    // Exited with 0: its group must empty within settleMs (or the eval is stopped).
    const settled =
      exit === null || !pgid
        ? null
        : await bounded(waitGone(pgid, settleMs, abort.signal), settleMs + 1000);
    if (stopNow() === null && pgid && settled !== true) {
      const left = groupMembers(pgid);
      await stopAll();
      throw new LeptonError(
        'eval',
        `the ${label} exited, but ${left.length ? `processes it started were still running ${duration(settleMs)} later: ${nameProcesses(left)}` : `processes of its group (${pgid}) were still running ${duration(settleMs)} later`}; they were stopped${nothingRead}`,
        [
          'an eval must wait for what it starts: end the command with `wait`, or run its steps in the foreground',
          ...tail(),
        ],
      );
    }
    // Its group is gone: the output gets a short grace to end.
    const ended =
      stopNow() === null
        ? await bounded(
            outputClosed.then(() => true),
            outputGraceMs,
          )
        : null;
    if (stopNow() === null && ended === null) {
      const left = outputHolders(channels, marker);
      holders = left;
      await stopAll();
      throw new LeptonError(
        'eval',
        `the ${label} exited, but ${left.length ? `processes outside its process group held its output open ${duration(outputGraceMs)} later: ${nameProcesses(left)}` : `its output was still held open ${duration(outputGraceMs)} later (by a process that left its process group)`}; they were stopped${nothingRead}`,
        [
          'a daemon an eval starts must not keep its stdout/stderr (redirect them: `setsid -f cmd >/dev/null 2>&1`), and should not outlive it',
          ...tail(),
        ],
      );
    }
    const why = stopNow();
    if (why !== null) {
      await stopAll();
      throw stoppedError(why);
    }
    return { startedAtMs, durationMs: Date.now() - startedAtMs };
  } finally {
    cleanup();
    // No process of this call is left: the shell may now die of its signal.
    (release as (() => void) | null)?.();
  }
}

/** The error of a run stopped by its caller's abort (an interrupt's names the signal). */
function abortedError(label: string, reason: unknown, tail: string[]): LeptonError {
  const why = isInterrupt(reason)
    ? `Lepton received ${reason.signal}`
    : // An Error, or the DOMException of abort() without a reason (from any realm).
      typeof (reason as { message?: unknown } | null)?.message === 'string'
      ? (reason as { message: string }).message
      : 'it was aborted';
  return new LeptonError('eval', `the ${label} was stopped: ${why}`, tail);
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Gone already.
  }
}
