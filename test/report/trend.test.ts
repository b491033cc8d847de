import { describe, expect, it } from '@jest/globals';
import type { Check } from '../../src/core/gate/types.js';
import { renderMarkdownReport } from '../../src/core/report/markdown.js';
import {
  mermaidLabel,
  mermaidNumber,
  renderTrend,
  trendChart,
  trendOf,
  type TrendSource,
} from '../../src/core/report/trend.js';
import type { ReportInput } from '../../src/core/report/types.js';

const check = (metric: string): Check => ({
  metric,
  rule: 'min',
  bound: 0,
  baseline: null,
  actual: 1,
  passed: true,
  level: 'error',
  reason: null,
});

/** Versions as readRegistry lists them: highest first. */
const versions = (n: number, metric = 'acc'): TrendSource[] =>
  Array.from({ length: n }, (_, i) => ({
    version: `1.${n - 1 - i}.0`,
    summary: { metrics: { [metric]: 0.8 + (n - 1 - i) / 100 } },
  }));

describe('trendOf', () => {
  it('takes the newest 10 versions with a record, oldest first, and the thresholded metrics once each', () => {
    const list: TrendSource[] = [
      { version: '9.0.0', lightweight: true, summary: null },
      { version: '8.0.0', deregistered: true, summary: { metrics: { acc: 0 } } },
      { version: '7.0.0', summary: null },
      ...versions(12),
    ];
    const t = trendOf(list, [check('acc'), check('acc'), check('f1')], { acc: 0.95 });
    expect(t.points.map((p) => p.version)).toEqual([
      '1.2.0',
      '1.3.0',
      '1.4.0',
      '1.5.0',
      '1.6.0',
      '1.7.0',
      '1.8.0',
      '1.9.0',
      '1.10.0',
      '1.11.0',
    ]);
    expect(t.metrics).toEqual(['acc', 'f1']);
  });
});

describe('trendChart', () => {
  it('draws one point per version that has the metric, then this run', () => {
    const t = trendOf(
      [
        { version: '1.1.0', summary: { metrics: { acc: 0.92 } } },
        { version: '1.0.0', summary: { metrics: {} } },
        { version: '0.9.0', summary: { metrics: { acc: 0.9 } } },
      ],
      [check('acc')],
      { acc: 0.91 },
    );
    expect(trendChart(t, 'acc')).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "acc"',
        '  x-axis ["v0.9.0", "v1.1.0", "this"]',
        '  y-axis "acc" 0.898 --> 0.922',
        '  line [0.9, 0.92, 0.91]',
        '```',
      ].join('\n'),
    );
    expect(trendChart(t, 'missing')).toBeNull();
  });

  it.each([
    // [hostile name, what must not survive]
    ['acc"]\n  line [1]\n```\n<script>', /["\n`<>\]]/],
    ['a;b%%comment', /[;%]/],
    ['x#quot;y', /#/],
    ['ünïcödé\u202e', /[^\x20-\x7e]/],
    ['a'.repeat(300), /a{61}/],
  ])('a hostile metric name %j cannot break out of the label', (name, bad) => {
    const label = mermaidLabel(name);
    expect(label).not.toMatch(bad);
    const chart = trendChart(
      {
        points: [{ version: '1.0.0-rc.1+"x"\n', metrics: { [name]: 1 } }],
        metrics: [name],
        current: { [name]: 2 },
      },
      name,
    ) as string;
    const lines = chart.split('\n');
    // Exactly the seven lines of one chart; every quoted string is closed on its line.
    expect(lines).toHaveLength(7);
    expect(lines.filter((l) => l.startsWith('```'))).toEqual(['```mermaid', '```']);
    for (const l of lines.slice(2, 5)) expect((l.match(/"/g) ?? []).length % 2).toBe(0);
    expect(lines[3]).toBe('  x-axis ["v1.0.0-rc.1+_x__", "this"]');
  });

  it.each([
    [0.1 + 0.2, '0.3'],
    [1e-7, '0.0000001'],
    [-0, '0'],
    [123456789.123, '123456789.1'],
    [1e21, null],
    [NaN, null],
    [Infinity, null],
  ])('writes %p as %p', (v, text) => {
    expect(mermaidNumber(v)).toBe(text);
  });
});

describe('the trend in the Markdown report', () => {
  const input = (metrics: number, trendMetrics = 1): ReportInput => {
    const names = Array.from({ length: metrics }, (_, i) => `metric_${i}`);
    const current = Object.fromEntries(names.map((n) => [n, 0.9]));
    const list = versions(10).map((v) => ({
      ...v,
      summary: { metrics: { ...current, metric_0: v.summary!.metrics.acc! } },
    }));
    const checks = names.slice(0, trendMetrics).map(check);
    return {
      model: 'demo',
      passed: true,
      baseline: { version: '1.9.0', tag: 'demo@v1.9.0' },
      baselineMetrics: current,
      metrics: current,
      checks,
      changed: { components: [], data: [] },
      reused: false,
      reusedFrom: null,
      trend: trendOf(list, checks, current),
    };
  };

  it('follows the table with one chart per thresholded metric', () => {
    const md = renderMarkdownReport(input(3, 2));
    expect(md).toContain('**Trend** (the last 10 recorded versions and this run)');
    expect(md.match(/```mermaid/g)).toHaveLength(2);
    expect(md.indexOf('**Trend**')).toBeGreaterThan(md.indexOf('| `metric_2` |'));
  });

  it('is dropped first when the comment is over budget: the table is never cut for it', () => {
    const full = renderMarkdownReport(input(40, 2));
    const chart = full.slice(full.indexOf('\n**Trend**'), full.indexOf('\n**Changed'));
    expect(chart.length).toBeGreaterThan(450);
    // Room for the whole table (which keeps 320 characters spare) but not one chart: the charts
    // goes, every row stays.
    const tight = renderMarkdownReport(input(40, 2), {
      maxLength: full.length - chart.length + 321,
    });
    expect(tight).toBe(full.replace(chart, ''));
    // Room for one of the two charts: the last goes first.
    const one = renderMarkdownReport(input(40, 2), { maxLength: full.length - 100 });
    expect(one.match(/```mermaid/g)).toHaveLength(1);
    expect(one).toContain('title "metric_0"');
    expect(one.length).toBeLessThanOrEqual(full.length - 100);
    // With the table cut, no chart either.
    const cut = renderMarkdownReport(input(400, 1), { maxLength: 6000 });
    expect(cut).toContain('more metrics not shown');
    expect(cut).not.toContain('```mermaid');
    expect(cut.length).toBeLessThanOrEqual(6000);
  });

  it('keeps as many charts as fit and stays within 65,536 characters with 2,000 metrics', () => {
    const md = renderMarkdownReport(input(2000, 30));
    expect(md.length).toBeLessThanOrEqual(65_536);
    const few = renderTrend(input(3, 3).trend!, 700);
    expect(few.match(/```mermaid/g)?.length).toBeLessThan(3);
    expect(few.length).toBeLessThanOrEqual(700);
    expect(renderTrend(input(3, 3).trend!, 50)).toBe('');
  });
});
