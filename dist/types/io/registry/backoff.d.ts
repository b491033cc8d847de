/** Backoff before retry 1 (ms): the ceiling of the first wait. */
export declare const BACKOFF_BASE_MS = 200;
/** The ceiling never grows past this (ms). */
export declare const BACKOFF_CAP_MS = 8000;
/**
 * Waits before retry `attempt` (1, 2, …), in ms: "full jitter" (uniform between 0 and an
 * exponentially growing, capped ceiling), which spreads racing runs out fastest and keeps the
 * total work lowest (Brooker, "Exponential Backoff and Jitter", AWS Architecture Blog, 2015).
 */
export declare function backoffMs(attempt: number, random?: () => number): number;
export declare const sleep: (ms: number) => Promise<void>;
