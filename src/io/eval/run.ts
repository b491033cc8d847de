import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { LeptonError } from '../../core/errors/index.js';
import { signalGroup, stopGroup } from './group.js';
import { longTimeout } from './timer.js';

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
}

export interface RunResult {
  /** Wall-clock ms just before the spawn. */
  readonly startedAtMs: number;
  readonly durationMs: number;
}

/** Default time between SIGTERM and SIGKILL. */
export const DEFAULT_KILL_GRACE_MS = 10_000;

/** How much of the output's end is kept for the error message. */
const TAIL_CHARS = 16_384;
const TAIL_LINES = 20;

const INTERRUPTS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

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
 * Runs the eval command as the leader of its own process group, streaming its
 * output. Whatever happens — normal exit, timeout, Lepton itself interrupted —
 * no process of the group outlives this call: leftovers get SIGTERM, then
 * SIGKILL after the grace period. A non-zero exit, a signal or a timeout
 * rejects with an `eval` error carrying the last lines of stderr.
 */
export async function runEvalCommand(options: RunOptions): Promise<RunResult> {
  // Checked first: spawn reports a missing cwd as if `sh` itself were missing.
  const dir = await stat(options.cwd).catch(() => null);
  if (!dir?.isDirectory()) {
    throw new LeptonError('eval', `the eval's working directory does not exist: ${options.cwd}`, [
      'eval.workdir is relative to the manifest’s directory',
    ]);
  }
  return spawnEval(options);
}

function spawnEval(options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const startedAtMs = Date.now();
    const child = spawn('sh', ['-c', options.command], {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const pgid = child.pid;

    let stderrTail = '';
    let stdoutTail = '';
    const pipe = (stream: NodeJS.ReadableStream, isErr: boolean) => {
      const decoder = new StringDecoder('utf8');
      const take = (text: string) => {
        if (!text) return;
        options.output(text);
        if (isErr) stderrTail = (stderrTail + text).slice(-TAIL_CHARS);
        else stdoutTail = (stdoutTail + text).slice(-TAIL_CHARS);
      };
      stream.on('data', (b: Buffer) => take(decoder.write(b)));
      stream.on('end', () => take(decoder.end()));
    };
    pipe(child.stdout, false);
    pipe(child.stderr, true);

    let timedOut = false;
    let interrupted: NodeJS.Signals | null = null;
    let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
    let stopping: Promise<boolean> | null = null;
    const stop = () =>
      (stopping ??= pgid ? stopGroup(pgid, options.killGraceMs) : Promise.resolve(false));

    const timer =
      options.timeoutMs === null
        ? null
        : longTimeout(() => {
            timedOut = true;
            void stop();
          }, options.timeoutMs);
    const onInterrupt = (signal: NodeJS.Signals) => {
      interrupted ??= signal;
      void stop();
    };
    // If Lepton exits while the eval runs, take the group down with it (synchronously: nothing else runs in 'exit').
    const onExit = () => {
      if (pgid) signalGroup(pgid, 'SIGKILL');
    };
    for (const s of INTERRUPTS) process.on(s, onInterrupt);
    process.on('exit', onExit);
    const cleanup = () => {
      timer?.clear();
      for (const s of INTERRUPTS) process.off(s, onInterrupt);
      process.off('exit', onExit);
    };

    child.on('error', (e) => {
      cleanup();
      reject(
        new LeptonError('eval', `could not run the eval command: ${e.message}`, [], { cause: e }),
      );
    });
    // The leader is gone: anything it left behind in its group is stopped now,
    // both because an eval must not leave processes running and because a
    // leftover holding the output pipes would keep 'close' from ever coming.
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      const wasStopping = stopping !== null;
      void stop().then((hadLeftovers) => {
        if (hadLeftovers && !wasStopping && !timedOut && !interrupted) {
          options.warn('the eval command left processes running; they were stopped');
        }
      });
    });
    child.on('close', () => {
      void (stopping ?? Promise.resolve(false)).then(() => {
        cleanup();
        const result = { startedAtMs, durationMs: Date.now() - startedAtMs };
        const tail = lastLines(stderrTail).length ? lastLines(stderrTail) : lastLines(stdoutTail);
        if (interrupted) {
          reject(
            new LeptonError('eval', `the eval was stopped: Lepton received ${interrupted}`, tail),
          );
          // Die of the signal as an uninterrupted process would, now that no eval process is left.
          process.kill(process.pid, interrupted);
          return;
        }
        if (timedOut && options.timeoutMs !== null) {
          reject(
            new LeptonError(
              'eval',
              `eval command timed out after ${duration(options.timeoutMs)} (eval.timeout); its processes were stopped`,
              tail,
            ),
          );
          return;
        }
        if (exit?.signal) {
          reject(new LeptonError('eval', `eval command was killed by ${exit.signal}`, tail));
          return;
        }
        if (exit?.code !== 0) {
          reject(
            new LeptonError('eval', `eval command exited with code ${exit?.code ?? '?'}`, tail),
          );
          return;
        }
        resolve(result);
      });
    });
  });
}
