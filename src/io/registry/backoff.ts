/** Backoff before retry 1 (ms): the ceiling of the first wait. */
export const BACKOFF_BASE_MS = 200;
/** The ceiling never grows past this (ms). */
export const BACKOFF_CAP_MS = 8000;

/**
 * Waits before retry `attempt` (1, 2, …), in ms: "full jitter" (uniform between 0 and an
 * exponentially growing, capped ceiling), which spreads racing runs out fastest and keeps the
 * total work lowest (Brooker, "Exponential Backoff and Jitter", AWS Architecture Blog, 2015).
 */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));
