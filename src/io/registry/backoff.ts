/** Waits before retry `attempt` (1, 2, …): exponential, capped, jittered so racing runs spread out. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(2000, 100 * 2 ** (attempt - 1));
  return Math.round(base * (0.5 + random()));
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));
