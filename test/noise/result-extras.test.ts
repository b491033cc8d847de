import { describe, expect, it } from '@jest/globals';
import { validateResult } from '../../src/action/result-artifact.js';
import { renderMarkdownReport } from '../../src/core/report/markdown.js';

/** The untrusted result of the split workflow's unprivileged job (action/result-artifact.ts). */
const doc = (extra: Record<string, unknown>) => ({
  kind: 'lepton-result',
  schema: 1,
  model: 'demo',
  headSha: 'a'.repeat(40),
  pullRequest: 7,
  passed: true,
  report: '',
  reportInput: {
    model: 'demo',
    passed: true,
    baseline: { version: '1.0.0', tag: 'demo@v1.0.0' },
    baselineMetrics: { acc: 0.9 },
    metrics: { acc: 0.892 },
    checks: [
      {
        metric: 'acc',
        rule: 'max_drop',
        bound: 0.005,
        baseline: 0.9,
        actual: 0.892,
        passed: false,
        level: 'warn',
        reason: 'within noise: −0.8 pt, 95% CI −2.6 … +0.8 (paired, n = 1000); dropped',
      },
    ],
    changed: { components: [], data: [] },
    reused: false,
    reusedFrom: null,
    ...extra,
  },
});

const extras = {
  intervals: { acc: { value: 0.892, ci: [0.872, 0.911], n: 1000 } },
  changeIntervals: { acc: { value: -0.008, ci: [-0.026, 0.008], n: 1000, pairing: 'paired' } },
  trend: {
    points: [{ version: '1.0.0', metrics: { acc: 0.9 } }],
    metrics: ['acc'],
    current: { acc: 0.892 },
  },
};

describe('the comment job keeps the intervals and the trend of a valid result', () => {
  it('re-renders them in the comment', () => {
    const r = validateResult(doc(extras), 'lepton-result-demo');
    const md = renderMarkdownReport(r.reportInput);
    expect(md).toContain(
      '| 0.892 [0.872 … 0.911] | -0.008 (-0.889%) [95% CI -0.026 … +0.008, paired] |',
    );
    expect(md).toContain('  x-axis ["v1.0.0", "this"]');
  });

  it('a result without them is as before', () => {
    const r = validateResult(doc({}), 'lepton-result-demo');
    expect(r.reportInput).not.toHaveProperty('trend');
    expect(r.reportInput).not.toHaveProperty('intervals');
  });

  it.each([
    [
      'a string for a bound',
      { intervals: { acc: { value: 1, ci: ['x', 1], n: 3 } } },
      'reportInput.intervals.acc.ci[0]',
    ],
    [
      'a pairing it does not know',
      { changeIntervals: { acc: { value: 1, ci: [0, 1], n: 3, pairing: 'guessed' } } },
      'reportInput.changeIntervals.acc.pairing',
    ],
    [
      'a version that is no version',
      { trend: { ...extras.trend, points: [{ version: '1.0.0"\n```', metrics: {} }] } },
      'reportInput.trend.points[0]',
    ],
    [
      'more points than a trend has',
      { trend: { ...extras.trend, points: Array(11).fill(extras.trend.points[0]) } },
      'reportInput.trend',
    ],
    [
      'a non-number in the trend',
      { trend: { ...extras.trend, current: { acc: '0.9' } } },
      'reportInput.trend.current.acc',
    ],
  ])('refuses %s', (_what, extra, path) => {
    expect(() => validateResult(doc(extra), 'lepton-result-demo')).toThrow(
      `artifact lepton-result-demo is not a valid Lepton result: ${path}`,
    );
  });
});
