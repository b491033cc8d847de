import { describe, expect, it } from '@jest/globals';
import type { ThresholdChange } from '../../src/core/gate/threshold-changes.js';
import {
  renderMarkdownReport,
  renderTextReport,
  type ReportInput,
} from '../../src/core/report/index.js';

/** The trial's pull request: accuracy 0.9 → 0.5, its gate loosened from min 0.8, max_drop 0.05. */
const trial: ReportInput = {
  model: 'model-a',
  passed: true,
  baseline: { version: '0.1.0', tag: 'model-a@v0.1.0' },
  baselineMetrics: { accuracy: 0.9 },
  metrics: { accuracy: 0.5 },
  checks: [
    {
      metric: 'accuracy',
      rule: 'min',
      bound: 0.1,
      baseline: 0.9,
      actual: 0.5,
      passed: true,
      level: 'error',
      reason: null,
    },
  ],
  changed: { components: ['code'], data: [] },
  reused: false,
  reusedFrom: null,
  thresholdsFrom: 'manifest',
  thresholdChanges: [
    { metric: 'accuracy', bound: 'min', from: 0.8, to: 0.1, effect: 'loosened' },
    { metric: 'accuracy', bound: 'max_drop', from: 0.05, to: null, effect: 'removed' },
  ],
};

const tightened: ThresholdChange[] = [
  { metric: 'accuracy', bound: 'min', from: 0.8, to: 0.85, effect: 'tightened' },
  { metric: 'latency', bound: 'max', from: null, to: 50, effect: 'added' },
];

describe('the eval report says when the thresholds that decided differ from the baseline’s', () => {
  it('a loosened gate is never a plain green: the headline and a list say what moved', () => {
    const md = renderMarkdownReport(trial);
    expect(md).toContain(
      '### ✅ model\\-a\\: thresholds passed — ⚠️ with thresholds this change loosened · baseline v0\\.1\\.0',
    );
    expect(md).toContain(
      '**⚠️ Thresholds loosened since v0.1.0** \\(its lepton\\.yml\\)\n\n- ⚠️ `accuracy`: min 0\\.8 → 0\\.1 \\(loosened\\), max\\_drop 0\\.05 → removed\n',
    );
    const text = renderTextReport(trial);
    expect(text.split('\n')[0]).toBe(
      '✅ model-a: thresholds passed — ⚠️ with thresholds this change loosened · baseline v0.1.0',
    );
    expect(text).toContain(
      'warning: thresholds loosened since v0.1.0 (its lepton.yml):\n  ! accuracy: min 0.8 → 0.1 (loosened), max_drop 0.05 → removed\n',
    );
  });

  it('a tightened gate is a plain note, and the headline stays as it was', () => {
    const input = { ...trial, thresholdChanges: tightened };
    const md = renderMarkdownReport(input);
    expect(md).toContain('### ✅ model\\-a\\: thresholds passed · baseline v0\\.1\\.0');
    expect(md).toContain(
      '**Thresholds changed since v0.1.0** \\(its lepton\\.yml\\)\n\n- `accuracy`: min 0\\.8 → 0\\.85 \\(tightened\\)\n- `latency`: max 50 \\(added\\)\n',
    );
    expect(renderTextReport(input)).toContain(
      'thresholds changed since v0.1.0 (its lepton.yml):\n  accuracy: min 0.8 → 0.85 (tightened)\n  latency: max 50 (added)\n',
    );
  });

  it('names a stage’s thresholds under their stage, and escapes names from the manifest', () => {
    const input: ReportInput = {
      ...trial,
      thresholdsFrom: 'checks',
      thresholdChanges: [
        {
          metric: 'a|b <img>',
          stage: '**prod**',
          bound: 'level',
          from: 'error',
          to: 'warn',
          effect: 'loosened',
        },
      ],
    };
    const md = renderMarkdownReport(input);
    expect(md).toContain(
      '\\(from its recorded checks\\: eval thresholds only\\)\n\n- ⚠️ stage `**prod**` · `a|b <img>`: level error → warn \\(loosened\\)\n',
    );
  });

  it('says nothing when nothing changed', () => {
    const { thresholdChanges: _, ...same } = trial;
    expect(renderMarkdownReport(same)).not.toMatch(/hresholds (loosened|changed)/);
    expect(renderMarkdownReport({ ...same, thresholdChanges: [] })).not.toContain('loosened');
  });
});
