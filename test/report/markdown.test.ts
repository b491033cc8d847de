import { describe, expect, it } from '@jest/globals';
import type { Check } from '../../src/core/gate/types.js';
import {
  MARKER_PREFIX,
  renderDiffMarkdown,
  renderMarkdownReport,
  renderTextReport,
  reportMarker,
  metricDiff,
  type ReportInput,
} from '../../src/core/report/index.js';

const check = (c: Partial<Check> & Pick<Check, 'metric' | 'rule' | 'bound'>): Check => ({
  baseline: null,
  actual: null,
  passed: true,
  level: 'error',
  reason: null,
  ...c,
});

const base: ReportInput = {
  model: 'sentiment',
  passed: false,
  baseline: { version: '1.2.0', tag: 'sentiment@v1.2.0' },
  baselineMetrics: { accuracy: 0.92, f1: 0.9, removed: 3 },
  metrics: { accuracy: 0.931, f1: 0.85, latency: 40 },
  checks: [
    check({ metric: 'accuracy', rule: 'min', bound: 0.9, baseline: 0.92, actual: 0.931 }),
    check({
      metric: 'f1',
      rule: 'max_drop',
      bound: 0.01,
      baseline: 0.9,
      actual: 0.85,
      passed: false,
      reason: 'dropped 0.05 from the baseline 0.9, more than the allowed 0.01',
    }),
    check({
      metric: 'latency',
      rule: 'max_rise',
      bound: '10%',
      actual: 40,
      passed: false,
      level: 'warn',
      reason: 'rose 10 from the baseline 30, more than the allowed 10% (3)',
    }),
  ],
  changed: { components: ['classifier'], data: [] },
  reused: false,
  reusedFrom: null,
};

/** Table rows split the way GitHub does: on pipes not escaped with a backslash. */
const cells = (row: string) =>
  row
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
const tableRows = (md: string) => md.split('\n').filter((l) => l.startsWith('|'));

describe('the Markdown report', () => {
  const md = renderMarkdownReport(base);

  it('starts with the hidden marker and a headline naming model, verdict and baseline', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('<!-- lepton:model=sentiment -->');
    expect(lines[1]).toContain('❌ sentiment');
    expect(lines[1]).toContain('1 threshold check failed');
    expect(lines[1]).toContain('1 warning');
    expect(lines[1]).toContain('baseline v1\\.2\\.0');
    expect(md).toContain('Baseline: **v1.2.0** (`sentiment@v1.2.0`)');
  });

  it('has a table metric | baseline (vX.Y.Z) | this | change | threshold | result', () => {
    const rows = tableRows(md).map(cells);
    expect(rows[0]).toEqual([
      'metric',
      'baseline (v1\\.2\\.0)',
      'this',
      'change',
      'threshold',
      'result',
    ]);
    expect(rows.slice(2)).toEqual([
      ['`accuracy`', '0.92', '0.931', '+0.011 (+1.2%)', '≥ 0\\.9', '✅ pass'],
      ['`f1`', '0.9', '0.85', '-0.05 (-5.56%)', 'drop ≤ 0\\.01', '❌ fail'],
      ['`latency`', '—', '40', '—', 'rise ≤ 10\\% \\(warn\\)', '⚠️ warn'],
      ['`removed`', '3', '—', '—', '', ''],
    ]);
  });

  it('lists failures apart from warnings, and what changed', () => {
    const failures = md.indexOf('**Failures**');
    const warnings = md.indexOf('**Warnings (do not block)**');
    expect(failures).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(failures);
    expect(md.slice(failures, warnings)).toContain('`f1`');
    expect(md.slice(failures, warnings)).not.toContain('`latency`');
    expect(md.slice(warnings)).toContain('`latency`');
    expect(md).toContain('**Changed since v1.2.0:** components `classifier`');
  });

  it('says when metrics were reused, and from where', () => {
    const reused = renderMarkdownReport({ ...base, reused: true, reusedFrom: base.baseline });
    expect(reused).toContain('Metrics reused from v1.2.0');
    const cached = renderMarkdownReport({ ...base, reused: true, reusedFrom: null });
    expect(cached).toContain('Metrics reused from the eval cache');
    expect(md).not.toContain('reused');
  });

  it('without a baseline says so and marks relative checks that passed for lack of one', () => {
    const r = renderMarkdownReport({
      ...base,
      passed: true,
      baseline: null,
      baselineMetrics: null,
      metrics: { f1: 0.8 },
      checks: [
        check({ metric: 'f1', rule: 'max_drop', bound: 0.01, actual: 0.8, reason: 'no baseline' }),
      ],
      changed: { components: ['a'], data: ['train'] },
    });
    expect(r).toContain('Baseline: none yet');
    expect(r).toContain('✅ sentiment');
    expect(cells(tableRows(r)[0] ?? '')[1]).toBe('baseline');
    expect(cells(tableRows(r)[2] ?? '')).toEqual([
      '`f1`',
      '—',
      '0.8',
      '—',
      'drop ≤ 0\\.01',
      '✅ pass (no baseline)',
    ]);
    expect(r).toContain('**New model:** components `a`; data `train`');
  });

  it('lets a shell add its own lines, escaped', () => {
    const r = renderMarkdownReport({ ...base, notes: ['Recorded sentiment@v1.3.0 <b>'] });
    expect(r).toContain('Recorded sentiment\\@\u2060v1\\.3\\.0 \\<b\\>');
  });
});

describe('hostile metric names and values', () => {
  const hostile = [
    'a|b',
    '`code`',
    '<script>alert(1)</script>',
    '[x](https://evil.example)',
    'line\nbreak',
    '@octocat',
    '``',
    ' |',
    '<!-- lepton:model=other -->',
  ];
  const input: ReportInput = {
    ...base,
    baselineMetrics: null,
    baseline: null,
    metrics: Object.fromEntries(hostile.map((n, i) => [n, i])),
    checks: hostile.map((n) =>
      check({ metric: n, rule: 'min', bound: 100, passed: false, reason: `x ${n}` }),
    ),
    changed: { components: ['</table>'], data: [] },
  };
  const md = renderMarkdownReport(input);

  it('cannot add or remove table cells, and every name is one whole code span', () => {
    const rows = tableRows(md);
    expect(rows).toHaveLength(2 + hostile.length);
    for (const row of rows) {
      const c = cells(row);
      expect(c).toHaveLength(6);
    }
    for (const row of rows.slice(2)) {
      const name = cells(row)[0] ?? '';
      const fence = /^`+/.exec(name)?.[0] ?? '';
      expect(fence.length).toBeGreaterThan(0);
      expect(name.endsWith(fence)).toBe(true);
      // No fence of that length inside: the span cannot close early.
      const inner = name.slice(fence.length, name.length - fence.length);
      expect(
        inner.split(/`+/).length === 1 || !new RegExp(`(^|[^\`])${fence}([^\`]|$)`).test(inner),
      ).toBe(true);
    }
  });

  it('keeps raw HTML, links, mentions and line breaks out of the Markdown outside code spans', () => {
    const outsideCode = md.replace(/(`+)[^`]*?\1|(`+)(?:(?!\2).)*?\2/g, '');
    expect(outsideCode).not.toMatch(/(?<!\\)<(?!!-- lepton:model=sentiment -->)/);
    expect(outsideCode).not.toMatch(/(?<!\\)\]\(/);
    expect(outsideCode).not.toMatch(/@(?!\u2060)/);
    expect(md.match(/<!--/g)).toHaveLength(1);
    // The newline inside a name became a space: every line is a whole row, item or heading.
    for (const l of md.split('\n')) expect(l).not.toBe('break');
  });

  it('keeps the marker safe whatever the model name', () => {
    expect(reportMarker('a --> <script>')).toBe(`${MARKER_PREFIX}a_--___script_ -->`);
  });

  it('keeps control characters out of the terminal rendering', () => {
    const text = renderTextReport({
      ...input,
      metrics: { 'evil\u001b[2Jname': 1 },
      checks: [],
    });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('evil\\x1B[2Jname');
  });
});

describe('size', () => {
  it('stays under the cap with thousands of metrics, saying how many rows it left out', () => {
    const many = Object.fromEntries(
      Array.from({ length: 5000 }, (_, i) => [`metric_${'x'.repeat(30)}_${i}`, i / 7]),
    );
    const checks = Object.keys(many).map((m) =>
      check({ metric: m, rule: 'min', bound: 1e9, passed: false, reason: 'too small' }),
    );
    const md = renderMarkdownReport({ ...base, metrics: many, checks });
    expect(md.length).toBeLessThanOrEqual(60_000);
    expect(md).toMatch(/… \d+ more metrics not shown/);
    expect(md).toMatch(/- … and \d+ more checks/);
    expect(md.startsWith('<!-- lepton:model=sentiment -->')).toBe(true);
    const small = renderMarkdownReport({ ...base, metrics: many, checks }, { maxLength: 10_000 });
    expect(small.length).toBeLessThanOrEqual(10_000);
  });
});

describe('the terminal rendering', () => {
  it('carries the same content in aligned plain text', () => {
    const text = renderTextReport({ ...base, reused: true, reusedFrom: base.baseline });
    const lines = text.split('\n');
    expect(lines[0]).toBe('❌ sentiment: 1 threshold check failed, 1 warning · baseline v1.2.0');
    expect(text).toContain('metrics reused from v1.2.0');
    const header = lines.find((l) => l.startsWith('metric '));
    expect(header).toMatch(/^metric\s+baseline \(v1\.2\.0\)\s+this\s+change\s+threshold\s+result$/);
    expect(lines.find((l) => l.startsWith('f1'))).toMatch(
      /^f1\s+0\.9\s+0\.85\s+-0\.05 \(-5\.56%\)\s+drop ≤ 0\.01\s+FAIL$/,
    );
    expect(text).toContain('failures:\n  f1');
    expect(text).toContain('warnings (do not block):\n  latency');
    expect(text).toContain('changed since v1.2.0: components classifier');
  });
});

describe('the diff table', () => {
  it('renders rows with both versions, escaping names', () => {
    const md = renderDiffMarkdown({
      a: { version: '1.0.0', tag: 'm@v1.0.0' },
      b: { version: '1.1.0', tag: 'm@v1.1.0' },
      rows: metricDiff({ acc: 0.9, 'x|y': 1 }, { acc: 0.95, 'x|y': 1 }),
    });
    const rows = tableRows(md).map(cells);
    expect(rows[0]).toEqual(['metric', 'v1\\.0\\.0', 'v1\\.1\\.0', 'change', 'relative']);
    expect(rows[2]).toEqual(['`acc`', '0.9', '0.95', '+0.05', '+5.56%']);
    expect(rows[3]).toEqual(['`x\\|y`', '1', '1', '0', '0%']);
  });
});
