import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, runCli, type TestRepo } from '../helpers/repo.js';
import { MAX_TIMER_MS, longTimeout } from '../../src/io/eval/timer.js';

/** Edge values of the manifest (issue 22.6), through the built CLI on real repositories. */

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

function project(evalLines: string[]): TestRepo {
  const repo = makeRepo({
    'lepton.yml': [
      'version: 1',
      'model: demo',
      'components:',
      '  code:',
      '    paths: [src/**]',
      'eval:',
      ...evalLines.map((l) => `  ${l}`),
      '',
    ].join('\n'),
    'src/model.txt': 'weights\n',
    '.gitignore': 'out/\n',
  });
  repos.push(repo);
  return repo;
}

const WRITE = `command: ${JSON.stringify(`sleep 0.3 && mkdir -p out && echo '{"acc": 0.9}' > out/m.json`)}`;

describe('long timeouts do not overflow Node’s timer', () => {
  it.each(['720h', '597h', '100000h'])('timeout: %s lets the eval finish', async (timeout) => {
    const repo = project([WRITE, 'metrics: out/m.json', `timeout: ${timeout}`]);
    const r = await runCli(repo.dir, ['eval', '--json']);
    expect(r.stderr).not.toContain('timed out');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { metrics: unknown }).metrics).toEqual({ acc: 0.9 });
  });

  it('a short timeout still stops the eval', async () => {
    const repo = project(['command: sleep 30', 'metrics: out/m.json', 'timeout: 1s']);
    const r = await runCli(repo.dir, ['eval'], { LEPTON_KILL_GRACE_MS: '100' });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('timed out after');
  });

  it('longTimeout waits in chunks and fires once, at the full delay', () => {
    jest.useFakeTimers();
    try {
      const fired = jest.fn();
      const ms = 720 * 3_600_000;
      longTimeout(fired, ms);
      jest.advanceTimersByTime(MAX_TIMER_MS);
      expect(fired).not.toHaveBeenCalled();
      jest.advanceTimersByTime(ms - MAX_TIMER_MS - 1);
      expect(fired).not.toHaveBeenCalled();
      jest.advanceTimersByTime(1);
      expect(fired).toHaveBeenCalledTimes(1);
      const cleared = jest.fn();
      longTimeout(cleared, 3 * MAX_TIMER_MS).clear();
      jest.advanceTimersByTime(4 * MAX_TIMER_MS);
      expect(cleared).not.toHaveBeenCalled();
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('validate refuses what the eval could never run', () => {
  it.each([
    [
      ['command: "./eval.sh\\0--rm"', 'metrics: out/m.json'],
      '7:12: eval.command: contains a NUL byte',
    ],
    [
      ['command: ./eval.sh', 'metrics: out/m.json', 'env:', '  SEED: "4\\x002"'],
      '10:11: eval.env.SEED: contains a NUL byte',
    ],
    [
      ['command: ./eval.sh', 'metrics: out/m.json', 'env:', '  "A=B": x'],
      '10:5: eval.env.A=B: invalid name "A=B"',
    ],
    [
      ['command: ./eval.sh', 'metrics: out/m.json', 'timeout: 0s'],
      '9:12: eval.timeout: a timeout of 0 would stop the eval at once',
    ],
    [
      ['command: ./eval.sh', 'metrics: out/m.json', 'timeout: 10'],
      '9:12: eval.timeout: a duration needs a unit: write 10s or 10m (or 10h)',
    ],
  ])('%j', async (lines, message) => {
    const repo = project(lines);
    const r = await runCli(repo.dir, ['validate']);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).toContain(`lepton.yml:${message}`);
    expect(r.code).toBe(2);
  });

  it('a duplicate among 5,000 components is named at its line with its key path (speed: bench/manifest.bench.mjs)', async () => {
    const lines = [
      'version: 1',
      'model: big',
      'eval:',
      '  command: ./e.sh',
      '  metrics: m.json',
      'components:',
    ];
    for (let i = 0; i < 5_000; i++) lines.push(`  c${i}:`, `    paths: [src/c${i}/**]`);
    lines.push('  c17:', '    paths: [again]');
    const { validateManifest } = await import('../../src/core/manifest/index.js');
    const r = validateManifest(lines.join('\n') + '\n');
    expect(r.issues).toEqual([
      expect.objectContaining({
        line: 10_007,
        column: 3,
        path: 'components.c17',
        message: 'duplicate key "c17" (first at line 41)',
      }),
    ]);
    expect(
      readFileSync(join(import.meta.dirname, '../../bench/manifest.bench.mjs'), 'utf8'),
    ).toContain('40_000');
  });
});
