/**
 * A mean over examples with its bootstrap confidence interval.
 * `value` is the plain mean of the `n` values; `ci` is `[lo, hi]` in the same units.
 */
export interface Interval {
    readonly value: number;
    readonly ci: readonly [number, number];
    readonly n: number;
}
/** How a change between two versions was resampled. */
export type Pairing = 'paired' | 'unpaired';
/** A change (this run − baseline) with its interval and how it was computed. */
export interface ChangeInterval extends Interval {
    readonly pairing: Pairing;
}
export interface BootstrapOptions {
    /**
     * The generator's state: four 32-bit integers, not all zero. Lepton derives it from the
     * model's fingerprint (`seedFrom`), so a rerun on the same content gives the same interval.
     */
    readonly seed: readonly number[];
    /** Resamples drawn; at least 1,000 (default 2,000). */
    readonly resamples?: number;
    /** Two-sided confidence level (default 0.95). */
    readonly confidence?: number;
}
export declare const DEFAULT_RESAMPLES = 2000;
export declare const DEFAULT_CONFIDENCE = 0.95;
/**
 * The generator state from a hex digest (a fingerprint): its first 128 bits. A digest of all
 * zeros (no such fingerprint exists, but the state must not be zero) falls back to a constant.
 */
export declare function seedFrom(hex: string): number[];
/**
 * The mean of `values` and its percentile-bootstrap confidence interval.
 * @throws RangeError when `values` is empty or `resamples` < 1000
 */
export declare function meanInterval(values: Float64Array, options: BootstrapOptions): Interval;
/**
 * The change `current − baseline` for examples matched by id (`current[i]` and `baseline[i]`
 * are the same example): a bootstrap of the per-example differences, which removes the
 * between-example variance both versions share and so is tighter than the unpaired interval
 * whenever the two versions' scores are positively correlated.
 * @throws RangeError when the arrays differ in length or are empty
 */
export declare function pairedChange(current: Float64Array, baseline: Float64Array, options: BootstrapOptions): ChangeInterval;
/**
 * The change `mean(current) − mean(baseline)` for two independent samples: each resample
 * draws both samples anew, with replacement, each at its own size.
 * @throws RangeError when either array is empty
 */
export declare function unpairedChange(current: Float64Array, baseline: Float64Array, options: BootstrapOptions): ChangeInterval;
/** Whether an interval rules out "no change" (0 lies outside it). */
export declare function excludesZero(change: Interval): boolean;
