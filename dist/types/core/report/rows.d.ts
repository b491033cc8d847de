import type { Check } from '../gate/types.js';
import type { ReportInput } from './types.js';
/** What one row of the metrics table says, before escaping for a medium. */
export interface MetricRow {
    readonly metric: string;
    readonly baseline: string;
    readonly current: string;
    readonly change: string;
    readonly threshold: string;
    readonly result: 'pass' | 'fail' | 'warn' | 'none';
    /** The row's checks passed only because there was nothing to compare against. */
    readonly noBaseline: boolean;
}
export { boundText, failedChecks } from '../format/checks.js';
/**
 * The table's rows: metrics with thresholds first (in the manifest's order),
 * then the others by name, then metrics only the baseline had (so a metric
 * that disappeared is seen).
 */
export declare function metricRows(input: ReportInput): MetricRow[];
type Ci = {
    readonly ci: readonly [number, number];
};
/** ` [0.873 … 0.911]`: this run's 95% interval beside its value (contract §11); '' without one. */
export declare const intervalText: (i: Ci | undefined) => string;
/** ` [95% CI −0.019 … +0.003, paired]` beside a change that has an interval; '' without one. */
export declare const changeIntervalText: (c: (Ci & {
    readonly pairing: string;
}) | undefined) => string;
/** A relative check that passed only because the baseline lacks the metric (gate/check.ts). */
export declare const isNewMetric: (c: Check) => boolean;
