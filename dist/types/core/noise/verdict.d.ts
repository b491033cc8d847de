import type { Check, GateResult } from '../gate/types.js';
import { type ChangeInterval } from './bootstrap.js';
export { describeChange } from '../report/noise.js';
/**
 * Why a break whose interval contains 0 was still not excused as noise: too few examples on a
 * side, or an interval so wide for the threshold that the comparison could not have seen a
 * break of the threshold's size (see `noiseRefusal`).
 */
export type NoiseRefusal = {
    readonly kind: 'few-samples';
    /** This run's examples in the comparison. */
    readonly n: number;
    /** The baseline's examples in the comparison (= n when paired; n when unknown). */
    readonly baselineN: number;
    /** The fewest each side needs (`eval.min_samples`). */
    readonly minSamples: number;
} | {
    readonly kind: 'too-wide';
    /** The change interval's width, in the metric's units. */
    readonly width: number;
    /** The change the threshold allows, in the metric's units (> 0). */
    readonly allowed: number;
    /** The widest interval that may excuse a break, in multiples of `allowed`. */
    readonly multiple: number;
    /** The smallest change this comparison detects with 80% power at 5%, two-sided. */
    readonly detectable: number;
};
/**
 * A check with the confidence interval of its metric's change, when one was computed, and,
 * when `noise: warn` could not excuse its break, why not.
 */
export type NoisyCheck = Check & {
    readonly change?: ChangeInterval;
    readonly noiseRefused?: NoiseRefusal;
};
/** Examples each side needs before a break may be called noise (`eval.min_samples`). */
export declare const DEFAULT_MIN_SAMPLES = 30;
/**
 * The widest change interval, in multiples of the change the threshold allows, that may excuse
 * a break. At 10× the comparison detects (80% power, 5% two-sided) only changes of about 7× the
 * threshold (`detectableChange`); wider, it says nothing about a break of the threshold's size.
 */
export declare const MAX_WIDTH_MULTIPLE = 10;
/** The power `detectableChange` is reported at (Cohen's conventional 0.8). */
export declare const POWER = 0.8;
/** This run's samples "fell sharply" below the baseline's under this fraction of them. */
export declare const SAMPLES_FELL_BELOW = 0.5;
export interface NoiseOptions {
    /** Examples each side needs (`eval.min_samples`); default `DEFAULT_MIN_SAMPLES`. */
    readonly minSamples?: number;
    /**
     * The baseline's example count, for an unpaired change (whose `n` is this run's only); a
     * paired change has `n` on both sides. Null or absent: unknown, judged on `n` alone.
     */
    readonly baselineN?: number | null;
}
/**
 * The change a relative check allows, in the metric's units: the absolute bound, or the
 * percentage of |baseline| (as `core/gate/check.ts` computes it). Null when unknown.
 */
export declare function allowedChange(check: Pick<Check, 'bound' | 'baseline'>): number | null;
/**
 * The minimum detectable change of a comparison (the textbook sample-size relation, e.g.
 * Cohen, "Statistical Power Analysis for the Behavioral Sciences", 1988; Kohavi, Tang & Xu,
 * "Trustworthy Online Controlled Experiments", 2020, ch. 17): `(z₁₋α/₂ + z_power) · SE`, with
 * the standard error read off the interval as `width / (2 z₁₋α/₂)` (normal approximation;
 * quantiles by simple-statistics' `probit`).
 */
export declare function detectableChange(change: Pick<ChangeInterval, 'ci'>, confidence?: number, power?: number): number;
/**
 * Whether a break whose interval contains 0 may be excused as noise; the refusal when not.
 *
 * "Not significant" is evidence of no change only when the comparison could have told
 * (Altman & Bland, "Absence of evidence is not evidence of absence", BMJ 311:485, 1995): an
 * underpowered comparison excuses every break. Judged, as Hoenig & Heisey advise ("The Abuse of
 * Power", The American Statistician 55(1):19–24, 2001), by the interval's width rather than by
 * observed power, in the threshold's own units as non-inferiority testing judges an interval
 * against its margin (FDA, "Non-Inferiority Clinical Trials", 2016):
 * 1. each side has at least `minSamples` examples: the percentile bootstrap's interval of a
 *    mean is too narrow for small samples (Hesterberg, "What Teachers Should Know About the
 *    Bootstrap", The American Statistician 69(4):371–386, 2015), and 30 is the usual rule of
 *    thumb for a mean's normal approximation; an eval that scored fewer likely broke;
 * 2. the interval is at most `MAX_WIDTH_MULTIPLE` times as wide as the change the threshold
 *    allows (a threshold of 0 has no size to compare with: rule 1 alone applies).
 */
export declare function noiseRefusal(check: Pick<Check, 'bound' | 'baseline'>, change: ChangeInterval, options?: NoiseOptions): NoiseRefusal | null;
/** Whether this run's example count fell sharply against the baseline's (below half of it). */
export declare function samplesFell(n: number, baselineN: number): boolean;
/**
 * Noise-aware gating (contract §11). Each check gains its metric's change interval when one
 * was computed; a relative check (`max_drop`/`max_rise`) that failed on the point estimate,
 * on a metric whose threshold says `noise: warn`, becomes a warning when its interval
 * contains 0 — the bootstrap cannot tell the change from resampling noise at the interval's
 * level — and the comparison could have told (`noiseRefusal`: enough examples, an interval not
 * too wide for the threshold), and says so. Otherwise it stays a failure: an interval that
 * excludes 0 as before, a refused excuse with `noiseRefused` and the reason why.
 *
 * @param changes  metric → the interval of (this run − baseline)
 * @param noisy    the metrics whose thresholds say `noise: warn`
 */
export declare function applyNoise(gate: GateResult, changes: Readonly<Record<string, ChangeInterval>>, noisy: ReadonlySet<string>, options?: NoiseOptions): GateResult & {
    readonly checks: readonly NoisyCheck[];
};
