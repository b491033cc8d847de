import { LeptonError } from '../../core/errors/index.js';
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
export declare class CommandFailure extends LeptonError {
    readonly exitCode: number | null;
    readonly signal: NodeJS.Signals | null;
    readonly timedOut: boolean;
    constructor(message: string, details: readonly string[], exitCode: number | null, signal: NodeJS.Signals | null, timedOut: boolean);
}
export interface RunResult {
    /** Wall-clock ms just before the spawn. */
    readonly startedAtMs: number;
    readonly durationMs: number;
}
export { DEFAULT_KILL_GRACE_MS } from '../settings.js';
/**
 * How long the processes an eval command started in the background get to finish after it
 * exits (a writer still flushing the metrics file): the metrics are read only once the whole
 * process group is gone, and never from under a process still running.
 */
export declare const DEFAULT_SETTLE_MS = 5000;
/**
 * How long the output may stay open once the process group is gone: a process that left the
 * group (setsid) but kept stdout or stderr would otherwise keep Lepton waiting for its end.
 */
export declare const DEFAULT_OUTPUT_GRACE_MS = 2000;
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
export declare function runEvalCommand(options: RunOptions): Promise<RunResult>;
