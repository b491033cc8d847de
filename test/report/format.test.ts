import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  formatChange,
  formatNumber,
  formatPercent,
  formatSigned,
  metricDiff,
} from '../../src/core/report/index.js';

describe('formatNumber', () => {
  it.each([
    [0.1 + 0.2, '0.3'],
    [0.931, '0.931'],
    [12, '12'],
    [-0.004, '-0.004'],
    [-0, '0'],
    [1 / 3, '0.3333333333'],
    [123456.7, '123456.7'],
    [1e-7, '1e-7'],
    [1.5e20, '1.5e20'],
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [-Infinity, '-Infinity'],
  ])('%p → %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  it('gives back the number to ten significant digits for any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = formatNumber(n);
        expect(text).toMatch(/^-?\d+(\.\d+)?(e-?\d+)?$/);
        if (n === 0) return expect(text).toBe('0');
        // Compared in log space: near Number.MAX_VALUE the rounded text itself overflows.
        const [mantissa = '', exponent = '0'] = text.split('e');
        expect(Math.sign(Number(mantissa))).toBe(Math.sign(n));
        const digits = Math.log10(Math.abs(Number(mantissa))) + Number(exponent);
        expect(Math.abs(digits - Math.log10(Math.abs(n)))).toBeLessThanOrEqual(1e-9);
      }),
    );
  });
});

describe('changes', () => {
  it('signs and percentages read the same everywhere', () => {
    expect(formatSigned(0.011)).toBe('+0.011');
    expect(formatSigned(0)).toBe('0');
    expect(formatPercent(0.01234)).toBe('+1.23%');
    expect(formatChange(0.92, 0.931)).toBe('+0.011 (+1.2%)');
    expect(formatChange(50, 45)).toBe('-5 (-10%)');
    expect(formatChange(0, 3)).toBe('+3');
    expect(formatChange(null, 3)).toBe('—');
    expect(formatChange(-2, -1)).toBe('+1 (+50%)');
  });
});

describe('metricDiff (the diff --json rows)', () => {
  it('lists every metric of either side with change and relative change over a', () => {
    expect(metricDiff({ acc: 0.9, gone: 1, zero: 0 }, { acc: 0.95, new: 2, zero: 1 })).toEqual([
      // Float noise is dropped at 12 significant digits: 0.05, not 0.04999999999999993.
      { metric: 'acc', a: 0.9, b: 0.95, change: 0.05, relative: 0.0555555555556 },
      { metric: 'gone', a: 1, b: null, change: null, relative: null },
      { metric: 'new', a: null, b: 2, change: null, relative: null },
      { metric: 'zero', a: 0, b: 1, change: 1, relative: null },
    ]);
  });
});

describe('numbers are shown as they are (issue 13.5)', () => {
  it.each([
    // Integers up to 2^53 exactly: byte counts, row counts, seeds.
    [12345678901234, '12345678901234'],
    [12345678909999, '12345678909999'],
    [2 ** 53, '9007199254740992'],
    [-(2 ** 53), '-9007199254740992'],
    [1234567890123, '1234567890123'],
    [100000000000, '100000000000'],
    // Beyond 2^53 a double has no more exact digits: exponent form, no invented zeros.
    [2 ** 60, '1.152921505e18'],
    [1e21, '1e21'],
    // Not integers: ten significant digits, exponent where fixed would invent digits.
    [12345678901.5, '1.23456789e10'],
    [1234567890.5, '1234567891'],
    [0.000001234, '0.000001234'],
    [1.5e-7, '1.5e-7'],
  ])('%p → %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  it('computes a change from the exact values', () => {
    expect(formatChange(12345678901234, 12345678909999)).toBe('+8765 (+7.1e-8%)');
    expect(formatChange(9007199254740000, 9007199254740992)).toBe('+992 (+1.1e-11%)');
    expect(formatSigned(-(2 ** 53))).toBe('-9007199254740992');
  });

  it('keeps an integer change whole in diff --json', () => {
    expect(metricDiff({ model_bytes: 12345678901234 }, { model_bytes: 12345678909999 })).toEqual([
      {
        metric: 'model_bytes',
        a: 12345678901234,
        b: 12345678909999,
        change: 8765,
        relative: 7.0996500639e-10,
      },
    ]);
    expect(metricDiff({ rows: 0 }, { rows: 1234567890123 })[0]?.change).toBe(1234567890123);
  });
});
