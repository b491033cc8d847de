// The daemon that left the eval's group is found even when the eval's output channels could not
// be read (the shell already gone when they were looked at, as on a busy machine): the run's
// marker in its environment stands in for them (CI saw "they were stopped" with the daemon alive).
import { afterEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { outputHolders, RUN_MARKER } from '../../src/io/eval/group.js';
import { isRunning } from './processes.js';

const started: number[] = [];
afterEach(() => {
  for (const pid of started.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
});

/** A detached `sleep` in a session of its own, with `env` added to this process's environment. */
function sleeper(env: Record<string, string>): number {
  const child = spawn('sleep', ['30'], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, ...env },
  });
  child.unref();
  started.push(child.pid!);
  return child.pid!;
}

describe('outputHolders without channels', () => {
  it.each([
    ['carries this run’s marker: found', (m: string) => ({ [RUN_MARKER]: m }), true],
    ['carries another run’s marker: not found', () => ({ [RUN_MARKER]: 'another-run' }), false],
    ['carries no marker: not found', () => ({}), false],
    ['carries the marker under another name: not found', (m: string) => ({ OTHER: m }), false],
  ])('a process that %s', async (_, env, found) => {
    const marker = `run-${process.pid}-${Date.now()}`;
    const pid = sleeper(env(marker));
    // Its environment is readable once it has exec'd.
    await new Promise((r) => setTimeout(r, 100));
    const pids = outputHolders([], marker).map((p) => p.pid);
    expect(pids.includes(pid)).toBe(found);
    expect(isRunning(pid)).toBe(true);
  });

  it('without channels or a marker, finds nothing (as before)', () => {
    expect(outputHolders([])).toEqual([]);
  });
});
