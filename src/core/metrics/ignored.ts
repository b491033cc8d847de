import { formatNumber } from '../format/number.js';
import { hasOwn, type IgnoredValue, type MetricsRead } from './types.js';

/**
 * The values of `read` the gate does not compare: leaves that are not numbers
 * and non-finite numbers (NaN, ±Infinity), leaving out metrics named in
 * `thresholded` (their checks fail and say why). Sorted by metric name.
 */
export function ignoredValues(
  read: MetricsRead,
  thresholded: ReadonlySet<string> = new Set(),
): IgnoredValue[] {
  const out: IgnoredValue[] = [];
  for (const metric of Object.keys(read.nonNumeric)) {
    if (thresholded.has(metric)) continue;
    const value = hasOwn(read.nonNumericValues, metric)
      ? (read.nonNumericValues[metric] ?? null)
      : null;
    out.push({ metric, value, what: read.nonNumeric[metric] ?? 'not a number' });
  }
  for (const [metric, v] of Object.entries(read.values)) {
    if (Number.isFinite(v) || thresholded.has(metric)) continue;
    const text = formatNumber(v);
    out.push({ metric, value: text, what: text });
  }
  return out.sort((a, b) => (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0));
}
