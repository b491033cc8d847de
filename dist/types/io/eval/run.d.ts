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
export declare const DEFAULT_KILL_GRACE_MS = 10000;
/**
 * Runs the eval command as the leader of its own process group, streaming its
 * output. Whatever happens — normal exit, timeout, Lepton itself interrupted —
 * no process of the group outlives this call: leftovers get SIGTERM, then
 * SIGKILL after the grace period. A non-zero exit, a signal or a timeout
 * rejects with an `eval` error carrying the last lines of stderr.
 */
export declare function runEvalCommand(options: RunOptions): Promise<RunResult>;
