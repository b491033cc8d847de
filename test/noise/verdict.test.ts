import { describe, expect, test } from '@jest/globals';
import type { Check } from '../../src/core/gate/types.js';
import type { ChangeInterval } from '../../src/core/noise/bootstrap.js';
import { applyNoise, describeChange } from '../../src/core/noise/verdict.js';

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
