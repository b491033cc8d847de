/**
 * Signals to a whole process group. The eval runs as the leader of its own
 * group (spawned detached), so `kill(-pid)` reaches every process it started,
 * grandchildren included, and nothing else. A group id cannot be reused while
 * any member lives, so signalling it never hits an unrelated process.
 */
/** Sends `signal` to the group; false when the group no longer exists. */
export declare function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean;
/** A process, as an error names it. */
export interface ProcessInfo {
    readonly pid: number;
    /** Its command line (or, when unreadable, its name), at most 200 characters. */
    readonly command: string;
}
/** The group's live members (Linux; empty elsewhere), pid and command each. */
export declare function groupMembers(pgid: number): ProcessInfo[];
/**
 * Whether any process of the group still runs. `kill(-pgid, 0)` also counts
 * zombies — killed members whose parent died, waiting for init to reap them,
 * which in a container can take seconds — so on Linux /proc decides.
 */
export declare function groupRunning(pgid: number): boolean;
/**
 * What a process's stdout and stderr are (`socket:[INODE]`, `pipe:[INODE]`), from /proc
 * (empty when it cannot be told). Read right after the spawn, they identify the eval's output
 * channels, so that whoever still holds them later can be found (outputHolders).
 */
export declare function outputChannels(pid: number): string[];
/** Names one run of a command in its processes' environment: internal (no LEPTON_ API), random per run. */
export declare const RUN_MARKER = "_LEPTON_EVAL_RUN";
/**
 * The live processes other than this one holding any of `channels` open (Linux): what keeps
 * the eval's output from ending after its process group is gone, such as a daemon that left
 * the group with setsid. When the channels could not be read (the shell had already exited
 * when they were looked at: a busy machine), the processes whose environment carries
 * `RUN_MARKER=marker` stand in for them: the run's descendants, wherever they went.
 */
export declare function outputHolders(channels: readonly string[], marker?: string): ProcessInfo[];
/** `pid (command)`, comma-separated: how errors name processes. */
export declare function nameProcesses(list: readonly ProcessInfo[]): string;
/**
 * Waits until the group is empty, `ms` have passed or `signal` aborts; true when it is empty.
 */
export declare function waitGone(pgid: number, ms: number, signal?: AbortSignal): Promise<boolean>;
/**
 * Stops single processes (those that left the eval's group but hold its output): SIGTERM,
 * then SIGKILL to those still there after `graceMs`. Resolves once they are gone, or at
 * most AFTER_KILL_MS after the SIGKILL.
 */
export declare function stopProcesses(pids: readonly number[], graceMs: number): Promise<void>;
/**
 * Stops every process left in the group: SIGTERM, then SIGKILL when some
 * are still there after `graceMs`. Resolves true when there was anything to stop.
 */
export declare function stopGroup(pgid: number, graceMs: number): Promise<boolean>;
