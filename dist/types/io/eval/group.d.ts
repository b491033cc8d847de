/**
 * Signals to a whole process group. The eval runs as the leader of its own
 * group (spawned detached), so `kill(-pid)` reaches every process it started,
 * grandchildren included, and nothing else. A group id cannot be reused while
 * any member lives, so signalling it never hits an unrelated process.
 */
/** Sends `signal` to the group; false when the group no longer exists. */
export declare function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean;
/**
 * Whether any process of the group still runs. `kill(-pgid, 0)` also counts
 * zombies — killed members whose parent died, waiting for init to reap them,
 * which in a container can take seconds — so on Linux /proc decides.
 */
export declare function groupRunning(pgid: number): boolean;
/**
 * Stops every process left in the group: SIGTERM, then SIGKILL when some
 * are still there after `graceMs`. Resolves true when there was anything to stop.
 */
export declare function stopGroup(pgid: number, graceMs: number): Promise<boolean>;
