export interface TeamJob {
    /** The file to read (a string: a name that is not UTF-8 stays with the main thread). */
    readonly path: string;
    /** Its size when it was lstat'ed, in bytes. */
    readonly size: number;
}
/** A job's outcome in {@link HashTeam.outcome}. */
export declare const Outcome: {
    /** Not done by a helper (never claimed by one, or its helper died): the main thread's. */
    readonly Open: 0;
    /** Read and hashed by a helper: {@link HashTeam.length} and {@link HashTeam.hex} hold it. */
    readonly Hashed: 1;
    /** Left by a helper (an error, or small enough to be an LFS pointer): the main thread's. */
    readonly Left: 2;
    /** Claimed and done by the main thread. */
    readonly Mine: 3;
};
export type Outcome = (typeof Outcome)[keyof typeof Outcome];
/**
 * Files hashed by the main thread together with helper threads: every thread claims batches of
 * files from one atomic counter in shared memory, largest files first so that no thread is left
 * with a big one at the end. The main thread starts at once, so the helpers' start (tens of ms)
 * is not waited for; a helper that has not started by the time the work is done is cancelled.
 * Helpers write their outcomes into shared arrays (no message per file); anything a helper could
 * not do is the main thread's (it reads the file again itself, so errors and LFS pointers are
 * told apart by one code path).
 */
export declare class HashTeam {
    /** The jobs in the order batches are claimed. */
    readonly order: readonly number[];
    private readonly bounds;
    private readonly control;
    private readonly progress;
    private readonly status;
    private readonly lengths;
    private readonly digests;
    private readonly workers;
    /**
     * Gives `jobs` to `helpers`: threads already started ({@link Standby}), or this many started
     * now (none when 0). Jobs are numbered by their index in `jobs`; the main thread then claims
     * batches with {@link claim}.
     */
    constructor(jobs: readonly TeamJob[], helpers: number | readonly Helper[]);
    /** The next batch for the main thread, as positions [from, to) in {@link order}; null when none is left. */
    claim(): [number, number] | null;
    /** Bytes the helpers have read so far. */
    helpersBytes(): number;
    /**
     * Once the main thread finds no batch left: cancels the helpers that have not started (unless
     * `cancel` is false) and waits for the others to finish theirs.
     */
    finish(cancel?: boolean): Promise<void>;
    /** The outcome at claim position `k` (after {@link finish}). */
    outcome(k: number): Outcome;
    /** Bytes a helper read at position `k` (Outcome.Hashed). */
    length(k: number): number;
    /** The SHA-256 a helper computed at position `k` (Outcome.Hashed), in hex. */
    hex(k: number): string;
}
/** A helper thread, started and waiting for its work (worker-source.ts). */
export interface Helper {
    /** Settles when it says it is done, fails or exits (its jobs not done stay Open). */
    readonly done: Promise<void>;
    /** Gives it its work (once), and holds the process until it is done. */
    give(work: object): void;
    /** Ends it (a thread still starting is stopped), not waited for. */
    stop(): void;
}
/**
 * Helper threads started before all the files to read are known: a cold run starts them as
 * soon as it has seen enough bytes to read for helpers to pay, while it is still stat'ing the
 * rest, so that their start (tens of ms of a thread's time: a V8 isolate, Node's bootstrap,
 * this source compiled) overlaps with that work instead of following it. {@link take} hands them
 * to a {@link HashTeam}; {@link dismiss} ends the ones never taken (a run that fails first).
 */
export declare class Standby {
    private readonly count;
    private helpers;
    private started;
    /** `count`: helpers to start (none when 0). */
    constructor(count: number);
    /** Starts the helpers (the first call only). */
    start(): void;
    /** The started helpers (none if not started), for one team; afterwards there are none. */
    take(): Helper[];
    /** Ends the helpers not taken; the promise settles once they have ended (need not be awaited). */
    dismiss(): Promise<void>;
}
