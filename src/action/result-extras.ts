import type {
  ThresholdChange,
  ThresholdEffect,
  ThresholdKey,
} from '../core/gate/threshold-changes.js';
import type { ChangeInterval, Interval } from '../core/noise/bootstrap.js';
import { TREND_VERSIONS, type Trend } from '../core/report/trend.js';
import type { ReportInput } from '../core/report/types.js';

/**
 * The optional parts of an untrusted result's `reportInput` (see `validateResult`): intervals,
 * change intervals and the trend, each rebuilt from what passes its check. Absent stays absent;
 * a malformed one is refused through `fail` (a path and what was expected), like every field.
 */
export function readReportExtras(
  ri: Record<string, unknown>,
  fail: (path: string, what: string) => never,
): Pick<ReportInput, 'intervals' | 'changeIntervals' | 'trend' | 'thresholdChanges'> {
  const isObj = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  const num = (v: unknown, p: string) =>
    typeof v === 'number' && Number.isFinite(v) ? v : fail(p, 'expected a finite number');
  const name = (k: string, p: string) =>
    k.length > 0 && k.length <= 1000 && !k.includes('\0') ? k : fail(p, 'expected a metric name');
  const map = <T>(v: unknown, p: string, read: (x: unknown, p: string) => T, max = 2000) => {
    if (!isObj(v)) return fail(p, 'expected an object');
    const keys = Object.keys(v);
    if (keys.length > max) fail(p, `more than ${max} entries`);
    const out = Object.create(null) as Record<string, T>;
    for (const k of keys) out[name(k, `${p} key`)] = read(v[k], `${p}.${k}`);
    return out;
  };
  const interval = (v: unknown, p: string): Interval => {
    if (!isObj(v) || !Array.isArray(v.ci) || v.ci.length !== 2)
      return fail(p, 'expected {value, ci: [lo, hi], n}');
    const n = num(v.n, `${p}.n`);
    if (!Number.isSafeInteger(n) || n < 1) fail(`${p}.n`, 'expected a count');
    return {
      value: num(v.value, `${p}.value`),
      ci: [num(v.ci[0], `${p}.ci[0]`), num(v.ci[1], `${p}.ci[1]`)],
      n,
    };
  };
  const change = (v: unknown, p: string): ChangeInterval => {
    const pairing = isObj(v) ? v.pairing : undefined;
    if (pairing !== 'paired' && pairing !== 'unpaired')
      return fail(`${p}.pairing`, 'expected paired or unpaired');
    return { ...interval(v, p), pairing };
  };
  const trend = (v: unknown, p: string): Trend => {
    if (!isObj(v) || !Array.isArray(v.points) || !Array.isArray(v.metrics))
      return fail(p, 'expected {points, metrics, current}');
    if (v.points.length > TREND_VERSIONS || v.metrics.length > 2000)
      fail(p, 'too many points or metrics');
    return {
      points: v.points.map((x, i) => {
        const q = `${p}.points[${i}]`;
        if (
          !isObj(x) ||
          typeof x.version !== 'string' ||
          !/^\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]*)?$/.test(x.version) ||
          x.version.length > 100
        )
          return fail(q, 'expected {version: X.Y.Z, metrics}');
        return { version: x.version, metrics: map(x.metrics, `${q}.metrics`, num) };
      }),
      metrics: v.metrics.map((m, i) =>
        typeof m === 'string'
          ? name(m, `${p}.metrics[${i}]`)
          : fail(`${p}.metrics[${i}]`, 'expected a metric name'),
      ),
      current: map(v.current, `${p}.current`, num),
    };
  };
  const KEYS: readonly ThresholdKey[] = ['min', 'max', 'max_drop', 'max_rise', 'level', 'noise'];
  const EFFECTS: readonly ThresholdEffect[] = ['loosened', 'tightened', 'added', 'removed'];
  // A bound as written: a number, or a short word (`5%`, `warn`, `error`); null where none.
  const bound = (v: unknown, p: string): number | string | null =>
    v === null ? null : typeof v === 'string' && /^[0-9A-Za-z.%+-]{1,40}$/.test(v) ? v : num(v, p);
  const thresholdChange = (v: unknown, p: string): ThresholdChange => {
    if (!isObj(v)) return fail(p, 'expected {metric, bound, from, to, effect}');
    const key = v.bound as ThresholdKey;
    if (!KEYS.includes(key)) fail(`${p}.bound`, `expected one of ${KEYS.join(', ')}`);
    const effect = v.effect as ThresholdEffect;
    if (!EFFECTS.includes(effect)) fail(`${p}.effect`, `expected one of ${EFFECTS.join(', ')}`);
    const metric =
      typeof v.metric === 'string'
        ? name(v.metric, `${p}.metric`)
        : fail(`${p}.metric`, 'expected a metric name');
    const stage =
      v.stage === undefined
        ? undefined
        : typeof v.stage === 'string'
          ? name(v.stage, `${p}.stage`)
          : fail(`${p}.stage`, 'expected a stage name');
    return {
      metric,
      ...(stage !== undefined && { stage }),
      bound: key,
      from: bound(v.from, `${p}.from`),
      to: bound(v.to, `${p}.to`),
      effect,
    };
  };
  const changes = (v: unknown, p: string): ThresholdChange[] =>
    Array.isArray(v) && v.length <= 2000
      ? v.map((x, i) => thresholdChange(x, `${p}[${i}]`))
      : fail(p, 'expected a list of at most 2000');
  return {
    ...(ri.thresholdChanges !== undefined && {
      thresholdChanges: changes(ri.thresholdChanges, 'reportInput.thresholdChanges'),
    }),
    ...(ri.intervals !== undefined && {
      intervals: map(ri.intervals, 'reportInput.intervals', interval),
    }),
    ...(ri.changeIntervals !== undefined && {
      changeIntervals: map(ri.changeIntervals, 'reportInput.changeIntervals', change),
    }),
    ...(ri.trend !== undefined && { trend: trend(ri.trend, 'reportInput.trend') }),
  };
}
