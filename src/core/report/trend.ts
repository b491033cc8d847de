import type { Check } from '../gate/types.js';

/**
 * The pull request comment's trend (contract §10): one Mermaid `xychart-beta` per metric that
 * has a threshold, over the last recorded versions and this run. GitHub renders Mermaid code
 * blocks in comments; elsewhere the block reads as a list of numbers.
 *
 * Mermaid has no escape for `"` inside a quoted label (its `#quot;` entities are not read by
 * every diagram type), `%%` starts a comment and `;` or a newline ends a statement, so labels
 * are not escaped but reduced to a safe alphabet: ASCII letters, digits, space and `._:/@+()-`;
 * anything else becomes `_`. Nothing from a label can then end the string, the statement or the
 * code fence.
 */

/** One recorded version's values. */
export interface TrendPoint {
  /** `X.Y.Z`, no `v`. */
  readonly version: string;
  readonly metrics: Readonly<Record<string, number>>;
}

export interface Trend {
  /** Oldest first; at most `TREND_VERSIONS`. */
  readonly points: readonly TrendPoint[];
  /** The metrics to chart (those with a threshold), in the manifest's order. */
  readonly metrics: readonly string[];
  /** This run's values. */
  readonly current: Readonly<Record<string, number>>;
}

/** How many recorded versions a chart shows before this run. */
export const TREND_VERSIONS = 10;
/** At most this many charts (one per thresholded metric). */
export const MAX_CHARTS = 20;

const own = (r: object, k: string) => Object.prototype.hasOwnProperty.call(r, k);

/** What `trendOf` reads of a version: the registry's entries fit. */
export interface TrendSource {
  readonly version: string;
  readonly lightweight?: boolean;
  readonly deregistered?: boolean;
  readonly summary: { readonly metrics: Readonly<Record<string, number>> } | null;
}

/**
 * The trend from a registry's versions (highest semver first, as `readRegistry` lists them):
 * the newest `TREND_VERSIONS` that carry a record, oldest first; the metrics the checks name.
 */
export function trendOf(
  versions: readonly TrendSource[],
  checks: readonly Check[],
  current: Readonly<Record<string, number>>,
): Trend {
  const points: TrendPoint[] = [];
  for (const v of versions) {
    if (points.length >= TREND_VERSIONS) break;
    if (v.lightweight || v.deregistered || !v.summary) continue;
    points.push({ version: v.version, metrics: v.summary.metrics });
  }
  return { points: points.reverse(), metrics: [...new Set(checks.map((c) => c.metric))], current };
}

/** A label reduced to what cannot break a Mermaid string (see above), at most `max` characters. */
export function mermaidLabel(text: string, max = 60): string {
  const safe = text.replace(/[^A-Za-z0-9 ._:/@+()-]/g, '_');
  return safe.length > max ? `${safe.slice(0, max - 1)}_` : safe;
}

/** A number as Mermaid's parser reads it (no exponent), or null when it cannot be written so. */
export function mermaidNumber(v: number): string | null {
  if (!Number.isFinite(v) || Math.abs(v) >= 1e15) return null;
  const short = Number(v.toPrecision(10));
  let text = String(short);
  if (/e/i.test(text)) text = short.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

/** One metric's chart as a fenced code block; null when no recorded version has the metric. */
export function trendChart(trend: Trend, metric: string): string | null {
  const labels: string[] = [];
  const values: string[] = [];
  const numbers: number[] = [];
  const add = (label: string, v: number | undefined) => {
    const text = v === undefined ? null : mermaidNumber(v);
    if (text === null || v === undefined) return;
    labels.push(`"${mermaidLabel(label)}"`);
    values.push(text);
    numbers.push(v);
  };
  for (const p of trend.points)
    add(`v${p.version}`, own(p.metrics, metric) ? p.metrics[metric] : undefined);
  if (values.length === 0) return null;
  add('this', own(trend.current, metric) ? trend.current[metric] : undefined);
  const lo = Math.min(...numbers);
  const hi = Math.max(...numbers);
  const pad = hi > lo ? (hi - lo) * 0.1 : Math.abs(hi) * 0.05 || 1;
  const yLo = mermaidNumber(lo - pad) ?? '0';
  const yHi = mermaidNumber(hi + pad) ?? '1';
  const name = mermaidLabel(metric);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${name}"`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "${name}" ${yLo} --> ${yHi}`,
    `  line [${values.join(', ')}]`,
    '```',
  ].join('\n');
}

/**
 * The trend section: a title line and one chart per metric, as many as fit in `budget`
 * characters (the last charts are dropped first); '' when none fits or there is nothing to
 * chart (no recorded version, no threshold).
 */
export function renderTrend(trend: Trend, budget: number): string {
  const charts = trend.metrics
    .slice(0, MAX_CHARTS)
    .map((m) => trendChart(trend, m))
    .filter((c): c is string => c !== null);
  const n = trend.points.length;
  const title = `**Trend** (the last ${n === 1 ? 'recorded version' : `${n} recorded versions`} and this run)`;
  let used = title.length + 2;
  const kept: string[] = [];
  for (const c of charts) {
    if (used + c.length + 2 > budget) break;
    kept.push(c);
    used += c.length + 2;
  }
  return kept.length ? ['', title, '', kept.join('\n\n')].join('\n') : '';
}
