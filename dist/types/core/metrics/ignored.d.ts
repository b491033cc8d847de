import { type IgnoredValue, type MetricsRead } from './types.js';
/**
 * The values of `read` the gate does not compare: leaves that are not numbers
 * and non-finite numbers (NaN, ±Infinity), leaving out metrics named in
 * `thresholded` (their checks fail and say why). Sorted by metric name.
 */
export declare function ignoredValues(read: MetricsRead, thresholded?: ReadonlySet<string>): IgnoredValue[];
