import type { Check, GateResult } from '../gate/types.js';
import { type ChangeInterval } from './bootstrap.js';
/** A check with the confidence interval of its metric's change, when one was computed. */
export type NoisyCheck = Check & {
    readonly change?: ChangeInterval;
};
/**
 * The words for a change and its interval, as the report shows them:
 * `−0.8 pt, 95% CI −1.9 … +0.3 (paired, n = 1000)`.
 */
export declare function describeChange(change: ChangeInterval, check: Pick<Check, 'actual' | 'baseline'>): string;
/**
 * Noise-aware gating (contract §11). Each check gains its metric's change interval when one
 * was computed; a relative check (`max_drop`/`max_rise`) that failed on the point estimate,
 * on a metric whose threshold says `noise: warn`, becomes a warning when its interval
 * contains 0 — the bootstrap cannot tell the change from resampling noise at the interval's
 * level — and says so. A failure whose interval excludes 0 stays a failure.
 *
 * @param changes  metric → the interval of (this run − baseline)
 * @param noisy    the metrics whose thresholds say `noise: warn`
 */
export declare function applyNoise(gate: GateResult, changes: Readonly<Record<string, ChangeInterval>>, noisy: ReadonlySet<string>): GateResult & {
    readonly checks: readonly NoisyCheck[];
};
