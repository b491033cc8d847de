import { afterEach, describe, expect, it } from '@jest/globals';
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openProject, type Logger } from '../../src/app/context.js';
import { record } from '../../src/app/record.js';
import { LeptonError } from '../../src/core/errors/index.js';
import type { Interrupt } from '../../src/core/ports.js';
import { runEvalCommand, type RunOptions } from '../../src/io/eval/index.js';
import { INTERRUPT_SIGNALS, listenForInterrupts } from '../../src/io/interrupts.js';
import { GIT_ENV, makeRepo, tempDir, type TestRepo } from '../helpers/repo.js';
import { goneWithin, isRunning, sleep, stubbornNode } from './processes.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** Until `file` holds a pid (it exists, empty, for a moment first). */
async function pidIn(file: string): Promise<number> {
  for (let i = 0; i < 800 && !(existsSync(file) && readFileSync(file, 'utf8')); i++) {
    await sleep(25);
  }
  return Number(readFileSync(file, 'utf8'));
}

async function rejection(work: Promise<unknown>): Promise<LeptonError> {
  const e = await work.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(LeptonError);
  expect((e as LeptonError).kind).toBe('eval');
  return e as LeptonError;
}

/** A process stand-in: signals are emitted by the test, `kill` is recorded. */
function fakeProcess() {
  const emitter = new EventEmitter();
  const killed: string[] = [];
  const target = {
    pid: 4242,
    on: (s: Interrupt['signal'], l: () => void) => emitter.on(s, l),
    off: (s: Interrupt['signal'], l: () => void) => emitter.off(s, l),
    kill: (pid: number, s: Interrupt['signal']) => void killed.push(`${pid} ${s}`),
  };
  const listening = () => INTERRUPT_SIGNALS.map((s) => emitter.listenerCount(s));
  return { emitter, target, killed, listening };
}

describe('runEvalCommand with an AbortSignal', () => {
  const options = (dir: string, command: string, signal: AbortSignal): RunOptions => ({
    command,
    cwd: dir,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
    timeoutMs: null,
    killGraceMs: 300,
    output: () => {},
    warn: () => {},
    signal,
  });

  it.each([
    ['a reason of the caller’s own', new Error('the caller gave up'), 'the caller gave up'],
    ['no reason', undefined, 'This operation was aborted'],
  ])(
    'aborting (%s) stops the whole tree, a grandchild ignoring SIGTERM too, and rejects',
    async (_what, reason, why) => {
      const dir = tempDir('lepton-abort-');
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      const pidFile = join(dir, 'grandchild.pid');
      const abort = new AbortController();
      const run = runEvalCommand(options(dir, `( ${stubbornNode(pidFile)} ) & wait`, abort.signal));
      const pid = await pidIn(pidFile);
      expect(isRunning(pid)).toBe(true);
      abort.abort(reason);
      const e = await rejection(run);
      expect(e.message).toBe(`the eval command was stopped: ${why}`);
      expect(await goneWithin(pid)).toBe(true);
    },
  );

  it('a signal aborted before the start runs nothing', async () => {
    const dir = tempDir('lepton-abort-');
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const abort = new AbortController();
    abort.abort(new Error('cancelled'));
    const e = await rejection(runEvalCommand(options(dir, 'touch ran', abort.signal)));
    expect(e.message).toBe('the eval command was stopped: cancelled');
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });

  it('holds a shell’s interrupt until its processes are gone; a second signal skips the grace', async () => {
    const dir = tempDir('lepton-abort-');
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const proc = fakeProcess();
    const interrupts = listenForInterrupts(proc.target);
    const pidFile = join(dir, 'grandchild.pid');
    const run = runEvalCommand({
      ...options(dir, `( ${stubbornNode(pidFile)} ) & wait`, interrupts.signal),
      // Far longer than the test: only the second signal can end the grace in time.
      killGraceMs: 600_000,
    });
    const pid = await pidIn(pidFile);
    proc.emitter.emit('SIGTERM');
    // Held: the shell does not die of the signal while the eval's processes are being stopped.
    expect(proc.killed).toEqual([]);
    await sleep(200);
    expect(isRunning(pid)).toBe(true);
    expect(proc.killed).toEqual([]);
    proc.emitter.emit('SIGINT');
    const e = await rejection(run);
    expect(e.message).toBe('the eval command was stopped: Lepton received SIGTERM');
    expect(await goneWithin(pid)).toBe(true);
    // Released: the first signal is raised again, once, with the listeners gone.
    expect(proc.killed).toEqual(['4242 SIGTERM']);
    expect(proc.listening()).toEqual([0, 0, 0]);
  });
});

describe('listenForInterrupts', () => {
  it.each(INTERRUPT_SIGNALS)(
    '%s with nothing running is raised again at once, as if Lepton had no listener',
    (signal) => {
      const proc = fakeProcess();
      const interrupts = listenForInterrupts(proc.target);
      expect(proc.listening()).toEqual([1, 1, 1]);
      proc.emitter.emit(signal);
      expect(interrupts.signal.aborted).toBe(true);
      expect((interrupts.signal.reason as Interrupt).signal).toBe(signal);
      expect(proc.killed).toEqual([`4242 ${signal}`]);
      expect(proc.listening()).toEqual([0, 0, 0]);
    },
  );

  it('re-raises only when every holder has released, each release counting once', () => {
    const proc = fakeProcess();
    const interrupts = listenForInterrupts(proc.target);
    const releases: (() => void)[] = [];
    interrupts.signal.addEventListener('abort', () => {
      const reason = interrupts.signal.reason as Interrupt;
      releases.push(reason.hold(), reason.hold());
    });
    proc.emitter.emit('SIGHUP');
    releases[0]!();
    releases[0]!();
    expect(proc.killed).toEqual([]);
    releases[1]!();
    expect(proc.killed).toEqual(['4242 SIGHUP']);
  });

  it('dispose removes the listeners of a run that ended without an interrupt', () => {
    const proc = fakeProcess();
    listenForInterrupts(proc.target).dispose();
    expect(proc.listening()).toEqual([0, 0, 0]);
  });
});

describe('record with AppContext.signal', () => {
  const quiet: Logger = { info: () => {}, warn: () => {}, output: () => {}, group: (_n, w) => w() };

  it('aborting the signal stops a running eval, and no version tag is made', async () => {
    const repo: TestRepo = makeRepo({
      'lepton.yml': [
        'version: 1',
        'model: demo',
        'components:',
        '  code:',
        '    paths: [src/**]',
        'eval:',
        `  command: ${JSON.stringify(`( ${stubbornNode('eval.pid')} ) & wait; echo '{"accuracy": 0.9}' > m.json`)}`,
        '  metrics: m.json',
        '',
      ].join('\n'),
      'src/a.txt': 'a',
      '.gitignore': 'm.json\neval.pid\n',
    });
    cleanups.push(() => repo.cleanup());
    const abort = new AbortController();
    const ctx = await openProject({
      manifestPath: join(repo.dir, 'lepton.yml'),
      env: { ...process.env, ...GIT_ENV, LEPTON_KILL_GRACE_MS: '300' },
      log: quiet,
      signal: abort.signal,
    });
    const recorded = record(ctx, {});
    const pid = await pidIn(join(repo.dir, 'eval.pid'));
    abort.abort(new Error('stop'));
    const e = await rejection(recorded);
    expect(e.message).toBe('the eval command was stopped: stop');
    expect(await goneWithin(pid)).toBe(true);
    expect(repo.git('tag', '--list')).toBe('');
    expect(existsSync(join(repo.dir, 'm.json'))).toBe(false);
  });
});
