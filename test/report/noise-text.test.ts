import { describe, expect, it } from '@jest/globals';
import { applyNoise, type NoisyCheck } from '../../src/core/noise/verdict.js';
import type { ChangeInterval } from '../../src/core/noise/bootstrap.js';
import { evalMarkdown, evalText, type EvalReportSource } from '../../src/core/report/eval.js';
import { plainCheckLine } from '../../src/core/report/check-line.js';
import { samplesFellText } from '../../src/core/report/noise.js';

/**
 * The report says why noise-aware gating refused to call a break "within noise" (contract
 * §11), in every medium: the Markdown's failures, the terminal's check line, and the warning
 * that this run scored far fewer examples than its baseline.
 */
const trial: ChangeInterval = { value: -0.564, ci: [-0.91, 0.097], n: 3, pairing: 'unpaired' };

function outcome(change: ChangeInterval, bound: number, notes: string[] = []): EvalReportSource {
  const gate = applyNoise(
    {
      checks: [
        {
          metric: 'accuracy',
          rule: 'max_drop',
          bound,
          baseline: 0.897,
          actual: 0.897 + change.value,
          passed: false,
          level: 'error',
          reason: `dropped ${-change.value} from the baseline 0.897, more than the allowed ${bound}`,
        },
      ],
      passed: false,
    },
    { accuracy: change },
    new Set(['accuracy']),
    { baselineN: 1000 },
  );
  return {
    model: 'trial',
    passed: gate.passed,
    reused: false,
    reusedFrom: null,
    baseline: { version: '0.1.0', tag: 'trial@v0.1.0' } as EvalReportSource['baseline'],
    baselineRecord: { metrics: { accuracy: 0.897 } },
    skipped: [],
    metrics: { accuracy: 0.897 + change.value },
    checks: gate.checks,
    changed: { components: ['code'], data: [] },
    ignored: [],
    noise: { intervals: {}, changes: { accuracy: change } },
    noiseNotes: notes,
  };
}

const unescape = (md: string) => md.replace(/\\(.)/g, '$1');

describe('the report on a refused noise excuse', () => {
  it.each([
    [
      'too few examples',
      trial,
      0.01,
      'not excused as noise (−56 pt, 95% CI −91 … +9.7 (unpaired, n = 3)): 3 examples here and 1000 in the baseline, fewer than the 30 each side needs (eval.min_samples)',
    ],
    [
      'an interval too wide for the threshold',
      { value: -0.097, ci: [-0.25, 0.05], n: 30, pairing: 'unpaired' } as ChangeInterval,
      0.01,
      'the interval is 30× as wide as the allowed drop of 1 pt (at most 10×) — too few or too noisy examples to see a drop of that size (80% power only from 21 pt)',
    ],
  ])('%s: Markdown failure, terminal line, headline', (_what, change, bound, words) => {
    const o = outcome(change, bound);
    const md = unescape(evalMarkdown(o));
    expect(md).toMatch(/^### ❌ trial: 1 threshold check failed · baseline v0\.1\.0$/m);
    expect(md).toMatch(/\*\*Failures\*\*\n\n- `accuracy` \(drop ≤ 0\.01\): dropped [^\n]*; /);
    expect(md).toContain(words);
    expect(md).not.toContain('Warnings (do not block)');
    const line = plainCheckLine(o.checks[0] as NoisyCheck);
    expect(line.startsWith('FAIL  accuracy drop ≤ 0.01:')).toBe(true);
    expect(line).toContain(words);
    expect(evalText(o)).toContain('FAIL');
  });

  it('an excused break stays a warning, with no refusal', () => {
    const change: ChangeInterval = {
      value: -0.012,
      ci: [-0.03, 0.006],
      n: 1000,
      pairing: 'paired',
    };
    const md = unescape(evalMarkdown(outcome(change, 0.01)));
    expect(md).toMatch(/^### ✅ trial: thresholds passed, 1 warning/m);
    expect(md).toContain('within noise: −1.2 pt, 95% CI −3 … +0.6 (paired, n = 1000)');
    expect(md).not.toContain('not excused');
  });

  it('shows the fall in examples under the baseline', () => {
    const note = samplesFellText(3, 1000, 'v0.1.0');
    expect(note).toMatch(
      /^the eval scored 3 examples, fewer than half of v0\.1\.0's 1000: check that it ran on its whole data set/,
    );
    expect(samplesFellText(1, 1000, 'v2.0.0')).toMatch(/^the eval scored 1 example, /);
    const md = unescape(evalMarkdown(outcome(trial, 0.01, [note])));
    expect(md).toContain(`⚠️ ${note}`);
  });
});
