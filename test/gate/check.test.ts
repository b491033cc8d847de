import { describe, expect, it } from '@jest/globals';
import { checkThresholds } from '../../src/core/gate/index.js';
import type { Threshold } from '../../src/core/manifest/types.js';

const t = (
  metric: string,
  rest: Omit<Threshold, 'metric' | 'level'> & { level?: 'error' | 'warn' },
) => ({ metric, level: 'error', ...rest }) as Threshold;

describe('absolute bounds', () => {
  it('passes values inside min/max (bounds inclusive) and fails outside with a reason', () => {
    const r = checkThresholds({
      thresholds: [t('acc', { min: 0.9 }), t('lat', { max: 50 }), t('edge', { min: 1, max: 1 })],
      metrics: { acc: 0.85, lat: 40, edge: 1 },
      baseline: null,
    });
    expect(r.passed).toBe(false);
    expect(r.checks.map((c) => [c.metric, c.rule, c.passed, c.reason])).toEqual([
      ['acc', 'min', false, '0.85 is below the minimum 0.9'],
      ['lat', 'max', true, null],
      ['edge', 'min', true, null],
      ['edge', 'max', true, null],
    ]);
  });

  it('shows full precision when rounding would make the numbers look equal', () => {
    const r = checkThresholds({
      thresholds: [t('x', { min: 0.3 })],
      metrics: { x: 0.7 - 0.4 },
      baseline: null,
    });
    expect(r.checks[0]?.reason).toBe('0.29999999999999993 is below the minimum 0.3');
  });
});

describe('unusable values fail every check of the metric, with a reason', () => {
  it.each([
    ['missing', {}, {}, 'missing from the eval output'],
    ['NaN', { m: NaN }, {}, 'not a finite number (NaN)'],
    ['Infinity', { m: Infinity }, {}, 'not a finite number (Infinity)'],
    ['-Infinity', { m: -Infinity }, {}, 'not a finite number (-Infinity)'],
    ['a string', {}, { m: 'a string ("high")' }, 'not a number: a string ("high")'],
  ])('%s', (_name, metrics, nonNumeric, reason) => {
    const r = checkThresholds({
      thresholds: [t('m', { min: 0, maxDrop: { kind: 'absolute', value: 1 } })],
      metrics,
      nonNumeric,
      baseline: null,
    });
    expect(r.passed).toBe(false);
    expect(r.checks).toHaveLength(2);
    for (const c of r.checks) {
      expect(c).toMatchObject({ passed: false, actual: null, reason });
    }
  });

  it('does not mistake inherited object keys for metrics', () => {
    const r = checkThresholds({
      thresholds: [t('constructor', { min: 0 }), t('toString', { max: 1 })],
      metrics: {},
      baseline: {},
    });
    expect(r.checks.every((c) => !c.passed && c.reason === 'missing from the eval output')).toBe(
      true,
    );
  });
});

describe('relative bounds', () => {
  const drop = (value: number, kind: 'absolute' | 'percent' = 'absolute') =>
    t('m', { maxDrop: { kind, value } });
  const rise = (value: number, kind: 'absolute' | 'percent' = 'absolute') =>
    t('m', { maxRise: { kind, value } });

  it('pass with the reason "no baseline" when there is none', () => {
    const r = checkThresholds({
      thresholds: [drop(0.01), rise(5, 'percent')],
      metrics: { m: 0 },
      baseline: null,
    });
    expect(r.passed).toBe(true);
    expect(r.checks.map((c) => [c.passed, c.reason, c.baseline])).toEqual([
      [true, 'no baseline', null],
      [true, 'no baseline', null],
    ]);
  });

  it('pass when the baseline did not record the metric', () => {
    const r = checkThresholds({
      thresholds: [drop(0.01)],
      metrics: { m: 0 },
      baseline: { other: 1 },
    });
    expect(r.checks[0]).toMatchObject({
      passed: true,
      reason: 'no baseline value for this metric',
    });
  });

  it('absolute: a drop of exactly the bound passes despite binary rounding; more fails', () => {
    const ok = checkThresholds({
      thresholds: [drop(0.01)],
      metrics: { m: 0.92 },
      baseline: { m: 0.93 },
    });
    expect(ok.checks[0]).toMatchObject({ passed: true, baseline: 0.93, actual: 0.92, bound: 0.01 });
    const bad = checkThresholds({
      thresholds: [drop(0.01)],
      metrics: { m: 0.915 },
      baseline: { m: 0.93 },
    });
    expect(bad.checks[0]).toMatchObject({
      passed: false,
      reason: 'dropped 0.015 from the baseline 0.93, more than the allowed 0.01',
    });
  });

  it('percent is relative to the baseline value', () => {
    const r = checkThresholds({
      thresholds: [rise(10, 'percent')],
      metrics: { m: 55 },
      baseline: { m: 50 },
    });
    expect(r.checks[0]).toMatchObject({ passed: true, bound: '10%' });
    const bad = checkThresholds({
      thresholds: [rise(10, 'percent')],
      metrics: { m: 55.5 },
      baseline: { m: 50 },
    });
    expect(bad.checks[0]?.reason).toBe(
      'rose 5.5 from the baseline 50, more than the allowed 10% (5)',
    );
  });

  it('percent of a negative baseline uses its magnitude', () => {
    const r = checkThresholds({
      thresholds: [drop(10, 'percent')],
      metrics: { m: -2.1 },
      baseline: { m: -2 },
    });
    expect(r.checks[0]?.passed).toBe(true);
    const bad = checkThresholds({
      thresholds: [drop(10, 'percent')],
      metrics: { m: -2.3 },
      baseline: { m: -2 },
    });
    expect(bad.checks[0]?.passed).toBe(false);
  });

  it('a rise never fails max_drop and a drop never fails max_rise', () => {
    const r = checkThresholds({
      thresholds: [
        t('m', {
          maxDrop: { kind: 'absolute', value: 0 },
          maxRise: { kind: 'absolute', value: 0 },
        }),
      ],
      metrics: { m: 1 },
      baseline: { m: 1 },
    });
    expect(r.checks.map((c) => c.passed)).toEqual([true, true]);
  });
});

describe('levels', () => {
  it('a failing warn check is listed but does not block', () => {
    const r = checkThresholds({
      thresholds: [t('a', { min: 0.9 }), t('b', { min: 0.5, level: 'warn' })],
      metrics: { a: 0.95, b: 0.1 },
      baseline: null,
    });
    expect(r.passed).toBe(true);
    expect(r.checks[1]).toMatchObject({ metric: 'b', level: 'warn', passed: false });
  });
});

describe('a missing metric names the closest the output had (issue 13.10)', () => {
  it.each([
    [
      'acc',
      { 'acc.test': 0.9, loss: 0.1 },
      {},
      'missing from the eval output (did you mean `acc.test`?)',
    ],
    [
      'acc',
      { 'acc.test': 0.9, 'acc.train': 0.95, 'val.acc': 0.8, f1: 1 },
      {},
      'missing from the eval output (did you mean `acc.test`, `acc.train` or `val.acc`?)',
    ],
    ['accuracy', { accuarcy: 0.9 }, {}, 'missing from the eval output (did you mean `accuarcy`?)'],
    ['F1', { f1: 0.9 }, {}, 'missing from the eval output (did you mean `f1`?)'],
    ['eval.f1', { f1: 0.9 }, {}, 'missing from the eval output (did you mean `f1`?)'],
    [
      'latency_ms',
      {},
      { latency_s: 'a string ("fast")' },
      'missing from the eval output (did you mean `latency_s`?)',
    ],
    ['accuracy', { loss: 0.1, throughput: 3 }, {}, 'missing from the eval output'],
    // Short names are within the edit limit of any other short name: one sharing no letter in
    // place with the missing name is no suggestion (trial: `f1` missing, `n` written).
    ['f1', { accuracy: 1, n: 51, 'loss.test': 0 }, {}, 'missing from the eval output'],
    ['r2', { n: 51, mae: 0.3 }, {}, 'missing from the eval output'],
    ['n', { f1: 0.9, r2: 0.5 }, {}, 'missing from the eval output'],
    ['f1', { n: 51, f2: 0.8 }, {}, 'missing from the eval output (did you mean `f2`?)'],
    ['mae', { mse: 0.1, n: 3 }, {}, 'missing from the eval output (did you mean `mse`?)'],
  ])('%s among %j', (metric, metrics, nonNumeric, reason) => {
    const r = checkThresholds({
      thresholds: [t(metric, { min: 0.5 })],
      metrics,
      nonNumeric,
      baseline: null,
    });
    expect(r.checks).toEqual([expect.objectContaining({ passed: false, actual: null, reason })]);
  });
});

describe('numbers in reasons are exact (issue 13.5)', () => {
  it('quotes a large integer baseline and the change exactly', () => {
    const r = checkThresholds({
      thresholds: [t('model_bytes', { maxRise: { kind: 'absolute', value: 1000 } })],
      metrics: { model_bytes: 12345678909999 },
      baseline: { model_bytes: 12345678901234 },
    });
    expect(r.checks[0]?.reason).toBe(
      'rose 8765 from the baseline 12345678901234, more than the allowed 1000',
    );
  });

  it.each([
    [{ min: 12345678901235 }, 12345678901234, '12345678901234 is below the minimum 12345678901235'],
    [{ max: 2 ** 53 - 1 }, 2 ** 53, '9007199254740992 is above the maximum 9007199254740991'],
    [{ min: 0.30000000000000004 }, 0.3, '0.3 is below the minimum 0.30000000000000004'],
  ])('%j on %p', (bounds, value, reason) => {
    const r = checkThresholds({
      thresholds: [t('x', bounds)],
      metrics: { x: value },
      baseline: null,
    });
    expect(r.checks[0]?.reason).toBe(reason);
  });
});
