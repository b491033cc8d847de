import type { Threshold } from '../manifest/types.js';
import type { GateResult } from './types.js';
export interface GateInput {
    readonly thresholds: readonly Threshold[];
    /** This run's numeric metrics; NaN and ±Infinity are allowed here and fail their checks. */
    readonly metrics: Readonly<Record<string, number>>;
    /** Leaves of the metrics files that are not numbers, described (`a string ("high")`). */
    readonly nonNumeric?: Readonly<Record<string, string>>;
    /** The baseline version's metrics, or null when there is no baseline (relative checks then pass). */
    readonly baseline: Readonly<Record<string, number>> | null;
    /** The baseline's version (`1.2.0`), named when a relative check's metric is new since it. */
    readonly baselineVersion?: string;
}
/**
 * The output's names closest to a missing `metric`, best first (at most 3): the
 * same name in another case, names where it is one dotted part (`acc` →
 * `acc.test`, `test.acc`), and names within a small edit distance (`accuarcy`).
 */
export declare function closestMetrics(metric: string, available: readonly string[]): string[];
/**
 * Applies every threshold to this run's metrics: one check per bound, in the
 * order min, max, max_drop, max_rise. Never throws, whatever the numbers.
 */
export declare function checkThresholds(input: GateInput): GateResult;
