import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, runCli, type TestRepo } from '../helpers/repo.js';

/**
 * The new-user trial's false green, through the built CLI on real git: the baseline recorded
 * 1,000 examples at accuracy 0.897; a pull request whose eval broke and scored only a handful
 * of examples dropped far beyond `max_drop: 0.01` and passed as "within noise" (its interval
 * over 3 examples contains 0). It must fail (exit 1), say why the noise excuse was refused,
 * and warn that the example count fell against the baseline's.
 *
 * `src/model.json` gives the number of examples `n` and how many are right (`right` of them,
 * from example `from`, default 0); ids are `ex-i`.
 */
const EVAL = `
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
const { n, right, from = 0 } = JSON.parse(readFileSync('src/model.json', 'utf8'));
const rows = [];
for (let i = 0; i < n; i++) rows.push({ id: 'ex-' + i, accuracy: i >= from && i < from + right ? 1 : 0 });
mkdirSync('out', { recursive: true });
writeFileSync('out/samples.jsonl', rows.map((r) => JSON.stringify(r)).join('\\n') + '\\n');
writeFileSync('out/metrics.json', JSON.stringify({ accuracy: right / n }));
`;

const manifest = (extra = '') =>
  [
    'version: 1',
    'model: trial',
    'components:',
    '  code:',
    '    paths: [src/**]',
    'eval:',
    '  command: node eval.mjs',
    '  metrics: out/metrics.json',
    '  samples: out/samples.jsonl',
    ...(extra ? [`  ${extra}`] : []),
    '  thresholds:',
    '    accuracy: { max_drop: 0.01, noise: warn }',
    '',
  ].join('\n');

interface EvalDoc {
  passed: boolean;
  checks: {
    rule: string;
    passed: boolean;
    level: string;
    reason: string | null;
    change?: { value: number; ci: [number, number]; n: number; pairing: string };
    noiseRefused?: { kind: string; n: number; baselineN: number; minSamples: number };
  }[];
}

let repo: TestRepo;

beforeAll(async () => {
  repo = makeRepo({
    'lepton.yml': manifest(),
    'eval.mjs': EVAL,
    'src/model.json': JSON.stringify({ n: 1000, right: 897 }),
    '.gitignore': 'out/\nreport.md\n',
  });
  const r = await runCli(repo.dir, ['record', '--json']);
  expect(r.code).toBe(0);
}, 60_000);
afterAll(() => repo?.cleanup());

function pullRequest(model: { n: number; right: number; from?: number }, extra = ''): void {
  writeFileSync(join(repo.dir, 'src/model.json'), JSON.stringify(model));
  writeFileSync(join(repo.dir, 'lepton.yml'), manifest(extra));
  repo.git('commit', '-q', '-am', `eval scores ${model.n} examples`);
}

it.each([
  // [what, PR model, manifest extra, exit, excused?]
  ['3 examples, one right (−56 pt): refused, too few', { n: 3, right: 1 }, '', 1, false],
  ['8 examples, 6 right (−15 pt): refused, too few', { n: 8, right: 6 }, '', 1, false],
  [
    'the same 8 with eval.min_samples: 5: refused, too wide',
    { n: 8, right: 6 },
    'min_samples: 5',
    1,
    false,
  ],
] as const)(
  'baseline n = 1000, PR %s',
  async (_what, model, extra, exit, excused) => {
    pullRequest(model, extra);
    const r = await runCli(repo.dir, ['eval', '--json', '--report', 'report.md']);
    expect(r.code).toBe(exit);
    const doc = JSON.parse(r.stdout) as EvalDoc;
    expect(doc.passed).toBe(excused);
    const drop = doc.checks.find((c) => c.rule === 'max_drop');
    expect(drop?.level).toBe('error');
    expect(drop?.change?.pairing).toBe('unpaired');
    expect(drop?.change?.n).toBe(model.n);
    // The old rule's excuse applied: the interval contains 0.
    const [lo, hi] = drop?.change?.ci ?? [0, 0];
    expect(lo).toBeLessThan(0);
    expect(hi).toBeGreaterThanOrEqual(0);
    expect(drop?.reason).toMatch(/^dropped .*; not excused as noise \(/);
    expect(drop?.reason).not.toMatch(/^within noise/);
    if (extra) {
      expect(drop?.noiseRefused?.kind).toBe('too-wide');
      expect(drop?.reason).toMatch(/as wide as the allowed drop of 1 pt \(at most 10×\)/);
    } else {
      expect(drop?.noiseRefused).toEqual({
        kind: 'few-samples',
        n: model.n,
        baselineN: 1000,
        minSamples: 30,
      });
      expect(drop?.reason).toContain(
        `${model.n} examples here and 1000 in the baseline, fewer than the 30 each side needs (eval.min_samples)`,
      );
    }
    const fell = `the eval scored ${model.n} examples, fewer than half of v0.1.0's 1000`;
    expect(r.stderr).toContain(fell);
    // The Markdown escapes its punctuation; read it as text.
    const md = readFileSync(join(repo.dir, 'report.md'), 'utf8').replace(/\\(.)/g, '$1');
    expect(md).toMatch(/^### ❌ trial: 1 threshold check failed/m);
    expect(md).toContain(`⚠️ ${fell}`);
    expect(md).toMatch(/\*\*Failures\*\*[\s\S]*not excused as noise/);
  },
  60_000,
);

it('1000 examples with a drop inside the noise still warns (exit 0), with no warning about n', async () => {
  // The same 1000 ids: 60 right ones now wrong, 48 wrong ones now right: −1.2 pt, paired,
  // an interval about 4× the allowed 1 pt that contains 0.
  pullRequest({ n: 1000, right: 885, from: 60 });
  const r = await runCli(repo.dir, ['eval', '--json']);
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.stdout) as EvalDoc;
  const drop = doc.checks.find((c) => c.rule === 'max_drop');
  expect(drop?.change?.pairing).toBe('paired');
  expect(drop?.change?.value).toBeCloseTo(-0.012, 12);
  expect(drop?.level).toBe('warn');
  expect(drop?.reason).toMatch(
    /^within noise: −1\.2 pt, 95% CI −\d\.\d+ … \+\d\.\d+ \(paired, n = 1000\); /,
  );
  expect(drop?.noiseRefused).toBeUndefined();
  expect(r.stderr).not.toContain('fewer than half');
}, 60_000);
