import type { CheckLevel } from '../manifest/types.js';
export type CheckRule = 'min' | 'max' | 'max_drop' | 'max_rise';
/** One threshold rule applied to one metric. */
export interface Check {
    readonly metric: string;
    readonly rule: CheckRule;
    /** The bound as written: a number, or `"10%"` for a relative percentage. */
    readonly bound: number | string;
    /** The baseline's value of the metric, null without one. */
    readonly baseline: number | null;
    /** This run's value, null when missing or not a finite number. */
    readonly actual: number | null;
    readonly passed: boolean;
    readonly level: CheckLevel;
    /** Why it failed, or a note such as "no baseline"; null when there is nothing to say. */
    readonly reason: string | null;
}
export interface GateResult {
    readonly checks: readonly Check[];
    /** True when every error-level check passed. */
    readonly passed: boolean;
}
/** Metric name → value as read from the eval's files (non-numeric leaves are kept so a threshold can name them). */
export type MetricValues = Readonly<Record<string, number>>;
