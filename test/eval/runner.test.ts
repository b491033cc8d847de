import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LeptonError } from '../../src/core/errors/index.js';
import {
  readMetricsFiles,
  runEvalCommand,
  snapshotMetricsFiles,
  type RunOptions,
} from '../../src/io/eval/index.js';
import { tempDir } from '../helpers/repo.js';
import { isRunning, stubbornNode } from './processes.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function setup() {
  const dir = tempDir('lepton-eval-');
  dirs.push(dir);
  const output: string[] = [];
  const warnings: string[] = [];
  const options = (command: string, more: Partial<RunOptions> = {}): RunOptions => ({
    command,
    cwd: dir,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
    timeoutMs: null,
    killGraceMs: 300,
    output: (c) => output.push(c),
    warn: (m) => warnings.push(m),
    ...more,
  });
  return { dir, output, warnings, options };
}

async function evalError(work: Promise<unknown>): Promise<LeptonError> {
  const e = await work.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(LeptonError);
  expect((e as LeptonError).kind).toBe('eval');
  return e as LeptonError;
}

describe('runEvalCommand', () => {
  it('runs the command with sh in the workdir, with the env given, streaming both outputs', async () => {
    const { dir, output, options } = setup();
    mkdirSync(join(dir, 'sub'));
    const r = await runEvalCommand(
      options('echo "out $FOO $(basename "$PWD")"; echo err >&2; printf "é"', {
        cwd: join(dir, 'sub'),
        env: { PATH: process.env.PATH ?? '', FOO: 'bar' },
      }),
    );
    const all = output.join('');
    expect(all).toContain('out bar sub\n');
    expect(all).toContain('err\n');
    expect(all).toContain('é');
    expect(r.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('fails with the last lines of stderr on a non-zero exit', async () => {
    const { options } = setup();
    const e = await evalError(
      runEvalCommand(
        options('for i in $(seq 1 30); do echo "line $i" >&2; done; echo "to stdout"; exit 7'),
      ),
    );
    expect(e.message).toBe('eval command exited with code 7');
    expect(e.details).toHaveLength(20);
    expect(e.details[19]).toBe('line 30');
    expect(e.details).not.toContain('to stdout');
  });

  it('fails when the command dies of a signal', async () => {
    const { options } = setup();
    const e = await evalError(runEvalCommand(options('kill -KILL $$')));
    expect(e.message).toBe('eval command was killed by SIGKILL');
  });

  it('fails when the workdir does not exist', async () => {
    const { dir, options } = setup();
    const e = await evalError(runEvalCommand(options('true', { cwd: join(dir, 'nope') })));
    expect(e.message).toContain("the eval's working directory does not exist");
  });

  it('on timeout stops the whole process tree, even a grandchild that ignores SIGTERM', async () => {
    const { dir, options } = setup();
    const pidFile = join(dir, 'grandchild.pid');
    // sh → sh (subshell in the background) → node ignoring TERM; the outer shell waits.
    const command = `( ${stubbornNode(pidFile)} ) & wait`;
    const e = await evalError(runEvalCommand(options(command, { timeoutMs: 1500 })));
    expect(e.message).toBe(
      'eval command timed out after 1.5s (eval.timeout); its processes were stopped',
    );
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(pid).toBeGreaterThan(0);
    expect(isRunning(pid)).toBe(false);
  });

  it('fails naming processes the command left running after it exited, and stops them', async () => {
    const { dir, options, warnings } = setup();
    const pidFile = join(dir, 'leftover.pid');
    // The leftover's output goes to a file, so nothing holds the pipes open.
    const command = `${stubbornNode(pidFile)} >/dev/null 2>&1 & while [ ! -s ${pidFile} ]; do sleep 0.05; done`;
    const e = await evalError(runEvalCommand(options(command, { settleMs: 300 })));
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(e.message).toContain(`processes it started were still running 0.3s later: ${pid} (`);
    expect(isRunning(pid)).toBe(false);
    expect(warnings).toEqual([]);
  });

  it('a failing command’s leftovers are stopped at once, and it says so', async () => {
    const { dir, options, warnings } = setup();
    const pidFile = join(dir, 'leftover.pid');
    const command = `${stubbornNode(pidFile)} >/dev/null 2>&1 & while [ ! -s ${pidFile} ]; do sleep 0.05; done; exit 4`;
    const e = await evalError(runEvalCommand(options(command)));
    expect(e.message).toBe('eval command exited with code 4');
    expect(isRunning(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
    expect(warnings).toEqual(['the eval command left processes running; they were stopped']);
  });
});

describe('metrics files', () => {
  it('reads files the eval wrote, merged', async () => {
    const { dir, options } = setup();
    const paths = ['out/a.json', 'out/b.csv'];
    const before = await snapshotMetricsFiles(dir, paths);
    const run = await runEvalCommand(
      options(`mkdir -p out && echo '{"x": {"y": 1}}' > out/a.json && echo 'z,2' > out/b.csv`),
    );
    const m = await readMetricsFiles(dir, paths, before, run.startedAtMs);
    expect({ ...m.values }).toEqual({ 'x.y': 1, z: 2 });
  });

  it('rewritten files count even when their content is the same', async () => {
    const { dir, options } = setup();
    writeFileSync(join(dir, 'm.json'), '{"x": 1}');
    const before = await snapshotMetricsFiles(dir, ['m.json']);
    const run = await runEvalCommand(options(`echo '{"x": 1}' > m.json`));
    await expect(readMetricsFiles(dir, ['m.json'], before, run.startedAtMs)).resolves.toBeTruthy();
  });

  it('refuses files the eval did not write: missing, untouched, or carrying an old mtime', async () => {
    const { dir, options } = setup();
    writeFileSync(join(dir, 'stale.json'), '{"x": 1}');
    writeFileSync(join(dir, 'old.json'), '{"y": 1}');
    const paths = ['stale.json', 'missing.json', 'old.json', 'fresh.json'];
    const before = await snapshotMetricsFiles(dir, paths);
    // Rewritten, then its mtime set back an hour (as `cp -p` from an old run would).
    const run = await runEvalCommand(
      options(`echo '{"y": 2}' > old.json && echo '{"z": 3}' > fresh.json`),
    );
    const hourAgo = new Date(run.startedAtMs - 3_600_000);
    utimesSync(join(dir, 'old.json'), hourAgo, hourAgo);
    const e = await evalError(readMetricsFiles(dir, paths, before, run.startedAtMs));
    expect(e.message).toBe(
      '3 metrics file(s) were not written by this eval (never reading stale numbers)',
    );
    expect(e.details[0]).toBe(
      'stale.json: not written by this run (unchanged since before the eval started)',
    );
    expect(e.details[1]).toBe('missing.json: the eval did not write it (it does not exist)');
    expect(e.details[2]).toMatch(/^old\.json: older than this eval's start \(modified /);
  });

  // A metrics file dated in the future looks freshly written to the hint's walk; it was not
  // (found by a new user: the error said "not written" and then listed it as written).
  it('does not list a stale metrics file dated in the future among the files the eval wrote', async () => {
    const { dir, options } = setup();
    mkdirSync(join(dir, 'out'), { recursive: true });
    writeFileSync(join(dir, 'out/b.json'), '{"x": 1}');
    const later = new Date(Date.now() + 3_600_000);
    utimesSync(join(dir, 'out/b.json'), later, later);
    const before = await snapshotMetricsFiles(dir, ['out/b.json']);
    const run = await runEvalCommand(options(`echo 1 > out/model.bin`));
    const e = await evalError(readMetricsFiles(dir, ['out/b.json'], before, run.startedAtMs));
    expect(e.details[0]).toBe(
      'out/b.json: not written by this run (unchanged since before the eval started)',
    );
    expect(e.details[1]).toBe('files this eval wrote: out/model.bin');
  });

  // A new user's eval writing its metrics somewhere else (trial): the error lists the files the
  // eval did write, metrics-like ones first, and names the key that must match.
  it.each([
    [
      'a near miss and a model file',
      'mkdir -p out && echo 1 > out/model.bin && echo \'{"a": 1}\' > out/metric.json',
      'files this eval wrote: out/metric.json, out/model.bin',
    ],
    ['nothing at all', 'true', 'the eval wrote no file below DIR'],
    [
      'only into folders never searched',
      'mkdir -p node_modules/x .git && echo 1 > node_modules/x/m.json && echo 1 > .git/m.json',
      'the eval wrote no file below DIR',
    ],
    [
      'a file in a subfolder at depth',
      'mkdir -p a/b/c && echo \'{"a": 1}\' > a/b/c/metrics.json',
      'files this eval wrote: a/b/c/metrics.json',
    ],
  ])('a missing metrics file lists what the eval wrote: %s', async (_, command, hint) => {
    const { dir, options } = setup();
    writeFileSync(join(dir, 'untouched.json'), '{}');
    const before = await snapshotMetricsFiles(dir, ['out/metrics.json']);
    const run = await runEvalCommand(options(command));
    // Written before the eval started: not the eval's.
    const hourAgo = new Date(run.startedAtMs - 3_600_000);
    utimesSync(join(dir, 'untouched.json'), hourAgo, hourAgo);
    const e = await evalError(
      readMetricsFiles(
        dir,
        ['out/metrics.json'],
        before,
        run.startedAtMs,
        async () => 'lepton.yml:9:12 eval.metrics',
      ),
    );
    expect(e.details).toEqual([
      'out/metrics.json: the eval did not write it (it does not exist)',
      hint.replace('DIR', dir),
      'lepton.yml:9:12 eval.metrics names the file(s) read after the eval (relative to the manifest): make it match what the eval writes',
    ]);
  });

  it('refuses unparseable files and a metric found in two files', async () => {
    const { dir, options } = setup();
    const before = await snapshotMetricsFiles(dir, ['a.json', 'b.yaml']);
    const run = await runEvalCommand(options(`echo '{"x": 1' > a.json; echo 'x: 2' > b.yaml`));
    const bad = await evalError(readMetricsFiles(dir, ['a.json'], before, run.startedAtMs));
    expect(bad.message).toMatch(/^metrics file a\.json is not valid JSON/);
    const run2 = await runEvalCommand(options(`echo '{"x": 1}' > a.json; echo 'x: 2' > b.yaml`));
    const dup = await evalError(
      readMetricsFiles(dir, ['a.json', 'b.yaml'], before, run2.startedAtMs),
    );
    expect(dup.details).toEqual(['"x" in a.json and b.yaml']);
  });
});
