import { afterEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LeptonError } from '../../src/core/errors/index.js';
import { outputChannels } from '../../src/io/eval/group.js';
import { runEvalCommand, type RunOptions } from '../../src/io/eval/index.js';
import { CLI, GIT_ENV, makeRepo, runCli, tempDir, type TestRepo } from '../helpers/repo.js';
import { goneWithin, isRunning, sleep, stubbornNode } from './processes.js';

// When an eval is finished (issue 22.5): its command exited, its process group is empty and
// its output has ended — each wait bounded by a short grace, the timeout and interrupts. Real
// processes throughout; elapsed times are asserted only as loose upper bounds.

const dirs: string[] = [];
const repos: TestRepo[] = [];
const pids: number[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  for (const r of repos.splice(0)) r.cleanup();
  // Whatever a failing test left running.
  for (const pid of pids.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
});

function setup() {
  const dir = tempDir('lepton-eval-end-');
  dirs.push(dir);
  const warnings: string[] = [];
  const options = (command: string, more: Partial<RunOptions> = {}): RunOptions => ({
    command,
    cwd: dir,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
    timeoutMs: 60_000,
    killGraceMs: 300,
    output: () => {},
    warn: (m) => warnings.push(m),
    ...more,
  });
  return { dir, warnings, options };
}

/** The eval error `work` rejects with, and how long it took (ms). */
async function evalError(work: Promise<unknown>): Promise<{ error: LeptonError; ms: number }> {
  const t = Date.now();
  const e = await work.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(LeptonError);
  expect((e as LeptonError).kind).toBe('eval');
  return { error: e as LeptonError, ms: Date.now() - t };
}

const pidIn = (file: string): number => {
  const pid = Number(readFileSync(file, 'utf8'));
  pids.push(pid);
  return pid;
};

/** A daemon in a new session that keeps the eval's stdout, its pid in `file`. */
const daemon = (file: string, seconds = 45) =>
  `setsid -f sh -c 'echo $$ > ${file}; exec sleep ${seconds}'`;

describe('after the command exits', () => {
  it('waits for a background writer to finish the metrics file, and reads the whole value', async () => {
    const { dir, options, warnings } = setup();
    // Half the value at once, the rest a second later, after the command itself has exited.
    const command = `( printf 'loss: 0.5' > m.yaml; sleep 1; printf '9\\n' >> m.yaml ) &`;
    await runEvalCommand(options(command));
    expect(readFileSync(join(dir, 'm.yaml'), 'utf8')).toBe('loss: 0.59\n');
    expect(warnings).toEqual([]);
  });

  it('fails naming the processes still running after the grace, stops them, reads nothing', async () => {
    const { dir, options } = setup();
    const command = `( echo $$ > /dev/null; sh -c 'echo $$ > w.pid; exec sleep 30' ) & sleep 0.2`;
    const { error, ms } = await evalError(runEvalCommand(options(command, { settleMs: 1000 })));
    const pid = pidIn(join(dir, 'w.pid'));
    expect(error.message).toMatch(
      /^the eval command exited, but processes it started were still running 1s later: .*; they were stopped and no metrics were read$/,
    );
    expect(error.message).toContain(`${pid} (sleep 30)`);
    expect(error.details[0]).toContain('an eval must wait for what it starts');
    expect(isRunning(pid)).toBe(false);
    expect(ms).toBeLessThan(15_000);
  });

  it('a leftover that ignores SIGTERM is named, then killed', async () => {
    const { dir, options } = setup();
    const pidFile = join(dir, 'leftover.pid');
    // The leftover's output goes to a file, so nothing holds the pipes open.
    const command = `${stubbornNode(pidFile)} >/dev/null 2>&1 & while [ ! -s ${pidFile} ]; do sleep 0.05; done`;
    const { error, ms } = await evalError(runEvalCommand(options(command, { settleMs: 500 })));
    const pid = pidIn(pidFile);
    expect(error.message).toContain(`still running 0.5s later: ${pid} (${process.execPath} -e `);
    expect(isRunning(pid)).toBe(false);
    expect(ms).toBeLessThan(15_000);
  });

  it('a daemon in a new session holding stdout: named and stopped after a short grace, not waited for', async () => {
    const { dir, options } = setup();
    const file = join(dir, 'daemon.pid');
    const { error, ms } = await evalError(runEvalCommand(options(daemon(file))));
    const pid = pidIn(file);
    // Named when the child's output channels were read after it set them up; read earlier,
    // they are Lepton's own and are not used, and the message says so without a name.
    const named = `the eval command exited, but processes outside its process group held its output open 2s later: ${pid} (sleep 45); they were stopped and no metrics were read`;
    const unnamed =
      'the eval command exited, but its output was still held open 2s later (by a process that left its process group); they were stopped and no metrics were read';
    expect([named, unnamed]).toContain(error.message);
    expect(error.details[0]).toContain('setsid -f cmd >/dev/null 2>&1');
    expect(isRunning(pid)).toBe(false);
    expect(ms).toBeLessThan(15_000);
  });

  it('a daemon that lets go of the output is no leftover of the eval', async () => {
    const { dir, options } = setup();
    const file = join(dir, 'daemon.pid');
    await runEvalCommand(options(`${daemon(file, 5)} >/dev/null 2>&1; echo done`));
    // It left the process group and keeps none of the eval's output: not the eval's to stop.
    for (let i = 0; i < 200 && !existsSync(file); i++) await sleep(25);
    const pid = pidIn(file);
    expect(isRunning(pid)).toBe(true);
  });
});

describe('the timeout bounds every wait', () => {
  it.each([
    ['the command itself', 'sleep 30', 600],
    ['the grace for leftovers', 'sleep 30 & true', 600],
    ['the grace for the output (a setsid daemon holding it)', 'DAEMON', 600],
  ])('a timeout during %s', async (_, command, timeoutMs) => {
    const { dir, options } = setup();
    const file = join(dir, 'daemon.pid');
    const text = command === 'DAEMON' ? daemon(file) : command;
    const { error, ms } = await evalError(runEvalCommand(options(text, { timeoutMs })));
    expect(error.message).toBe(
      'eval command timed out after 0.6s (eval.timeout); its processes were stopped',
    );
    expect(ms).toBeLessThan(15_000);
    if (command === 'DAEMON') expect(await goneWithin(pidIn(file))).toBe(true);
  });

  it('a timeout with a grandchild ignoring SIGTERM during the grace: killed, bounded', async () => {
    const { dir, options } = setup();
    const pidFile = join(dir, 'stubborn.pid');
    const command = `${stubbornNode(pidFile)} & while [ ! -s ${pidFile} ]; do sleep 0.05; done`;
    const { error, ms } = await evalError(runEvalCommand(options(command, { timeoutMs: 1500 })));
    expect(error.message).toBe(
      'eval command timed out after 1.5s (eval.timeout); its processes were stopped',
    );
    expect(isRunning(pidIn(pidFile))).toBe(false);
    expect(ms).toBeLessThan(15_000);
  });

  it('a timeout longer than Node’s timers take (720h) does not fire at once', async () => {
    const { options } = setup();
    const r = await runEvalCommand(options('sleep 0.3', { timeoutMs: 720 * 3_600_000 }));
    expect(r.durationMs).toBeGreaterThanOrEqual(300);
  });
});

describe('end to end', () => {
  const YML = (command: string, timeout: string) =>
    [
      'version: 1',
      'model: m',
      'components:',
      '  w:',
      '    paths: [w]',
      'eval:',
      `  command: ${JSON.stringify(command)}`,
      '  metrics: out/m.yaml',
      `  timeout: ${timeout}`,
      '  thresholds:',
      '    loss: { max: 0.55 }',
      '',
    ].join('\n');
  const project = (command: string, timeout = '1m') => {
    const repo = makeRepo({
      'lepton.yml': YML(command, timeout),
      'w/a.txt': 'a',
      '.gitignore': 'out/\n*.pid\n',
    });
    repos.push(repo);
    return repo;
  };

  it('gates on the whole value a background writer finished, not half of it', async () => {
    const repo = project(
      "mkdir -p out; ( printf 'loss: 0.5' > out/m.yaml; sleep 1; printf '9\\n' >> out/m.yaml ) &",
    );
    const r = await runCli(repo.dir, ['eval', '--json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { metrics: unknown }).metrics).toEqual({ loss: 0.59 });
  });

  it('`setsid -f sleep 45` holding stdout with timeout 5s: exit 3 within seconds, the daemon stopped', async () => {
    const repo = project(
      "mkdir -p out; echo 'loss: 0.1' > out/m.yaml; setsid -f sh -c 'echo $$ > d.pid; exec sleep 45'",
      '5s',
    );
    const t = Date.now();
    const r = await runCli(repo.dir, ['eval'], { LEPTON_KILL_GRACE_MS: '300' });
    const ms = Date.now() - t;
    const pid = pidIn(join(repo.dir, 'd.pid'));
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(
      `lepton: the eval command exited, but processes outside its process group held its output open 2s later: ${pid} (sleep 45)`,
    );
    expect(isRunning(pid)).toBe(false);
    expect(ms).toBeLessThan(15_000);
  });

  it('SIGTERM to Lepton stops it, its eval and a setsid daemon holding the output, within seconds', async () => {
    const repo = project("setsid -f sh -c 'echo $$ > d.pid; exec sleep 45'; sleep 40");
    const { NODE_OPTIONS: _drop, ...env } = process.env;
    const child = spawn(process.execPath, [CLI, 'eval'], {
      cwd: repo.dir,
      env: { ...env, ...GIT_ENV, LEPTON_KILL_GRACE_MS: '300' },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((done) =>
      child.on('exit', (_code, signal) => done(signal)),
    );
    const file = join(repo.dir, 'd.pid');
    for (let i = 0; i < 600 && !existsSync(file); i++) await sleep(25);
    await sleep(200);
    const pid = pidIn(file);
    expect(isRunning(pid)).toBe(true);
    const t = Date.now();
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    expect(Date.now() - t).toBeLessThan(15_000);
    expect(isRunning(pid)).toBe(false);
  });
});

it("Lepton's own output is never taken for the eval's: a test runner or the Actions runner sharing it is never stopped", () => {
  // This process's fds are all its own: none of them may be named as an eval's channel.
  expect(outputChannels(process.pid)).toEqual([]);
});
