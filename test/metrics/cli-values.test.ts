import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, runCli, type TestRepo } from '../helpers/repo.js';

/**
 * Every value accounted for and shown as it is (issue 13 items 4–6), through
 * the built CLI on real repositories: the eval copies `given/FILE` (committed,
 * so `record` sees a clean tree) to the metrics path.
 */

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

function project(metricsFile: string, content: string, thresholds: string[] = []): TestRepo {
  const repo = makeRepo({
    'lepton.yml': [
      'version: 1',
      'model: demo',
      'components:',
      '  code:',
      '    paths: [src/**]',
      'eval:',
      `  command: mkdir -p out && cp given/${metricsFile} out/${metricsFile}`,
      `  metrics: out/${metricsFile}`,
      ...(thresholds.length ? ['  thresholds:', ...thresholds.map((t) => `    ${t}`)] : []),
      '',
    ].join('\n'),
    'src/model.txt': 'weights\n',
    [`given/${metricsFile}`]: content,
    '.gitignore': 'out/\n',
  });
  repos.push(repo);
  return repo;
}

interface EvalDoc {
  metrics: Record<string, number>;
  ignored: { metric: string; value: unknown }[];
  checks: { metric: string; rule: string; passed: boolean; reason: string | null }[];
}

describe('values that are not numbers are listed, never dropped (13.4)', () => {
  const METRICS = '{"acc": 0.91, "f1": "0.88", "calibrated": true, "loss": NaN, "note": null}';

  it('eval --json lists them as ignored; terminal and Markdown say "not numbers"', async () => {
    const repo = project('metrics.json', METRICS, ['acc: { min: 0.9 }']);
    const r = await runCli(repo.dir, ['eval', '--json', '--report', 'report.md']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as EvalDoc;
    expect(json.metrics).toEqual({ acc: 0.91 });
    expect(json.ignored).toEqual([
      { metric: 'calibrated', value: true },
      { metric: 'f1', value: '0.88' },
      { metric: 'loss', value: 'NaN' },
      { metric: 'note', value: null },
    ]);
    expect(r.stderr).toContain(
      [
        'not numbers (4; no threshold, so not compared):',
        '  calibrated: a boolean (true)',
        '  f1: a string ("0.88")',
        '  loss: NaN',
        '  note: null',
      ].join('\n'),
    );
    const md = readFileSync(join(repo.dir, 'report.md'), 'utf8');
    expect(md).toContain('**Not numbers** (4; no threshold, so not compared)');
    expect(md).toContain('- `f1`: a string \\(\\"0\\.88\\"\\)');
  });

  it('a value with a threshold fails its check instead of being listed as ignored', async () => {
    const repo = project('metrics.json', METRICS, ['acc: { min: 0.9 }', 'f1: { min: 0.8 }']);
    const r = await runCli(repo.dir, ['eval', '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as EvalDoc;
    expect(json.ignored.map((i) => i.metric)).toEqual(['calibrated', 'loss', 'note']);
    expect(json.checks.find((c) => c.metric === 'f1')).toMatchObject({
      passed: false,
      reason: 'not a number: a string ("0.88")',
    });
  });

  it('the version record keeps them, and a reuse of that version lists them again', async () => {
    const repo = project('metrics.yaml', 'acc: 0.9\nstage: beta\nok: false\n', [
      'acc: { min: 0.5 }',
    ]);
    const rec = await runCli(repo.dir, ['record', '--json']);
    expect(rec.code).toBe(0);
    const message = repo.git('tag', '-l', '--format=%(contents)', 'demo@v0.1.0');
    const record = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(message)?.[1] ?? '{}') as {
      ignored?: unknown;
    };
    expect(record.ignored).toEqual([
      { metric: 'ok', value: false, what: 'a boolean (false)' },
      { metric: 'stage', value: 'beta', what: 'a string ("beta")' },
    ]);
    const again = await runCli(repo.dir, ['eval', '--json']);
    const json = JSON.parse(again.stdout) as EvalDoc & { reused: boolean };
    expect(json.reused).toBe(true);
    expect(json.ignored).toEqual([
      { metric: 'ok', value: false },
      { metric: 'stage', value: 'beta' },
    ]);
  });
});

describe('numbers are shown as they are (13.5)', () => {
  it('a 14-digit integer prints exactly, its change is exact, the failure quotes the baseline', async () => {
    const repo = project('metrics.json', '{"model_bytes": 12345678901234}', [
      'model_bytes: { max_rise: 0 }',
    ]);
    expect((await runCli(repo.dir, ['record'])).code).toBe(0);
    repo.write({ 'given/metrics.json': '{"model_bytes": 12345678909999}' });
    repo.commit('bigger model');
    const r = await runCli(repo.dir, ['eval', '--force', '--report', 'report.md']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^model_bytes\s+12345678901234\s+12345678909999\s+\+8765 \(\+7\.1e-8%\)\s+rise ≤ 0\s+FAIL$/m,
    );
    expect(r.stdout).toContain(
      'model_bytes (rise ≤ 0): rose 8765 from the baseline 12345678901234, more than the allowed 0',
    );
    const md = readFileSync(join(repo.dir, 'report.md'), 'utf8');
    expect(md).toContain('| 12345678901234 | 12345678909999 | +8765 (+7.1e-8%) |');
    const diff = JSON.parse((await runCli(repo.dir, ['show', '--json'])).stdout) as {
      versions: { metrics: Record<string, number> }[];
    };
    expect(diff.versions[0]?.metrics).toEqual({ model_bytes: 12345678901234 });
  });

  it('a min bound on a large integer quotes both numbers exactly', async () => {
    const repo = project('metrics.csv', 'rows,9007199254740990\n', [
      'rows: { min: 9007199254740991 }',
    ]);
    const r = await runCli(repo.dir, ['eval']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'rows (≥ 9007199254740991): 9007199254740990 is below the minimum 9007199254740991',
    );
  });
});

describe('CSV forms (13.6)', () => {
  it.each([
    ['wide form', 'accuracy,f1\n0.91,0.88\n', { accuracy: 0.91, f1: 0.88 }],
    [
      'wide form, three columns',
      'accuracy,f1,loss\n0.91,0.88,0.3\n',
      { accuracy: 0.91, f1: 0.88, loss: 0.3 },
    ],
    ['long form with a header', 'metric,value\naccuracy,0.91\n', { accuracy: 0.91 }],
    [
      'long form with a name,value header',
      'name,value\naccuracy,0.91\nf1,0.88\n',
      { accuracy: 0.91, f1: 0.88 },
    ],
    ['long form without a header', 'accuracy,0.91\nf1,0.88\n', { accuracy: 0.91, f1: 0.88 }],
  ])('%s is read', async (_name, csv, metrics) => {
    const repo = project('metrics.csv', csv);
    const r = await runCli(repo.dir, ['eval', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as EvalDoc).metrics).toEqual(metrics);
  });

  it.each([
    [
      'a wide form with two rows of values',
      'accuracy,f1\n0.91,0.88\n0.92,0.87\n',
      'a header row and 2 rows of values',
    ],
    [
      'a wide form with three columns and two rows',
      'a,b,c\n1,2,3\n4,5,6\n',
      'a header row and 2 rows of values',
    ],
    [
      'a metric named like a number',
      '0.91,0.88\n0.5,0.2\n',
      'the metric name "0.91" (row 1) looks like a number',
    ],
    [
      'a header with no values',
      'accuracy,f1,loss\n',
      'a header row of 3 names with no row of values',
    ],
  ])('%s is an eval failure naming the accepted forms', async (_name, csv, why) => {
    const repo = project('metrics.csv', csv);
    const r = await runCli(repo.dir, ['eval']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('lepton: metrics file out/metrics.csv is not valid CSV: ');
    expect(r.stderr).toContain(why);
    expect(r.stderr).toContain('long form: one "metric,value" row per metric');
    expect(r.stderr).toContain(
      'wide form: one header row of metric names and one row of their values',
    );
  });
});

describe('metrics files that are broken are eval failures, never internal errors (22.6)', () => {
  it.each([
    ['metrics.yaml', 'a: *nope\n', 'is not valid YAML: Unresolved alias'],
    [
      'metrics.yaml',
      'a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
      'is not valid YAML: Excessive alias count',
    ],
    [
      'metrics.json',
      '{"acc": 0.9, "acc": 0.95}',
      'key "acc" appears twice in one object (at 1:14)',
    ],
    ['metrics.json', '{"a": {"x": 1,\n "x": 2}}', 'key "x" appears twice in one object (at 2:2)'],
    ['metrics.json', '{"a": NaN, "a": 1}', 'key "a" appears twice in one object (at 1:12)'],
  ])('%s %p → exit 3', async (file, content, message) => {
    const repo = project(file, content);
    const r = await runCli(repo.dir, ['eval']);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).toContain(message);
    expect(r.code).toBe(3);
  });
});

// Trial finding: a `.json` metrics file was read leniently (through YAML when JSON.parse
// refused it), so `0x1` read as 1, `09` as 9, `.5` and `+0.9` as numbers; and an integer
// beyond 2^53 was rounded silently, so a count of 9007199254740993 passed `max: 9007199254740992`.
describe('a .json metrics file is JSON (RFC 8259), and its integers are exact', () => {
  it.each([
    ['{"acc": 0x1}', '"0x1" is not a JSON number at 1:9'],
    ['{"acc": 09}', '"09" is not a JSON number at 1:9'],
    ['{"acc": .5}', '".5" is not a JSON number at 1:9'],
    ['{"acc": +0.9}', '"+0.9" is not a JSON number at 1:9'],
    ['{"acc": 0.9,}', 'unexpected "}", expected a key (a string in double quotes) at 1:13'],
    ["{'acc': 0.9}", `unexpected "'", expected a key (a string in double quotes) at 1:2`],
    ['{"acc": nan}', 'unexpected "nan", expected a value at 1:9'],
  ])('%s → exit 3, naming the place', async (content, message) => {
    const repo = project('metrics.json', content, ['acc: { min: 0.5 }']);
    const r = await runCli(repo.dir, ['eval']);
    expect(r.stderr).toContain(`metrics file out/metrics.json is not valid JSON: ${message}`);
    expect(r.code).toBe(3);
  });

  it.each([
    ['metrics.json', '{"count": 9007199254740993}', '9007199254740993'],
    ['metrics.json', '{"eval": {"counts": [1, -9007199254740993]}}', '-9007199254740993'],
    ['metrics.yaml', 'count: 9007199254740993\n', '9007199254740993'],
    ['metrics.csv', 'count,9007199254740993\n', '9007199254740993'],
  ])(
    '%s %s: an integer a double cannot hold → exit 3 naming metric, file and value',
    async (file, content, value) => {
      const metric = content.includes('counts') ? 'eval.counts.1' : 'count';
      const repo = project(file, content, [`${JSON.stringify(metric)}: { max: 9007199254740992 }`]);
      const r = await runCli(repo.dir, ['eval', '--json']);
      expect(r.code).toBe(3);
      const error = JSON.parse(r.stdout).error as { kind: string; message: string };
      expect(error.kind).toBe('eval');
      expect(error.message).toContain(`metrics file out/${file}: metric "${metric}" is ${value}`);
      expect(error.message).toContain('an integer beyond 2^53 that a double cannot hold exactly');
    },
  );

  it.each([
    [
      '{"count": 9007199254740992, "acc": 1e-3, "neg": -0, "x": 1E+2}',
      { count: 2 ** 53, acc: 0.001, neg: 0, x: 100 },
    ],
    ['\ufeff{"count": 9007199254740994}', { count: 2 ** 53 + 2 }],
  ])('%s is read exactly', async (content, metrics) => {
    const repo = project('metrics.json', content);
    const r = await runCli(repo.dir, ['eval', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).metrics).toEqual(metrics);
  });
});
