/** Waits before retry `attempt` (1, 2, …): exponential, capped, jittered so racing runs spread out. */
export declare function backoffMs(attempt: number, random?: () => number): number;
export declare const sleep: (ms: number) => Promise<void>;
