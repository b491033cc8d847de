import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { git, makeRepo, runCli, tempDir, type TestRepo } from '../helpers/repo.js';

/**
 * Noise-aware gating through the CLI, on real git: `record --push` stores the per-example
 * values as a blob and pushes `refs/lepton/samples/MODEL/X.Y.Z` with the tag; a fresh clone's
 * eval fetches them by that ref, pairs the examples by id, and a drop inside the noise warns
 * while a real drop fails (contract §11).
 *
 * The eval scores 1,000 examples: in the baseline example i is correct unless i % 10 == 0
 * (accuracy 0.9); `src/model.json` flips `down` correct examples to wrong and `up` wrong ones
 * to right.
 */
const EVAL = `
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
const { down, up, prefix = 'ex-' } = JSON.parse(readFileSync('src/model.json', 'utf8'));
const rows = [];
let flippedDown = 0, flippedUp = 0;
for (let i = 0; i < 1000; i++) {
  let correct = i % 10 === 0 ? 0 : 1;
  // Spread the flips over the ids so they are no block.
  if (correct === 1 && i % 7 === 3 && flippedDown < down) { correct = 0; flippedDown++; }
  else if (correct === 0 && i % 20 === 0 && flippedUp < up) { correct = 1; flippedUp++; }
  rows.push({ id: prefix + i, accuracy: correct, loss: correct ? 0.1 : 2.5 });
}
const mean = rows.reduce((s, r) => s + r.accuracy, 0) / rows.length;
mkdirSync('out', { recursive: true });
writeFileSync('out/samples.jsonl', rows.map((r) => JSON.stringify(r)).join('\\n') + '\\n');
writeFileSync('out/metrics.json', JSON.stringify({ accuracy: mean }));
`;

const manifest = (noise: 'warn' | 'off') =>
  [
    'version: 1',
    'model: demo',
    'components:',
    '  code:',
    '    paths: [src/**]',
    'eval:',
    '  command: node eval.mjs',
    '  metrics: out/metrics.json',
    '  samples: out/samples.jsonl',
    '  thresholds:',
    `    accuracy: { min: 0.5, max_drop: 0.005, noise: ${noise} }`,
    '',
  ].join('\n');

interface Check {
  metric: string;
  rule: string;
  passed: boolean;
  level: string;
  reason: string | null;
  change?: { value: number; ci: [number, number]; n: number; pairing: string };
}
interface EvalDoc {
  passed: boolean;
  checks: Check[];
  intervals?: Record<string, { value: number; ci: [number, number]; n: number }>;
  changes?: Record<string, { value: number; ci: [number, number]; n: number; pairing: string }>;
}

let repo: TestRepo;
let blob: string;

/** The record JSON in an annotated tag's message (its last ```json block). */
function tagRecord(dir: string, tag: string): Record<string, unknown> {
  const message = git(dir, 'cat-file', 'tag', tag);
  const body = message.slice(message.lastIndexOf('```json') + 7);
  return JSON.parse(body.slice(0, body.indexOf('```'))) as Record<string, unknown>;
}

/** A fresh clone of the remote (no shared objects: the samples blob must be fetched) at `model`. */
function cloneWith(model: { down: number; up: number }, noise: 'warn' | 'off' = 'warn'): string {
  const dir = join(tempDir(), 'clone');
  clones.push(dir);
  git(repo.dir, 'clone', '-q', '--no-local', repo.remote, dir);
  writeFileSync(join(dir, 'src/model.json'), JSON.stringify(model));
  writeFileSync(join(dir, 'lepton.yml'), manifest(noise));
  git(dir, 'commit', '-q', '--allow-empty', '-am', 'change the model');
  return dir;
}

beforeAll(async () => {
  repo = makeRepo({
    'lepton.yml': manifest('warn'),
    'eval.mjs': EVAL,
    'src/model.json': JSON.stringify({ down: 0, up: 0 }),
    '.gitignore': 'out/\n',
  });
  repo.git('push', '-q', 'origin', 'main');
  const r = await runCli(repo.dir, ['record', '--push', '--json']);
  expect(r.stderr).not.toMatch(/error/i);
  expect(r.code).toBe(0);
  const rec = tagRecord(repo.dir, 'demo@v0.1.0');
  const samples = rec.samples as { blob: string; n: number };
  blob = samples.blob;
  expect(samples.n).toBe(1000);
}, 60_000);
const clones: string[] = [];
afterAll(() => {
  repo?.cleanup();
  for (const d of clones) rmSync(dirname(d), { recursive: true, force: true });
});

describe('record --push with eval.samples', () => {
  it('records {value, ci, n} per column and pushes the samples ref with the tag', () => {
    const rec = tagRecord(repo.dir, 'demo@v0.1.0');
    const intervals = rec.intervals as Record<string, { value: number; ci: number[]; n: number }>;
    expect(intervals.accuracy?.value).toBe(0.9);
    expect(intervals.accuracy?.n).toBe(1000);
    const [lo, hi] = intervals.accuracy?.ci ?? [];
    // Binomial standard error at p = 0.9, n = 1000 is 0.0095: the 95% interval is about ±0.019.
    expect(lo).toBeGreaterThan(0.87);
    expect(lo).toBeLessThan(0.887);
    expect(hi).toBeGreaterThan(0.913);
    expect(hi).toBeLessThan(0.93);
    // A samples column the metrics file lacks is a metric of its own (its mean).
    expect((rec.metrics as Record<string, number>).loss).toBeCloseTo(0.1 * 0.9 + 2.5 * 0.1, 12);
    const remote = git(repo.dir, 'ls-remote', repo.remote, 'refs/lepton/samples/*');
    expect(remote.trim()).toBe(`${blob}\trefs/lepton/samples/demo/0.1.0`);
    expect(git(repo.dir, 'rev-parse', 'refs/lepton/samples/demo/0.1.0').trim()).toBe(blob);
    expect(git(repo.dir, 'cat-file', '-t', blob).trim()).toBe('blob');
  });
});

describe('eval against a baseline with samples (fresh clone fetches them)', () => {
  it.each([
    // [what, model, noise, exit, level, passed]
    ['a drop inside the noise warns', { down: 40, up: 32 }, 'warn', 0, 'warn', true],
    ['a real drop fails', { down: 60, up: 0 }, 'warn', 1, 'error', false],
    [
      'the same drop inside the noise fails with noise: off',
      { down: 40, up: 32 },
      'off',
      1,
      'error',
      false,
    ],
  ] as const)(
    '%s',
    async (_what, model, noise, exit, level, passed) => {
      const dir = cloneWith(model, noise);
      const r = await runCli(dir, ['eval', '--json', '--report', 'report.md']);
      expect(r.code).toBe(exit);
      const doc = JSON.parse(r.stdout) as EvalDoc;
      expect(doc.passed).toBe(passed);
      const drop = doc.checks.find((c) => c.rule === 'max_drop');
      expect(drop?.passed).toBe(false);
      expect(drop?.level).toBe(level);
      expect(drop?.change?.pairing).toBe('paired');
      expect(drop?.change?.n).toBe(1000);
      const expected = (model.up - model.down) / 1000;
      expect(drop?.change?.value).toBeCloseTo(expected, 12);
      expect(doc.changes?.accuracy?.value).toBeCloseTo(expected, 12);
      const [lo, hi] = drop?.change?.ci ?? [NaN, NaN];
      if (level === 'warn') {
        expect(lo).toBeLessThan(0);
        expect(hi).toBeGreaterThan(0);
        expect(drop?.reason).toMatch(
          /^within noise: −0\.8 pt, 95% CI −\d\.\d+ … \+\d\.\d+ \(paired, n = 1000\); /,
        );
      } else if (noise === 'warn') {
        expect(hi).toBeLessThan(0);
        expect(drop?.reason).not.toMatch(/within noise/);
      } else {
        // noise: off leaves the point estimate's verdict alone, the interval is still shown.
        expect(lo).toBeLessThan(0);
        expect(hi).toBeGreaterThan(0);
        expect(drop?.reason).not.toMatch(/within noise/);
      }
      // The terminal report is on stderr with --json; the Markdown report shows the interval.
      const md = readFileSync(join(dir, 'report.md'), 'utf8');
      expect(md).toMatch(/\[95% CI [-−]0\.0\d+ … [+−-]0\.0\d+, paired\]/);
      expect(r.stderr).toContain('[95% CI');
      // The trend: the recorded version and this run, for the metric with a threshold.
      const accuracy = (model.up - model.down) / 1000 + 0.9;
      expect(md).toContain(
        [
          '```mermaid',
          'xychart-beta',
          '  title "accuracy"',
          '  x-axis ["v0.1.0", "this"]',
          `  y-axis "accuracy" ${Number((accuracy - 0.1 * (0.9 - accuracy)).toPrecision(10))} --> ${Number((0.9 + 0.1 * (0.9 - accuracy)).toPrecision(10))}`,
          `  line [0.9, ${Number(accuracy.toPrecision(10))}]`,
          '```',
        ].join('\n'),
      );
    },
    60_000,
  );

  it('with other example ids the change is unpaired, and the report says why', async () => {
    const dir = cloneWith({ down: 40, up: 32, prefix: 'other-' } as { down: number; up: number });
    const r = await runCli(dir, ['eval', '--json']);
    const doc = JSON.parse(r.stdout) as EvalDoc;
    expect(doc.changes?.accuracy?.pairing).toBe('unpaired');
    expect(doc.changes?.accuracy?.value).toBeCloseTo(-0.008, 12);
    // Unpaired resampling carries both versions' variance: wider than the paired ±0.017.
    const [lo, hi] = doc.changes?.accuracy?.ci ?? [0, 0];
    expect(hi - lo).toBeGreaterThan(0.045);
    expect(r.stderr).toContain(
      "accuracy, loss: unpaired intervals — the examples' ids differ from v0.1.0's (1000 here, 1000 there)",
    );
  }, 60_000);

  it('with a stale samples file (from before the eval) the eval fails (exit 3)', async () => {
    const dir = cloneWith({ down: 0, up: 0 });
    // The command writes the metrics but not the samples; an old samples file is lying there.
    writeFileSync(join(dir, 'old.jsonl'), '{"id":"a","correct":1}\n');
    git(dir, 'mv', 'eval.mjs', 'eval-real.mjs');
    writeFileSync(
      join(dir, 'lepton.yml'),
      manifest('warn').replace(
        'command: node eval.mjs',
        'command: "node eval-real.mjs && cp -p old.jsonl out/samples.jsonl"',
      ),
    );
    writeFileSync(join(dir, 'old.jsonl'), '{"id":"a","correct":1}\n');
    // Older than any eval start: cp -p keeps this mtime.
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'stale samples');
    utimesSync(join(dir, 'old.jsonl'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    const r = await runCli(dir, ['eval']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('the samples file was not written by this eval');
    expect(r.stderr).toContain("out/samples.jsonl: older than this eval's start");
  }, 60_000);
});
