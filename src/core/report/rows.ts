import type { Check } from '../gate/types.js';
import { boundText } from '../format/checks.js';
import { formatChange, formatNumber, formatSigned } from './format.js';
import type { ReportInput } from './types.js';

const own = (r: object | null, k: string) =>
  r !== null && Object.prototype.hasOwnProperty.call(r, k);

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
export function metricRows(input: ReportInput): MetricRow[] {
  const byMetric = new Map<string, Check[]>();
  for (const c of input.checks) byMetric.set(c.metric, [...(byMetric.get(c.metric) ?? []), c]);
  const names = [...byMetric.keys()];
  const seen = new Set(names);
  const add = (keys: string[]) => {
    for (const k of keys.sort()) {
      if (seen.has(k)) continue;
      seen.add(k);
      names.push(k);
    }
  };
  add(Object.keys(input.metrics));
  add(Object.keys(input.baselineMetrics ?? {}));

  return names.map((metric) => {
    const checks = byMetric.get(metric) ?? [];
    const base = own(input.baselineMetrics, metric) ? input.baselineMetrics?.[metric] : undefined;
    const fromCheck = checks.find((c) => c.baseline !== null)?.baseline ?? undefined;
    const baseline = base ?? fromCheck;
    const current = own(input.metrics, metric) ? input.metrics[metric] : undefined;
    const failed = checks.filter((c) => !c.passed);
    const result: MetricRow['result'] =
      checks.length === 0
        ? 'none'
        : failed.some((c) => c.level === 'error')
          ? 'fail'
          : failed.length
            ? 'warn'
            : 'pass';
    return {
      metric,
      baseline: baseline === undefined ? '—' : formatNumber(baseline),
      current:
        (current === undefined ? absentValue(checks) : formatNumber(current)) +
        intervalText(input.intervals?.[metric]),
      change: formatChange(baseline, current) + changeIntervalText(input.changeIntervals?.[metric]),
      threshold: checks.map((c) => boundText(c)).join(', '),
      result,
      noBaseline:
        result === 'pass' &&
        checks.some((c) => c.reason?.startsWith('no baseline') || isNewMetric(c)),
    };
  });
}

type Ci = { readonly ci: readonly [number, number] };

/** ` [0.873 … 0.911]`: this run's 95% interval beside its value (contract §11); '' without one. */
export const intervalText = (i: Ci | undefined): string =>
  i ? ` [${formatNumber(i.ci[0], 4)} … ${formatNumber(i.ci[1], 4)}]` : '';

/** ` [95% CI −0.019 … +0.003, paired]` beside a change that has an interval; '' without one. */
export const changeIntervalText = (c: (Ci & { readonly pairing: string }) | undefined): string =>
  c ? ` [95% CI ${formatSigned(c.ci[0], 4)} … ${formatSigned(c.ci[1], 4)}, ${c.pairing}]` : '';

/** A relative check that passed only because the baseline lacks the metric (gate/check.ts). */
export const isNewMetric = (c: Check): boolean =>
  c.passed &&
  (c.rule === 'max_drop' || c.rule === 'max_rise') &&
  / is new: not in baseline v/.test(c.reason ?? '');

/** What the "this" column says for a metric with no usable value. */
function absentValue(checks: readonly Check[]): string {
  const reason = checks[0]?.reason ?? '';
  if (checks.length === 0) return '—';
  if (reason.startsWith('missing')) return 'missing';
  return /\((NaN|-?Infinity)\)$/.exec(reason)?.[1] ?? 'not a number';
}
