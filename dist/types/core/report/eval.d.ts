import type { Changed } from '../fingerprint/types.js';
import type { Check } from '../gate/types.js';
import type { IgnoredValue } from '../metrics/types.js';
import type { SkippedTag, VersionRef } from '../registry/types.js';
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
    readonly baselineRecord: {
        readonly metrics: Readonly<Record<string, number>>;
    } | null;
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
export declare function baselineWarnings(skipped: readonly SkippedTag[], checks: readonly Check[]): {
    readonly skipped: string[];
    readonly newMetrics: string[];
};
/** The report's input for an eval outcome (`notes`: the shell's own news, e.g. what was recorded). */
export declare function evalReportInput(o: EvalReportSource, notes?: readonly string[]): ReportInput;
/** `lepton eval`'s report as Markdown (PR comment, job summary, `--report`). */
export declare function evalMarkdown(o: EvalReportSource, options?: ReportOptions): string;
/**
 * `lepton eval`'s report for a terminal, printed after the eval ran. Without the warnings about
 * what the gate compared (tags passed over, new metrics, noise notes): the eval logs each as it
 * goes (app/eval.ts), and a run says each warning once. The Markdown and JSON keep them.
 */
export declare function evalText(o: EvalReportSource, notes?: readonly string[]): string;
