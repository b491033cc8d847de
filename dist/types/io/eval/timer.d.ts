/**
 * Node's timers hold at most 2^31 − 1 ms (about 24.8 days, 596.5 h): a longer
 * delay is silently taken as 1 ms, so `timeout: 720h` would stop the eval at
 * once. Longer delays wait in chunks of at most that.
 */
export declare const MAX_TIMER_MS: number;
export interface LongTimer {
    /** Cancels the timer; `fire` will not run. */
    clear(): void;
}
/**
 * Runs `fire` once after `ms` milliseconds (any finite delay ≥ 0, even beyond
 * Node's 2^31 − 1 ms limit). The timer is unref'd only if `unref` is true.
 */
export declare function longTimeout(fire: () => void, ms: number, unref?: boolean): LongTimer;
