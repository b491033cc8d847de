import { describe, expect, test } from '@jest/globals';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import {
  excludesZero,
  meanInterval,
  pairedChange,
  seedFrom,
  unpairedChange,
} from '../../src/core/noise/bootstrap.js';

/** Synthetic per-example data of known distribution, from a seeded generator of its own. */
function generator(seed: number) {
  const rng = xoroshiro128plus(seed);
  const uniform = () => (rng.next() >>> 0) / 4294967296;
  return {
    uniform,
    /**
     * Two versions scored on the same n examples, as two checkpoints of one model are: each
     * example has a difficulty p (easy 0.97, hard 0.4); the baseline gets it right with
     * probability p; the current version gives the same answer on 90% of the examples and
     * answers the other 10% afresh with probability p − 10·drop, so its mean is lower by
     * `drop` and its scores are strongly correlated with the baseline's.
     */
    pairedCorrect(n: number, drop: number) {
      const baseline = new Float64Array(n);
      const current = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const p = uniform() < 0.7 ? 0.97 : 0.4;
        baseline[i] = uniform() < p ? 1 : 0;
        current[i] = uniform() < 0.9 ? (baseline[i] as number) : uniform() < p - 10 * drop ? 1 : 0;
      }
      return { baseline, current };
    },
  };
}

const TRUE_MEAN = 0.7 * 0.97 + 0.3 * 0.4;

describe('meanInterval', () => {
  test('the same seed gives the same interval; another seed a slightly different one', () => {
    const { baseline } = generator(1).pairedCorrect(500, 0);
    const a = meanInterval(baseline, { seed: seedFrom('ab'.repeat(32)) });
    const b = meanInterval(baseline, { seed: seedFrom('ab'.repeat(32)) });
    const c = meanInterval(baseline, { seed: seedFrom('cd'.repeat(32)) });
    expect(a).toEqual(b);
    expect(c.ci).not.toEqual(a.ci);
    expect(a.ci[0]).toBeLessThan(a.value);
    expect(a.ci[1]).toBeGreaterThan(a.value);
  });

  test.each([[new Float64Array([]), /no values/]])('refuses an empty sample', (values, message) => {
    expect(() => meanInterval(values, { seed: [1, 2, 3, 4] })).toThrow(message);
  });

  test('refuses fewer than 1,000 resamples', () => {
    expect(() =>
      meanInterval(new Float64Array([1, 0]), { seed: [1, 2, 3, 4], resamples: 999 }),
    ).toThrow(/≥ 1000/);
  });

  test('a constant sample has a zero-width interval at its value', () => {
    const r = meanInterval(new Float64Array(100).fill(0.25), { seed: [1, 2, 3, 4] });
    expect(r).toEqual({ value: 0.25, n: 100, ci: [0.25, 0.25] });
  });

  test('covers the true mean at about the nominal 95% rate (300 seeded trials)', () => {
    const g = generator(7);
    let covered = 0;
    const trials = 300;
    for (let t = 0; t < trials; t++) {
      const { baseline } = g.pairedCorrect(400, 0);
      const r = meanInterval(baseline, { seed: [t + 1, 2, 3, 4], resamples: 1000 });
      if (r.ci[0] <= TRUE_MEAN && TRUE_MEAN <= r.ci[1]) covered++;
    }
    const rate = covered / trials;
    // Binomial spread of the rate over 300 trials is about ±1.3 points at 95%.
    expect(rate).toBeGreaterThanOrEqual(0.91);
    expect(rate).toBeLessThanOrEqual(0.99);
  });
});

describe('pairedChange and unpairedChange', () => {
  test('identical models: no significant drop in ≥ 94% of 200 seeded trials', () => {
    const g = generator(11);
    let significantDrops = 0;
    for (let t = 0; t < 200; t++) {
      const { baseline, current } = g.pairedCorrect(1000, 0);
      const change = pairedChange(current, baseline, { seed: [t + 1, 5, 6, 7], resamples: 1000 });
      if (change.ci[1] < 0) significantDrops++;
    }
    expect(200 - significantDrops).toBeGreaterThanOrEqual(188);
  });

  test('a true 3-point drop on 2,000 examples is significant in ≥ 95% of 100 seeded trials', () => {
    const g = generator(13);
    let detected = 0;
    for (let t = 0; t < 100; t++) {
      const { baseline, current } = g.pairedCorrect(2000, 0.03);
      const change = pairedChange(current, baseline, { seed: [t + 1, 8, 9, 10], resamples: 1000 });
      if (excludesZero(change) && change.value < 0) detected++;
    }
    expect(detected).toBeGreaterThanOrEqual(95);
  });

  test('the paired interval covers the true difference at about the nominal rate', () => {
    const g = generator(17);
    let covered = 0;
    const trials = 200;
    for (let t = 0; t < trials; t++) {
      const { baseline, current } = g.pairedCorrect(1000, 0.03);
      const c = pairedChange(current, baseline, { seed: [t + 1, 1, 1, 1], resamples: 1000 });
      if (c.ci[0] <= -0.03 && -0.03 <= c.ci[1]) covered++;
    }
    expect(covered / trials).toBeGreaterThanOrEqual(0.9);
    expect(covered / trials).toBeLessThanOrEqual(0.99);
  });

  test('paired is tighter than unpaired on correlated data', () => {
    const { baseline, current } = generator(19).pairedCorrect(2000, 0.01);
    const opts = { seed: [3, 1, 4, 1], resamples: 2000 };
    const paired = pairedChange(current, baseline, opts);
    const unpaired = unpairedChange(current, baseline, opts);
    expect(paired.pairing).toBe('paired');
    expect(unpaired.pairing).toBe('unpaired');
    expect(paired.value).toBeCloseTo(unpaired.value, 12);
    const width = (c: { ci: readonly [number, number] }) => c.ci[1] - c.ci[0];
    expect(width(paired)).toBeLessThan(0.75 * width(unpaired));
  });

  test('paired values must be aligned', () => {
    expect(() =>
      pairedChange(new Float64Array(3), new Float64Array(2), { seed: [1, 2, 3, 4] }),
    ).toThrow(/one baseline value per example/);
  });
});

describe('seedFrom', () => {
  test.each([
    [
      'sha256:' + '0123456789abcdef'.repeat(4),
      [0x01234567, 0x89abcdef | 0, 0x01234567, 0x89abcdef | 0],
    ],
    ['00'.repeat(32), [0x9e3779b9, 1, 2, 3]],
  ])('%s', (hex, words) => {
    expect(seedFrom(hex)).toEqual(words);
  });
});
