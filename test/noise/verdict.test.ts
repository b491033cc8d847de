import { describe, expect, test } from '@jest/globals';
import type { Check } from '../../src/core/gate/types.js';
import {
  excludesZero,
  pairedChange,
  seedFrom,
  unpairedChange,
  type ChangeInterval,
} from '../../src/core/noise/bootstrap.js';
import {
  allowedChange,
  applyNoise,
  describeChange,
  detectableChange,
  samplesFell,
  type NoisyCheck,
} from '../../src/core/noise/verdict.js';

const check = (over: Partial<Check>): Check => ({
  metric: 'correct',
  rule: 'max_drop',
  bound: 0.005,
  baseline: 0.9,
  actual: 0.892,
  passed: false,
  level: 'error',
  reason: 'dropped 0.008 from the baseline 0.9, more than the allowed 0.005',
  ...over,
});
const change = (
  value: number,
  lo: number,
  hi: number,
  pairing: 'paired' | 'unpaired' = 'paired',
): ChangeInterval => ({
  value,
  ci: [lo, hi],
  n: 1000,
  pairing,
});

describe('applyNoise', () => {
  test.each([
    // [what, check, change, noise: warn?, expected level, passed, gate passed, reason starts]
    [
      'a drop within noise warns',
      {},
      change(-0.008, -0.019, 0.003),
      true,
      'warn',
      false,
      true,
      'within noise: −0.8 pt, 95% CI −1.9 … +0.3 (paired, n = 1000)',
    ],
    [
      'a significant drop fails as before',
      {},
      change(-0.008, -0.012, -0.004),
      true,
      'error',
      false,
      false,
      'dropped',
    ],
    [
      'without noise: warn a drop within noise still fails',
      {},
      change(-0.008, -0.019, 0.003),
      false,
      'error',
      false,
      false,
      'dropped',
    ],
    [
      'an absolute rule is never softened',
      { rule: 'min' as const, bound: 0.895, reason: 'below' },
      change(-0.008, -0.019, 0.003),
      true,
      'error',
      false,
      false,
      'below',
    ],
    [
      'a passing check stays as it is',
      { passed: true, reason: null, actual: 0.899 },
      change(-0.001, -0.01, 0.008),
      true,
      'error',
      true,
      true,
      null,
    ],
    [
      'a rise within noise on a loss (not a proportion) in its own units',
      {
        rule: 'max_rise' as const,
        metric: 'correct',
        baseline: 1.5,
        actual: 1.62,
        bound: '5%',
        reason: 'rose',
      },
      change(0.12, -0.05, 0.29, 'unpaired'),
      true,
      'warn',
      false,
      true,
      'within noise: +0.12, 95% CI −0.05 … +0.29 (unpaired, n = 1000)',
    ],
  ])('%s', (_what, over, ch, noisy, level, passed, gatePassed, reason) => {
    const gate = { checks: [check(over)], passed: false };
    const out = applyNoise(gate, { correct: ch }, new Set(noisy ? ['correct'] : []));
    const c = out.checks[0];
    expect(c?.level).toBe(level);
    expect(c?.passed).toBe(passed);
    expect(c?.change).toEqual(ch);
    expect(out.passed).toBe(gatePassed);
    if (reason === null) expect(c?.reason).toBeNull();
    else expect(c?.reason?.startsWith(reason)).toBe(true);
  });

  test('a metric with no interval is left alone', () => {
    const gate = { checks: [check({ metric: 'f1' })], passed: false };
    const out = applyNoise(gate, { correct: change(0, -1, 1) }, new Set(['f1', 'correct']));
    expect(out.checks[0]).toEqual(check({ metric: 'f1' }));
    expect(out.passed).toBe(false);
  });

  test('a metric named like an Object prototype key is not an interval', () => {
    const gate = { checks: [check({ metric: 'constructor' })], passed: false };
    const out = applyNoise(gate, {}, new Set(['constructor']));
    expect(out.checks[0]).not.toHaveProperty('change');
  });
});

test('describeChange rounds to two significant digits with a real minus sign', () => {
  expect(describeChange(change(-0.0123, -0.02, -0.0051), { actual: 0.5, baseline: 0.51 })).toBe(
    '−1.2 pt, 95% CI −2 … −0.51 (paired, n = 1000)',
  );
});

/** A relative break judged with noise: warn; what the gate made of it. */
function judge(
  ch: ChangeInterval,
  over: Partial<Check> = {},
  options: Parameters<typeof applyNoise>[3] = {},
): { c: NoisyCheck; passed: boolean } {
  const gate = { checks: [check(over)], passed: false };
  const out = applyNoise(gate, { correct: ch }, new Set(['correct']), options);
  return { c: out.checks[0] as NoisyCheck, passed: out.passed };
}

const sized = (
  n: number,
  value: number,
  lo: number,
  hi: number,
  pairing: 'paired' | 'unpaired',
): ChangeInterval => ({ value, ci: [lo, hi], n, pairing });

describe('applyNoise: only a comparison that could have told excuses a break', () => {
  // Every interval below contains 0: the old rule called each of these "within noise".
  test.each([
    // [what, change, check, options, verdict]
    [
      'n = 2 (unpaired against 1000) is too few',
      sized(2, -0.4, -0.9, 0.1, 'unpaired'),
      { bound: 0.01, baseline: 0.897, actual: 0.5 },
      { baselineN: 1000 },
      'few-samples',
    ],
    [
      'n = 3, the trial: −56 pt, CI −91 … +9.7',
      sized(3, -0.564, -0.91, 0.097, 'unpaired'),
      { bound: 0.01, baseline: 0.897, actual: 0.333 },
      { baselineN: 1000 },
      'few-samples',
    ],
    [
      'n = 8 unpaired is too few',
      sized(8, -0.147, -0.4, 0.1, 'unpaired'),
      { bound: 0.01, baseline: 0.897, actual: 0.75 },
      { baselineN: 1000 },
      'few-samples',
    ],
    [
      'n = 8 paired is too few',
      sized(8, -0.125, -0.375, 0, 'paired'),
      { bound: 0.05, baseline: 0.875, actual: 0.75 },
      {},
      'few-samples',
    ],
    [
      'n = 1000 against a baseline of 8 (unpaired): the baseline side is too few',
      sized(1000, -0.1, -0.35, 0.05, 'unpaired'),
      { bound: 0.05, baseline: 0.9, actual: 0.8 },
      { baselineN: 8 },
      'few-samples',
    ],
    [
      'n = 29 paired is one short of the default 30',
      sized(29, -0.069, -0.17, 0, 'paired'),
      { bound: 0.05, baseline: 0.9, actual: 0.831 },
      {},
      'few-samples',
    ],
    [
      'n = 8 with eval.min_samples: 5 and a narrow enough interval',
      sized(8, -0.125, -0.3, 0.05, 'paired'),
      { bound: 0.05, baseline: 0.875, actual: 0.75 },
      { minSamples: 5 },
      'warn',
    ],
    [
      'n = 30 unpaired, an interval 30× the allowed 1 pt: too wide',
      sized(30, -0.097, -0.25, 0.05, 'unpaired'),
      { bound: 0.01, baseline: 0.897, actual: 0.8 },
      { baselineN: 1000 },
      'too-wide',
    ],
    [
      'n = 30 unpaired, an interval 4.6× the allowed 5 pt: within noise',
      sized(30, -0.08, -0.2, 0.03, 'unpaired'),
      { bound: 0.05, baseline: 0.897, actual: 0.817 },
      { baselineN: 1000 },
      'warn',
    ],
    [
      'n = 30 paired, an interval 4.4× the allowed 5 pt: within noise',
      sized(30, -0.067, -0.17, 0.05, 'paired'),
      { bound: 0.05, baseline: 0.9, actual: 0.833 },
      {},
      'warn',
    ],
    [
      'n = 1000 paired, an interval 4.4× the allowed 0.5 pt: within noise',
      sized(1000, -0.008, -0.019, 0.003, 'paired'),
      {},
      {},
      'warn',
    ],
    [
      'n = 1000 unpaired, an interval 50× the allowed 0.1 pt: too wide',
      sized(1000, -0.002, -0.03, 0.02, 'unpaired'),
      { bound: 0.001, baseline: 0.9, actual: 0.898 },
      { baselineN: 1000 },
      'too-wide',
    ],
    [
      'exactly 10× the allowed change is still within noise',
      sized(1000, -0.02, -0.05, 0.05, 'unpaired'),
      { bound: 0.01, baseline: 0.9, actual: 0.88 },
      { baselineN: 1000 },
      'warn',
    ],
    [
      'a percentage bound: 10% of 0.9 allows 0.09, an interval 5.6× that is within noise',
      sized(1000, -0.1, -0.4, 0.1, 'unpaired'),
      { bound: '10%', baseline: 0.9, actual: 0.8 },
      { baselineN: 1000 },
      'warn',
    ],
    [
      'a percentage bound: an interval 11× of 10% of 0.9 is too wide',
      sized(1000, -0.1, -0.9, 0.1, 'unpaired'),
      { bound: '10%', baseline: 0.9, actual: 0.8 },
      { baselineN: 1000 },
      'too-wide',
    ],
    [
      'max_drop: 0 has no size to compare the width with: enough examples excuse it',
      sized(1000, -0.002, -0.03, 0.02, 'paired'),
      { bound: 0, baseline: 0.9, actual: 0.898 },
      {},
      'warn',
    ],
    [
      'a rise in a loss, 30 examples here and 12 in the baseline',
      sized(30, 0.3, -0.1, 0.7, 'unpaired'),
      { rule: 'max_rise' as const, bound: '20%', baseline: 1.5, actual: 1.8 },
      { baselineN: 12 },
      'few-samples',
    ],
    [
      'an unknown baseline count judges the unpaired change on n alone',
      sized(40, -0.05, -0.2, 0.1, 'unpaired'),
      { bound: 0.04, baseline: 0.9, actual: 0.85 },
      { baselineN: null },
      'warn',
    ],
  ])('%s → %s', (_what, ch, over, options, verdict) => {
    expect(excludesZero(ch)).toBe(false);
    const { c, passed } = judge(ch, over, options);
    expect(c.change).toEqual(ch);
    expect(c.passed).toBe(false);
    if (verdict === 'warn') {
      expect(c.level).toBe('warn');
      expect(passed).toBe(true);
      expect(c.noiseRefused).toBeUndefined();
      expect(c.reason).toMatch(/^within noise: /);
    } else {
      expect(c.level).toBe('error');
      expect(passed).toBe(false);
      expect(c.noiseRefused?.kind).toBe(verdict);
      // The point estimate's reason first, then why the noise excuse was refused.
      expect(c.reason).toMatch(/; not excused as noise \(/);
      expect(c.reason).not.toMatch(/^within noise/);
    }
  });

  test('a significant break fails with no refusal to explain', () => {
    const { c, passed } = judge(sized(3, -0.6, -0.9, -0.3, 'unpaired'), {}, { baselineN: 1000 });
    expect(passed).toBe(false);
    expect(c.noiseRefused).toBeUndefined();
    expect(c.reason).toMatch(/^dropped/);
  });

  test('the refusals say why, in the report wording', () => {
    const trial = judge(
      sized(3, -0.564, -0.91, 0.097, 'unpaired'),
      {
        bound: 0.01,
        baseline: 0.897,
        actual: 0.333,
        reason: 'dropped 0.564 from the baseline 0.897, more than the allowed 0.01',
      },
      { baselineN: 1000 },
    ).c;
    expect(trial.reason).toBe(
      'dropped 0.564 from the baseline 0.897, more than the allowed 0.01; not excused as noise ' +
        '(−56 pt, 95% CI −91 … +9.7 (unpaired, n = 3)): 3 examples here and 1000 in the baseline, ' +
        'fewer than the 30 each side needs (eval.min_samples) — too few examples to tell a real ' +
        'drop from noise',
    );
    const paired = judge(sized(12, -0.1, -0.3, 0.05, 'paired'), { bound: 0.05 }).c;
    expect(paired.reason).toMatch(/: 12 matched examples, fewer than the 30 each side needs/);
    const wide = judge(
      sized(30, -0.097, -0.25, 0.05, 'unpaired'),
      { bound: 0.01, baseline: 0.897, actual: 0.8 },
      { baselineN: 1000 },
    ).c;
    expect(wide.noiseRefused).toMatchObject({ kind: 'too-wide', allowed: 0.01, multiple: 10 });
    expect(wide.reason).toMatch(
      /: the interval is 30× as wide as the allowed drop of 1 pt \(at most 10×\) — too few or too noisy examples to see a drop of that size \(80% power only from 21 pt\)$/,
    );
    const rise = judge(sized(1000, 0.3, -0.2, 0.8, 'unpaired'), {
      rule: 'max_rise',
      bound: 0.05,
      baseline: 1.5,
      actual: 1.8,
    }).c;
    expect(rise.reason).toMatch(/as wide as the allowed rise of 0\.05 \(at most 10×\)/);
  });
});

describe('applyNoise on real bootstrap intervals: a baseline of 1000 examples at 0.897', () => {
  const seed = seedFrom('sha256:' + 'ab'.repeat(32));
  const ones = (n: number, correct: number) =>
    Float64Array.from({ length: n }, (_, i) => (i < correct ? 1 : 0));
  const baseline = ones(1000, 897);

  test.each([
    // [n, correct, pairing, max_drop, verdict] — every interval contains 0
    [2, 1, 'unpaired', 0.01, 'few-samples'],
    [3, 1, 'unpaired', 0.01, 'few-samples'],
    [8, 6, 'unpaired', 0.01, 'few-samples'],
    [30, 25, 'unpaired', 0.01, 'too-wide'],
    [30, 25, 'unpaired', 0.05, 'warn'],
    [1000, 889, 'paired', 0.005, 'warn'],
    [1000, 889, 'paired', 0.001, 'too-wide'],
    [1000, 880, 'unpaired', 0.01, 'warn'],
  ] as const)('n = %i, %i correct, %s, max_drop %d → %s', (n, correct, pairing, bound, verdict) => {
    let ch: ChangeInterval;
    if (pairing === 'paired') {
      // The same 1000 examples, 40 right ones now wrong and 32 wrong ones now right: 889.
      const current = Float64Array.from(baseline, (v, i) => (i < 40 ? 0 : i >= 968 ? 1 : v));
      expect(current.reduce((s, v) => s + v, 0)).toBe(correct);
      ch = pairedChange(current, baseline, { seed });
    } else {
      ch = unpairedChange(ones(n, correct), baseline, { seed });
    }
    expect(excludesZero(ch)).toBe(false);
    const actual = correct / n;
    const { c } = judge(
      ch,
      { bound, baseline: 0.897, actual, reason: `dropped ${0.897 - actual}` },
      { baselineN: 1000 },
    );
    if (verdict === 'warn') expect(c.level).toBe('warn');
    else {
      expect(c.level).toBe('error');
      expect(c.noiseRefused?.kind).toBe(verdict);
    }
  });
});

test('allowedChange: the absolute bound, or the percentage of |baseline|', () => {
  expect(allowedChange({ bound: 0.01, baseline: 0.9 })).toBe(0.01);
  expect(allowedChange({ bound: '10%', baseline: -2 })).toBeCloseTo(0.2, 12);
  expect(allowedChange({ bound: '2.5%', baseline: 0.8 })).toBeCloseTo(0.02, 12);
  expect(allowedChange({ bound: '10%', baseline: null })).toBeNull();
});

test('detectableChange: (z.975 + z.80) · SE, SE read off a 95% interval', () => {
  // SE 1: the 95% interval is ±1.96; 80% power at 5% two-sided needs 1.96 + 0.8416 = 2.80 SE.
  expect(detectableChange({ ci: [-1.959964, 1.959964] })).toBeCloseTo(2.8016, 2);
  expect(detectableChange({ ci: [0, 0] })).toBe(0);
});

test.each([
  [3, 1000, true],
  [499, 1000, true],
  [500, 1000, false],
  [1000, 1000, false],
  [1200, 1000, false],
])('samplesFell(%i, %i) → %s', (n, baselineN, fell) => {
  expect(samplesFell(n, baselineN)).toBe(fell);
});
