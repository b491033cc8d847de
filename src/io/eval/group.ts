import { readFileSync, readdirSync } from 'node:fs';
/**
 * Signals to a whole process group. The eval runs as the leader of its own
 * group (spawned detached), so `kill(-pid)` reaches every process it started,
 * grandchildren included, and nothing else. A group id cannot be reused while
 * any member lives, so signalling it never hits an unrelated process.
 */

/** Sends `signal` to the group; false when the group no longer exists. */
export function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch (e) {
    // EPERM: a member we may not signal (it changed user); it still exists.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether any process of the group still runs. `kill(-pgid, 0)` also counts
 * zombies — killed members whose parent died, waiting for init to reap them,
 * which in a container can take seconds — so on Linux /proc decides.
 */
export function groupRunning(pgid: number): boolean {
  if (!signalGroup(pgid, 0)) return false;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return true;
  }
  return pids.some((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the parenthesised command name: state, ppid, pgrp, …
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(pgrp) === pgid && state !== 'Z' && state !== 'X';
    } catch {
      return false;
    }
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the group is empty or `ms` have passed; true when it is empty. */
async function waitGone(pgid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (!groupRunning(pgid)) return true;
    if (Date.now() >= deadline) return false;
    await sleep(Math.min(25, Math.max(1, deadline - Date.now())));
  }
}

/** How long to wait for the kernel to tear a group down after SIGKILL. */
const AFTER_KILL_MS = 5000;

/**
 * Stops every process left in the group: SIGTERM, then SIGKILL when some
 * are still there after `graceMs`. Resolves true when there was anything to stop.
 */
export async function stopGroup(pgid: number, graceMs: number): Promise<boolean> {
  if (!groupRunning(pgid)) return false;
  signalGroup(pgid, 'SIGTERM');
  if (await waitGone(pgid, graceMs)) return true;
  signalGroup(pgid, 'SIGKILL');
  await waitGone(pgid, AFTER_KILL_MS);
  return true;
}
