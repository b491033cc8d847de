import type { Threshold } from '../manifest/types.js';
/** What a threshold change is about: one bound, or the threshold's `level` or `noise` setting. */
export type ThresholdKey = 'min' | 'max' | 'max_drop' | 'max_rise' | 'level' | 'noise';
/**
 * How a change moves the gate. `removed` (a bound no longer there) and `loosened` (a bound or
 * setting moved the easy way) make passing easier; `added` and `tightened` make it harder.
 */
export type ThresholdEffect = 'loosened' | 'tightened' | 'added' | 'removed';
/** One difference between the thresholds that decided and the baseline's. */
export interface ThresholdChange {
    readonly metric: string;
    /** The stage whose own thresholds (`stages.NAME.thresholds`) changed; absent for `eval.thresholds`. */
    readonly stage?: string;
    readonly bound: ThresholdKey;
    /**
     * The value as written: a number, `"5%"` for a relative percentage, `error`/`warn` for
     * `level`, `warn` for `noise`; null where there was none (an added bound, `noise` off).
     */
    readonly from: number | string | null;
    readonly to: number | string | null;
    readonly effect: ThresholdEffect;
}
/** The thresholds of one manifest that a comparison reads: the eval's and each stage's own. */
export interface ThresholdSet {
    readonly eval: readonly Threshold[];
    readonly stages: readonly {
        readonly name: string;
        readonly thresholds: readonly Threshold[];
    }[];
}
/** True when the change makes the gate easier to pass (the report warns about it). */
export declare const loosens: (c: ThresholdChange) => boolean;
/**
 * Every difference between the thresholds that decided (`after`, this checkout's manifest) and
 * the baseline's (`before`): per metric, each bound added, removed or moved, and a changed
 * `level` or `noise`; the eval's thresholds first, then each stage's own, matched by name (a
 * stage on one side only adds or removes all of its thresholds). The gate's rules decide the
 * direction (contract §1): a lower `min`, a higher `max`, `max_drop` or `max_rise`, a removed
 * bound, `level: warn` for `error` and `noise: warn` added loosen; the opposite tighten. A
 * relative bound written as a percentage on one side and absolute units on the other is
 * compared through the baseline's value of the metric (`baselineMetrics`); without one it is
 * said as loosened, never passed over. Pure; order: `after`'s, then what only `before` had.
 */
export declare function thresholdChanges(before: ThresholdSet, after: ThresholdSet, baselineMetrics?: Readonly<Record<string, number>> | null): ThresholdChange[];
