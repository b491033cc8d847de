import { describe, it } from '@jest/globals';
import fc from 'fast-check';
import { checkThresholds } from '../../src/core/gate/index.js';
import type { RelativeBound, Threshold } from '../../src/core/manifest/types.js';

// Any double at all, with the troublesome ones made likely.
const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, Number.MIN_VALUE, Number.MAX_VALUE),
  fc.integer({ min: -5, max: 5 }),
);
const names = fc.constantFrom('a', 'b.c', 'constructor', '__proto__', 'x|y', 'missing');
const relative: fc.Arbitrary<RelativeBound> = fc.record({
  kind: fc.constantFrom('absolute' as const, 'percent' as const),
  value: anyNumber,
});
const threshold: fc.Arbitrary<Threshold> = fc.record(
  {
    metric: names,
    min: anyNumber,
    max: anyNumber,
    maxDrop: relative,
    maxRise: relative,
    level: fc.constantFrom('error' as const, 'warn' as const),
  },
  { requiredKeys: ['metric', 'level'] },
);
const metrics = fc.dictionary(names, anyNumber, { noNullPrototype: false });

describe('the gate, for any numbers and thresholds', () => {
  it('never throws, makes one check per bound, and passes exactly when every error-level check does', () => {
    fc.assert(
      fc.property(
        fc.array(threshold, { maxLength: 8 }),
        metrics,
        fc.option(metrics, { nil: null }),
        fc.dictionary(names, fc.string()),
        (thresholds, current, baseline, nonNumeric) => {
          const r = checkThresholds({ thresholds, metrics: current, baseline, nonNumeric });
          const bounds = thresholds.reduce(
            (n, th) =>
              n + [th.min, th.max, th.maxDrop, th.maxRise].filter((b) => b !== undefined).length,
            0,
          );
          // Booleans, not expect(): this runs 2000 times and fast-check reports the counterexample.
          return (
            r.checks.length === bounds &&
            r.passed === r.checks.filter((c) => c.level === 'error').every((c) => c.passed) &&
            r.checks.every(
              (c) =>
                // A value that cannot be judged never passes; a failure always says why.
                (c.actual === null ? c.passed === false : Number.isFinite(c.actual)) &&
                (c.passed || typeof c.reason === 'string') &&
                typeof JSON.stringify(c) === 'string',
            )
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('absolute bounds agree with plain comparison on finite values', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (value, bound) => {
          const r = checkThresholds({
            thresholds: [{ metric: 'm', min: bound, max: bound, level: 'error' }],
            metrics: { m: value },
            baseline: null,
          });
          const [min, max] = r.checks.map((c) => c.passed);
          return r.checks.length === 2 && min === value >= bound && max === value <= bound;
        },
      ),
    );
  });

  it('relative checks with no baseline pass whenever the value itself is finite', () => {
    fc.assert(
      fc.property(
        relative,
        relative,
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (d, u, v) => {
          const r = checkThresholds({
            thresholds: [{ metric: 'm', maxDrop: d, maxRise: u, level: 'error' }],
            metrics: { m: v },
            baseline: null,
          });
          return r.passed && r.checks.every((c) => c.reason === 'no baseline');
        },
      ),
    );
  });
});
