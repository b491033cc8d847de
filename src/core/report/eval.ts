import type { Changed } from '../fingerprint/types.js';
import type { Check } from '../gate/types.js';
import type { IgnoredValue } from '../metrics/types.js';
import type { SkippedTag, VersionRef } from '../registry/types.js';
import { renderMarkdownReport } from './markdown.js';
import { isNewMetric } from './rows.js';
import { renderTextReport } from './text.js';
import type { ChangeInterval, Interval } from '../noise/bootstrap.js';
import type { ThresholdChange } from '../gate/threshold-changes.js';
import type { Trend } from './trend.js';
import type { ReportInput, ReportOptions } from './types.js';

/** What the eval report reads of an eval's outcome (`EvalOutcome` has all of it). */
export interface EvalReportSource {
  readonly model: string;
  readonly passed: boolean;
  readonly reused: boolean;
  readonly reusedFrom: VersionRef | null;
  readonly baseline: VersionRef | null;
  /** The baseline's record; only its metrics are shown. */
  readonly baselineRecord: { readonly metrics: Readonly<Record<string, number>> } | null;
  readonly skipped: readonly SkippedTag[];
  readonly metrics: Readonly<Record<string, number>>;
  readonly checks: readonly Check[];
  readonly changed: Changed;
  readonly ignored: readonly IgnoredValue[];
  /** Intervals from `eval.samples` (contract §11), when the eval had samples. */
  readonly noise?: {
    readonly intervals: Readonly<Record<string, Interval>>;
    readonly changes: Readonly<Record<string, ChangeInterval>>;
  } | null;
  /** What the noise-aware gate noted (shown with the baseline warnings). */
  readonly noiseNotes?: readonly string[];
  /** The recorded versions' values for the trend charts. */
  readonly trend?: Trend | null;
  /** How the thresholds that decided differ from the baseline's. */
  readonly thresholdChanges?: readonly ThresholdChange[];
  /** Where the baseline's thresholds were read; null without a baseline. */
  readonly thresholdsFrom?: 'manifest' | 'checks' | null;
}

/**
 * The warnings about what the gate compared, one sentence each: tags passed over as the
 * baseline, and relative checks on metrics the baseline lacks. The eval logs them as it goes;
 * the report shows them under the baseline.
 */
export function baselineWarnings(
  skipped: readonly SkippedTag[],
  checks: readonly Check[],
): { readonly skipped: string[]; readonly newMetrics: string[] } {
  const fresh = checks.filter(isNewMetric).map((c) => c.reason as string);
  return {
    skipped: skipped.map((s) => `${s.tag} is not the baseline: ${s.reason}`),
    newMetrics: [...new Set(fresh)].map((r) => `${r} (its relative check passes)`),
  };
}

/** The report's input for an eval outcome (`notes`: the shell's own news, e.g. what was recorded). */
export function evalReportInput(o: EvalReportSource, notes?: readonly string[]): ReportInput {
  const warnings = baselineWarnings(o.skipped, o.checks);
  return {
    model: o.model,
    passed: o.passed,
    baseline: o.baseline,
    baselineMetrics: o.baselineRecord?.metrics ?? null,
    metrics: o.metrics,
    checks: o.checks,
    changed: o.changed,
    reused: o.reused,
    reusedFrom: o.reusedFrom,
    baselineWarnings: [...warnings.skipped, ...warnings.newMetrics, ...(o.noiseNotes ?? [])],
    ignored: o.ignored,
    ...(o.noise && { intervals: o.noise.intervals, changeIntervals: o.noise.changes }),
    ...(o.trend && { trend: o.trend }),
    ...(o.thresholdChanges?.length && { thresholdChanges: o.thresholdChanges }),
    ...(o.thresholdsFrom && { thresholdsFrom: o.thresholdsFrom }),
    ...(notes && { notes }),
  };
}

/** `lepton eval`'s report as Markdown (PR comment, job summary, `--report`). */
export function evalMarkdown(o: EvalReportSource, options: ReportOptions = {}): string {
  return renderMarkdownReport(evalReportInput(o), options);
}

/**
 * `lepton eval`'s report for a terminal, printed after the eval ran. Without the warnings about
 * what the gate compared (tags passed over, new metrics, noise notes): the eval logs each as it
 * goes (app/eval.ts), and a run says each warning once. The Markdown and JSON keep them.
 */
export function evalText(o: EvalReportSource, notes?: readonly string[]): string {
  return renderTextReport({ ...evalReportInput(o, notes), baselineWarnings: [] });
}
