import { afterEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, GIT_ENV, makeRepo, runCli, type TestRepo } from '../helpers/repo.js';
import { isRunning, sleep, stubbornNode } from './processes.js';
import type { evalJson as toEvalJson } from '../../src/app/eval.js';

/** The contract's `eval --json` document, as the CLI prints it. */
type EvalJson = ReturnType<typeof toEvalJson>;

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

/** A committed project whose eval is `command`, with thresholds given as YAML lines. */
function project(command: string, thresholds: string[] = [], extra: Record<string, string> = {}) {
  const repo = makeRepo({
    'lepton.yml': [
      'version: 1',
      'model: demo',
      'components:',
      '  code:',
      '    paths: [src/**]',
      'eval:',
      `  command: ${JSON.stringify(command)}`,
      '  metrics: out/metrics.json',
      '  timeout: 1m',
      ...(thresholds.length ? ['  thresholds:', ...thresholds.map((t) => `    ${t}`)] : []),
      '',
    ].join('\n'),
    'src/model.txt': 'weights v1\n',
    '.gitignore': 'out/\n',
    ...extra,
  });
  repos.push(repo);
  return repo;
}

const writeMetrics = (json: string) =>
  `mkdir -p out && printf '%s' ${JSON.stringify(json)} > out/metrics.json`;

async function evalJson(dir: string, args: string[] = [], env: Record<string, string> = {}) {
  const r = await runCli(dir, ['eval', '--json', ...args], env);
  return { ...r, json: JSON.parse(r.stdout) as EvalJson };
}

describe('lepton eval', () => {
  it('passes (exit 0), prints the report, streams the eval to stderr and gives it its env', async () => {
    const repo = project(
      `echo "eval running"; env | grep -E '^(LEPTON_|SEED=)' | sort > env.txt; ${writeMetrics('{"accuracy": 0.95, "nested": {"f1": 0.9}}')}`,
      ['accuracy: { min: 0.9 }', 'nested.f1: { min: 0.8, max_drop: 0.01 }'],
    );
    repo.write({
      'lepton.yml': readFileSync(join(repo.dir, 'lepton.yml'), 'utf8').replace(
        '  timeout: 1m\n',
        '  timeout: 1m\n  env:\n    SEED: "42"\n',
      ),
    });
    const r = await runCli(repo.dir, ['eval']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('✅ demo: thresholds passed · no baseline yet');
    expect(r.stdout).toMatch(/^accuracy\s+—\s+0\.95\s+—\s+≥ 0\.9\s+pass$/m);
    expect(r.stdout).toMatch(/^nested\.f1\s.*pass \(no baseline\)$/m);
    expect(r.stdout).not.toContain('eval running');
    expect(r.stderr).toContain('eval running');

    const status = JSON.parse((await runCli(repo.dir, ['status', '--json'])).stdout) as {
      fingerprint: string;
    };
    expect(readFileSync(join(repo.dir, 'env.txt'), 'utf8')).toBe(
      `LEPTON_BASELINE_VERSION=\nLEPTON_FINGERPRINT=${status.fingerprint}\nLEPTON_MODEL=demo\nSEED=42\n`,
    );
  });

  it('--json prints exactly the contract shape on stdout and nothing else', async () => {
    const repo = project(`echo noise; ${writeMetrics('{"accuracy": 0.95, "label": "x"}')}`, [
      'accuracy: { min: 0.9, max_drop: "5%" }',
    ]);
    const { code, json, stderr } = await evalJson(repo.dir);
    expect(code).toBe(0);
    expect(Object.keys(json).sort()).toEqual(
      [
        'baseline',
        'changed',
        'checks',
        'fingerprint',
        'ignored',
        'metrics',
        'model',
        'passed',
        'reused',
        // Tags passed over as the baseline, and why (CONTRACT §2b).
        'skipped',
        // How the thresholds that decided differ from the baseline's (none here: no baseline).
        'thresholdChanges',
      ].sort(),
    );
    expect(json).toMatchObject({
      model: 'demo',
      passed: true,
      reused: false,
      baseline: null,
      metrics: { accuracy: 0.95 },
      changed: { components: ['code'], data: [] },
      ignored: [{ metric: 'label', value: 'x' }],
    });
    expect(json.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(json.checks).toEqual([
      {
        metric: 'accuracy',
        rule: 'min',
        bound: 0.9,
        baseline: null,
        actual: 0.95,
        passed: true,
        level: 'error',
        reason: null,
      },
      {
        metric: 'accuracy',
        rule: 'max_drop',
        bound: '5%',
        baseline: null,
        actual: 0.95,
        passed: true,
        level: 'error',
        reason: 'no baseline',
      },
    ]);
    // The human report moved to stderr, after the eval's own output.
    expect(stderr).toContain('noise');
    expect(stderr).toContain('✅ demo: thresholds passed');
  });

  it('--report writes the Markdown report', async () => {
    const repo = project(writeMetrics('{"accuracy": 0.95}'), ['accuracy: { min: 0.9 }']);
    const r = await runCli(repo.dir, ['eval', '--report', 'reports/eval.md']);
    expect(r.code).toBe(0);
    const md = readFileSync(join(repo.dir, 'reports/eval.md'), 'utf8');
    expect(md.split('\n')[0]).toBe('<!-- lepton:model=demo -->');
    expect(md).toContain('| `accuracy` | — | 0.95 | — | ≥ 0\\.9 | ✅ pass |');
  });

  it('a failed threshold exits 1 and still prints the whole report', async () => {
    const repo = project(writeMetrics('{"accuracy": 0.85, "f1": 0.9}'), [
      'accuracy: { min: 0.9 }',
      'f1: { min: 0.8 }',
    ]);
    const r = await runCli(repo.dir, ['eval', '--report', 'r.md']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('❌ demo: 1 threshold check failed');
    expect(r.stdout).toContain('failures:\n  accuracy (≥ 0.9): 0.85 is below the minimum 0.9');
    expect(r.stdout).toMatch(/^f1\s.*pass$/m);
    expect(existsSync(join(repo.dir, 'r.md'))).toBe(true);
    const { code, json } = await evalJson(repo.dir);
    expect(code).toBe(1);
    expect(json.passed).toBe(false);
  });

  it('a failed warn-level threshold is shown but exits 0', async () => {
    const repo = project(writeMetrics('{"accuracy": 0.95, "coverage": 0.2}'), [
      'accuracy: { min: 0.9 }',
      'coverage: { min: 0.5, level: warn }',
    ]);
    const r = await runCli(repo.dir, ['eval']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✅ demo: thresholds passed, 1 warning · no baseline yet');
    expect(r.stdout).toContain(
      'warnings (do not block):\n  coverage (≥ 0.5): 0.2 is below the minimum 0.5',
    );
  });

  it.each([
    ['missing', '{"accuracy": 0.95}', 'missing from the eval output'],
    ['NaN', '{"accuracy": 0.95, "f1": NaN}', 'not a finite number (NaN)'],
    ['a string', '{"accuracy": 0.95, "f1": "good"}', 'not a number: a string ("good")'],
  ])('a %s metric named by a threshold fails it (exit 1)', async (_what, metrics, reason) => {
    const repo = project(writeMetrics(metrics), ['f1: { min: 0.5 }']);
    const { code, json } = await evalJson(repo.dir);
    expect(code).toBe(1);
    expect(json.checks).toEqual([
      {
        metric: 'f1',
        rule: 'min',
        bound: 0.5,
        baseline: null,
        actual: null,
        passed: false,
        level: 'error',
        reason,
      },
    ]);
    expect(json.metrics).toEqual({ accuracy: 0.95 });
  });

  it('a failing command exits 3 with the end of its stderr', async () => {
    const repo = project('echo "loading"; echo "Traceback: boom" >&2; exit 2', ['a: { min: 0 }']);
    const r = await runCli(repo.dir, ['eval', '--json']);
    expect(r.code).toBe(3);
    // --json on failure: the error is the one document on stdout (contract §4).
    expect(JSON.parse(r.stdout)).toEqual({
      error: {
        kind: 'eval',
        code: 3,
        message: 'eval command exited with code 2',
        details: ['Traceback: boom'],
      },
    });
    expect(r.stderr).toContain('lepton: eval command exited with code 2\n  Traceback: boom\n');
  });

  it('a timeout exits 3 and leaves no process of the eval behind, even one ignoring SIGTERM', async () => {
    const repo = project('placeholder');
    const pidFile = join(repo.dir, 'grandchild.pid');
    repo.write({
      'lepton.yml': readFileSync(join(repo.dir, 'lepton.yml'), 'utf8')
        .replace(/command: .*/, `command: ${JSON.stringify(`( ${stubbornNode(pidFile)} ) & wait`)}`)
        .replace('timeout: 1m', 'timeout: 2s'),
    });
    const r = await runCli(repo.dir, ['eval'], { LEPTON_KILL_GRACE_MS: '300' });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('lepton: eval command timed out after 2s (eval.timeout)');
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(pid).toBeGreaterThan(0);
    expect(isRunning(pid)).toBe(false);
  });

  it('a metrics file the eval did not write (a committed, stale one) exits 3', async () => {
    const repo = project('echo "forgot to write metrics"', ['accuracy: { min: 0.9 }'], {
      '.gitignore': '',
      'out/metrics.json': '{"accuracy": 0.99}',
    });
    const r = await runCli(repo.dir, ['eval']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('were not written by this eval (never reading stale numbers)');
    expect(r.stderr).toContain('out/metrics.json: not written by this run');
    expect(r.stdout).toBe('');
  });

  it('a missing metrics file exits 3', async () => {
    const repo = project('true');
    const r = await runCli(repo.dir, ['eval']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('out/metrics.json: the eval did not write it (it does not exist)');
  });

  it.each([
    ['JSON', 'out/metrics.json', '{"accuracy": 0.9,', 'is not valid JSON'],
    ['CSV', 'out/metrics.csv', 'accuracy,0.9\nf1,"0.8\n', 'is not valid CSV'],
    ['CSV', 'out/metrics.csv', 'accuracy,0.9,extra\n', 'is not valid CSV: row 1 has 3 column(s)'],
  ])('malformed %s exits 3 (%s)', async (_kind, file, content, message) => {
    const repo = project(`mkdir -p out && printf '%s' ${JSON.stringify(content)} > ${file}`);
    repo.write({
      'lepton.yml': readFileSync(join(repo.dir, 'lepton.yml'), 'utf8').replace(
        'metrics: out/metrics.json',
        `metrics: ${file}`,
      ),
    });
    const r = await runCli(repo.dir, ['eval']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`lepton: metrics file ${file} ${message}`);
  });

  it('works for a manifest in a subfolder: workdir and metrics paths are relative to it', async () => {
    const repo = makeRepo({
      'models/m/lepton.yml': [
        'version: 1',
        'model: sub',
        'components:',
        '  code:',
        '    paths: [src/**]',
        'eval:',
        '  command: "mkdir -p ../out && echo \'a,1\' > ../out/m.csv && pwd > ../out/pwd.txt"',
        '  workdir: run',
        '  metrics: [out/m.csv]',
        '  thresholds:',
        '    a: { min: 1 }',
        '',
      ].join('\n'),
      'models/m/src/x.txt': 'x',
      'models/m/run/.keep': '',
    });
    repos.push(repo);
    const r = await runCli(repo.dir, ['--manifest', 'models/m/lepton.yml', 'eval', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as EvalJson).metrics).toEqual({ a: 1 });
    expect(readFileSync(join(repo.dir, 'models/m/out/pwd.txt'), 'utf8').trim()).toMatch(
      /models\/m\/run$/,
    );
  });

  it('when Lepton is interrupted, the eval’s processes go with it', async () => {
    const repo = project('placeholder');
    const pidFile = join(repo.dir, 'grandchild.pid');
    repo.write({
      'lepton.yml': readFileSync(join(repo.dir, 'lepton.yml'), 'utf8').replace(
        /command: .*/,
        `command: ${JSON.stringify(`( ${stubbornNode(pidFile)} ) & wait`)}`,
      ),
    });
    const { NODE_OPTIONS: _drop, ...env } = process.env;
    const child = spawn(process.execPath, [CLI, 'eval'], {
      cwd: repo.dir,
      env: { ...env, ...GIT_ENV, LEPTON_KILL_GRACE_MS: '300' },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((done) =>
      child.on('exit', (_code, signal) => done(signal)),
    );
    // Until the pid is in the file (it exists, empty, for a moment first).
    for (let i = 0; i < 400 && !(existsSync(pidFile) && readFileSync(pidFile, 'utf8')); i++) {
      await sleep(25);
    }
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(isRunning(pid)).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe('SIGINT');
    expect(isRunning(pid)).toBe(false);
  });
});
