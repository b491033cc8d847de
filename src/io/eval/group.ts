import { readFileSync, readdirSync, readlinkSync } from 'node:fs';

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

/** A process, as an error names it. */
export interface ProcessInfo {
  readonly pid: number;
  /** Its command line (or, when unreadable, its name), at most 200 characters. */
  readonly command: string;
}

/** The numeric entries of /proc (empty where there is no /proc). */
function procPids(): number[] {
  try {
    return readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return [];
  }
}

/** State, process group and name of a process, from /proc/PID/stat; null when it is gone. */
function procStat(pid: number): { state: string; pgrp: number; name: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name: state, ppid, pgrp, …
    const close = stat.lastIndexOf(')');
    const [state, , pgrp] = stat.slice(close + 2).split(' ');
    return {
      state: state ?? '',
      pgrp: Number(pgrp),
      name: stat.slice(stat.indexOf('(') + 1, close),
    };
  } catch {
    return null;
  }
}

/** Zombies run nothing: a killed member waiting to be reaped counts as gone. */
const live = (state: string) => state !== 'Z' && state !== 'X' && state !== '';

function describe(pid: number, name: string): ProcessInfo {
  let command = name;
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    if (argv.length) command = argv.join(' ');
  } catch {
    // Gone or hidden: its name from stat will do.
  }
  return { pid, command: command.length > 200 ? `${command.slice(0, 199)}…` : command };
}

/** The group's live members (Linux; empty elsewhere), pid and command each. */
export function groupMembers(pgid: number): ProcessInfo[] {
  const out: ProcessInfo[] = [];
  for (const pid of procPids()) {
    const st = procStat(pid);
    if (st && st.pgrp === pgid && live(st.state)) out.push(describe(pid, st.name));
  }
  return out;
}

/**
 * Whether any process of the group still runs. `kill(-pgid, 0)` also counts
 * zombies — killed members whose parent died, waiting for init to reap them,
 * which in a container can take seconds — so on Linux /proc decides.
 */
export function groupRunning(pgid: number): boolean {
  if (!signalGroup(pgid, 0)) return false;
  const pids = procPids();
  if (pids.length === 0) return true;
  return pids.some((pid) => {
    const st = procStat(pid);
    return st !== null && st.pgrp === pgid && live(st.state);
  });
}

/**
 * What a process's stdout and stderr are (`socket:[INODE]`, `pipe:[INODE]`), from /proc
 * (empty when it cannot be told). Read right after the spawn, they identify the eval's output
 * channels, so that whoever still holds them later can be found (outputHolders).
 */
export function outputChannels(pid: number): string[] {
  // Read before the child has moved its pipes into place, its fds 1 and 2 are still this
  // process's own (Lepton's stdout: a terminal, the runner's pipe, a test runner's pipe).
  // The eval's real channels are the child's ends of fresh socket pairs, which this process
  // never holds; anything this process holds is not the eval's, and taking it would name —
  // and stop — whoever shares Lepton's own output.
  const mine = new Set<string>();
  try {
    for (const fd of readdirSync('/proc/self/fd')) {
      try {
        mine.add(readlinkSync(`/proc/self/fd/${fd}`));
      } catch {
        // closed meanwhile
      }
    }
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const fd of [1, 2]) {
    try {
      const link = readlinkSync(`/proc/${pid}/fd/${fd}`);
      if (/^(socket|pipe):\[\d+\]$/.test(link) && !mine.has(link) && !out.includes(link)) {
        out.push(link);
      }
    } catch {
      // Already gone: nothing to go by.
    }
  }
  return out;
}

/** Names one run of a command in its processes' environment: internal (no LEPTON_ API), random per run. */
export const RUN_MARKER = '_LEPTON_EVAL_RUN';

/**
 * The live processes other than this one holding any of `channels` open (Linux): what keeps
 * the eval's output from ending after its process group is gone, such as a daemon that left
 * the group with setsid. When the channels could not be read (the shell had already exited
 * when they were looked at: a busy machine), the processes whose environment carries
 * `RUN_MARKER=marker` stand in for them: the run's descendants, wherever they went.
 */
export function outputHolders(channels: readonly string[], marker?: string): ProcessInfo[] {
  const tag = marker === undefined ? null : `${RUN_MARKER}=${marker}`;
  if (channels.length === 0 && tag === null) return [];
  const out: ProcessInfo[] = [];
  for (const pid of procPids()) {
    if (pid === process.pid) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    const holds =
      channels.length > 0
        ? fds.some((fd) => {
            try {
              return channels.includes(readlinkSync(`/proc/${pid}/fd/${fd}`));
            } catch {
              return false;
            }
          })
        : carries(pid, tag as string);
    const st = holds ? procStat(pid) : null;
    if (st && live(st.state)) out.push(describe(pid, st.name));
  }
  return out;
}

/** Whether the process's environment (as it was at its exec) holds `entry` (`NAME=value`). */
function carries(pid: number, entry: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(entry);
  } catch {
    return false;
  }
}

/** `pid (command)`, comma-separated: how errors name processes. */
export function nameProcesses(list: readonly ProcessInfo[]): string {
  return list.map((p) => `${p.pid} (${p.command})`).join(', ');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until the group is empty, `ms` have passed or `signal` aborts; true when it is empty.
 */
export async function waitGone(pgid: number, ms: number, signal?: AbortSignal): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (!groupRunning(pgid)) return true;
    if (Date.now() >= deadline || signal?.aborted) return false;
    await sleep(Math.min(25, Math.max(1, deadline - Date.now())));
  }
}

/** Whether a process still runs (a zombie does not). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  const st = procStat(pid);
  return st === null ? procPids().length === 0 : live(st.state);
}

/**
 * Stops single processes (those that left the eval's group but hold its output): SIGTERM,
 * then SIGKILL to those still there after `graceMs`. Resolves once they are gone, or at
 * most AFTER_KILL_MS after the SIGKILL.
 */
export async function stopProcesses(pids: readonly number[], graceMs: number): Promise<void> {
  if (pids.length === 0) return;
  const send = (signal: NodeJS.Signals) => {
    for (const pid of pids) {
      try {
        process.kill(pid, signal);
      } catch {
        // Gone already, or not ours to signal.
      }
    }
  };
  const gone = async (ms: number) => {
    const deadline = Date.now() + ms;
    while (pids.some(running)) {
      if (Date.now() >= deadline) return false;
      await sleep(25);
    }
    return true;
  };
  send('SIGTERM');
  if (await gone(graceMs)) return;
  send('SIGKILL');
  await gone(AFTER_KILL_MS);
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
