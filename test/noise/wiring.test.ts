import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { validateManifest } from '../../src/core/manifest/validate.js';
import { evalSettingsHash } from '../../src/core/metrics/settings.js';
import { asRecord } from '../../src/core/registry/record-schema.js';
import { changesOf, intervalsOf, withSampleMeans } from '../../src/core/noise/run.js';
import { parseSamples } from '../../src/core/noise/samples.js';
import { LeptonError } from '../../src/core/errors/index.js';

const manifest = (evalExtra: string[], threshold: string, stage = '') =>
  [
    'version: 1',
    'model: m',
    'eval:',
    '  command: ./run',
    '  metrics: out/m.json',
    ...evalExtra.map((l) => `  ${l}`),
    '  thresholds:',
    `    acc: ${threshold}`,
    ...(stage ? ['stages:', '  prod:', '    thresholds:', `      acc: ${stage}`] : []),
    '',
  ].join('\n');

describe('manifest: eval.samples and noise', () => {
  it.each([
    // [what, eval lines, threshold, stage threshold, expected issues as "line:col path: message"]
    [
      'noise: warn with samples and max_drop is valid',
      ['samples: out/s.jsonl'],
      '{ max_drop: 0.01, noise: warn }',
      '',
      [],
    ],
    ['noise: off needs nothing', [], '{ min: 0.5, noise: off }', '', []],
    [
      'noise: warn without eval.samples',
      [],
      '{ max_drop: 0.01, noise: warn }',
      '',
      [
        '7:35 eval.thresholds.acc.noise: noise: warn needs eval.samples, the per-example results it resamples',
      ],
    ],
    [
      'noise: warn on a threshold without a relative bound',
      ['samples: out/s.jsonl'],
      '{ min: 0.5, noise: warn }',
      '',
      [
        '8:29 eval.thresholds.acc.noise: noise: warn applies to max_drop and max_rise; this threshold has neither',
      ],
    ],
    [
      'a wrong noise value',
      ['samples: out/s.jsonl'],
      '{ max_drop: 0.01, noise: loud }',
      '',
      ['8:35 eval.thresholds.acc.noise'],
    ],
    [
      'noise belongs to eval thresholds only',
      ['samples: out/s.jsonl'],
      '{ max_drop: 0.01 }',
      '{ max_drop: 0.01, noise: warn }',
      ['12:30 stages.prod.thresholds.acc.noise: unknown key'],
    ],
    [
      'an absolute samples path',
      ['samples: /tmp/s.jsonl'],
      '{ min: 0.5 }',
      '',
      ['6:12 eval.samples: path is absolute'],
    ],
    [
      'eval.min_samples: a whole number of at least 2',
      ['samples: out/s.jsonl', 'min_samples: 100'],
      '{ max_drop: 0.01, noise: warn }',
      '',
      [],
    ],
    [
      'eval.min_samples of 1',
      ['samples: out/s.jsonl', 'min_samples: 1'],
      '{ max_drop: 0.01, noise: warn }',
      '',
      ['7:16 eval.min_samples: expected at least 2 examples'],
    ],
    [
      'eval.min_samples not whole',
      ['samples: out/s.jsonl', 'min_samples: 2.5'],
      '{ max_drop: 0.01, noise: warn }',
      '',
      ['7:16 eval.min_samples: expected a whole number of examples'],
    ],
    [
      'eval.min_samples as text',
      ['samples: out/s.jsonl', 'min_samples: "30"'],
      '{ max_drop: 0.01, noise: warn }',
      '',
      ['7:16 eval.min_samples'],
    ],
  ])('%s', (_what, extra, threshold, stage, expected) => {
    const r = validateManifest(manifest(extra, threshold, stage));
    const got = r.ok ? [] : r.issues.map((i) => `${i.line}:${i.column} ${i.path}: ${i.message}`);
    expect(got.map((g, i) => g.slice(0, expected[i]?.length ?? g.length))).toEqual(expected);
  });

  it('normalizes noise: warn and eval.samples; the settings hash changes with samples only when set', () => {
    const a = validateManifest(
      manifest(['samples: ./out/s.jsonl'], '{ max_drop: 0.01, noise: warn }'),
    );
    const b = validateManifest(manifest([], '{ max_drop: 0.01 }'));
    const c = validateManifest(manifest(['samples: out/other.jsonl'], '{ max_drop: 0.01 }'));
    if (!a.ok || !b.ok || !c.ok) throw new Error('expected valid manifests');
    expect(a.manifest.eval.samples).toBe('out/s.jsonl');
    expect(a.manifest.eval).not.toHaveProperty('minSamples');
    const d = validateManifest(
      manifest(['samples: out/s.jsonl', 'min_samples: 50'], '{ max_drop: 0.01, noise: warn }'),
    );
    expect(d.ok && d.manifest.eval.minSamples).toBe(50);
    // min_samples judges the comparison, not the metrics: the eval settings (reuse) ignore it.
    expect(d.ok && evalSettingsHash(d.manifest.eval)).toBe(evalSettingsHash(a.manifest.eval));
    expect(a.manifest.eval.thresholds[0]?.noise).toBe('warn');
    expect(b.manifest.eval.thresholds[0]).not.toHaveProperty('noise');
    expect(b.manifest.eval).not.toHaveProperty('samples');
    const hashes = [a, b, c].map((m) => (m.ok ? evalSettingsHash(m.manifest.eval) : ''));
    expect(new Set(hashes).size).toBe(3);
    // Without samples the hash is what it was before samples existed (recorded versions stay reusable).
    const before = JSON.stringify([
      'lepton-eval-settings/1',
      './run',
      '.',
      [],
      ['out/m.json'],
      null,
    ]);
    expect(hashes[1]).toBe(`sha256:${createHash('sha256').update(before).digest('hex')}`);
  });
});

const base = {
  kind: 'version',
  schema: 1,
  model: 'm',
  version: '1.0.0',
  commit: 'a'.repeat(40),
  created: '2026-01-01T00:00:00Z',
  fingerprint: 'sha256:x',
  components: {},
  data: {},
  metrics: { acc: 0.9 },
  checks: [],
  passed: true,
  baseline: null,
  evalSettings: 'sha256:y',
  reused: false,
  runUrl: null,
  artifact: null,
};

describe('record schema: intervals and samples', () => {
  it.each([
    ['an old record without them', {}, true],
    [
      'intervals and samples',
      {
        intervals: { acc: { value: 0.9, ci: [0.88, 0.92], n: 1000 } },
        samples: { blob: 'b'.repeat(40), n: 1000 },
      },
      true,
    ],
    ['a SHA-256 repository blob id', { samples: { blob: 'c'.repeat(64), n: 3 } }, true],
    ['an interval without n', { intervals: { acc: { value: 0.9, ci: [0.88, 0.92] } } }, false],
    [
      'an interval with three bounds',
      { intervals: { acc: { value: 0.9, ci: [0.8, 0.9, 1], n: 2 } } },
      false,
    ],
    ['a non-finite bound', { intervals: { acc: { value: 0.9, ci: [null, 0.92], n: 2 } } }, false],
    ['a blob id that is no object id', { samples: { blob: '../../etc', n: 3 } }, false],
    ['a sample count of 0', { samples: { blob: 'b'.repeat(40), n: 0 } }, false],
  ])('%s → readable: %s', (_what, extra, ok) => {
    expect(asRecord({ ...base, ...extra }) !== null).toBe(ok);
  });
});

describe('withSampleMeans', () => {
  const s = parseSamples('s.csv', 'id,acc,loss\na,1,0.5\nb,1,0.25\nc,0,1\n');
  it.each([
    // [metrics file, expected acc, expected loss, error?]
    [{}, 2 / 3, 0.5833333333333334, null],
    [{ acc: 0.667 }, 0.667, 0.5833333333333334, null], // written to 3 places: 0.6667 is within ½ unit
    [{ acc: 2 / 3 }, 2 / 3, 0.5833333333333334, null],
    [
      { acc: 0.66 },
      0,
      0,
      'acc: 0.66 in the metrics file, but the mean of its samples column is 0.6666666666666666 (n = 3)',
    ],
    [{ acc: 0.9, loss: 0.6 }, 0, 0, 'acc: 0.9 in the metrics file'],
  ])('%j', (metrics, acc, loss, error) => {
    if (error) {
      let thrown: unknown;
      try {
        withSampleMeans(metrics, s, 's.csv');
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(LeptonError);
      expect((thrown as LeptonError).kind).toBe('eval');
      expect((thrown as LeptonError).details.join('\n')).toContain(error);
      return;
    }
    const out = withSampleMeans(metrics, s, 's.csv');
    expect(out.acc).toBe(acc);
    expect(out.loss).toBe(loss);
  });
});

describe('changesOf', () => {
  const fp = 'sha256:' + '12ab'.repeat(16);
  const rows = (ids: string[], f: (i: number) => number) =>
    parseSamples('s.csv', ['id,acc', ...ids.map((id, i) => `${id},${f(i)}`)].join('\n'));
  const ids = Array.from({ length: 400 }, (_, i) => `e${i}`);

  it('pairs by id whatever the order, and is reproducible from the fingerprint', () => {
    const cur = rows(ids, (i) => (i % 5 === 0 ? 0 : 1));
    const shuffled = [...ids].reverse();
    const baseRows = rows(shuffled, (j) => (Number(shuffled[j]?.slice(1)) % 4 === 0 ? 0 : 1));
    const a = changesOf(cur, baseRows, fp, 'v1.0.0');
    expect(a.changes.acc?.pairing).toBe('paired');
    expect(a.changes.acc?.value).toBeCloseTo(0.8 - 0.75, 12);
    expect(a.notes).toEqual([]);
    expect(changesOf(cur, baseRows, fp, 'v1.0.0').changes.acc?.ci).toEqual(a.changes.acc?.ci);
    expect(intervalsOf(cur, fp).acc?.ci).toEqual(intervalsOf(cur, fp).acc?.ci);
  });

  it.each([
    ['other ids', ids.map((i) => `x${i}`)],
    ['fewer examples', ids.slice(0, 300)],
  ])('falls back to unpaired with %s, and says so', (_what, theirs) => {
    const cur = rows(ids, (i) => (i % 5 === 0 ? 0 : 1));
    const c = changesOf(
      cur,
      rows(theirs, (i) => (i % 4 === 0 ? 0 : 1)),
      fp,
      'v1.0.0',
    );
    expect(c.changes.acc?.pairing).toBe('unpaired');
    expect(c.notes).toEqual([
      `acc: unpaired intervals — the examples' ids differ from v1.0.0's (400 here, ${theirs.length} there), so the change could not be matched example by example`,
    ]);
  });
});
