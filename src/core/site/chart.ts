// Trend charts as inline SVG computed at build time: d3-scale places the points and d3-shape
// draws the line and axis ticks' positions, so the page needs no script and works from file://.
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { formatNumber } from '../report/format.js';
import { esc } from './html.js';

export interface TrendPoint {
  /** `X.Y.Z`, oldest first along the x axis. */
  readonly version: string;
  readonly value: number;
  readonly passed: boolean | null;
}

export interface TrendChart {
  readonly metric: string;
  /** One per version that recorded the metric, oldest first. */
  readonly points: readonly TrendPoint[];
  /** Absolute bounds drawn as horizontal lines (`min`/`max` of the eval or of a stage). */
  readonly thresholds: readonly { readonly label: string; readonly value: number }[];
  /** Stage promotions: a marker at the promoted version. */
  readonly promotions: readonly { readonly version: string; readonly stage: string }[];
}

const W = 720;
const H = 240;
const M = { top: 16, right: 16, bottom: 28, left: 56 };

/**
 * One metric's trend across versions as an `<svg role="img">` with a `<title>` and `<desc>`
 * (its text alternative), one `<circle class="point">` per version (each with its own `<title>`),
 * a dashed line per threshold and a dotted line per stage promotion.
 * @param id  unique within the page (the SVG's title/desc ids derive from it)
 */
export function trendSvg(chart: TrendChart, id: string): string {
  const versions = chart.points.map((p) => p.version);
  const values = [...chart.points.map((p) => p.value), ...chart.thresholds.map((t) => t.value)];
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : 1;
  const pad = hi === lo ? Math.abs(hi) * 0.05 || 1 : (hi - lo) * 0.08;
  const y = scaleLinear()
    .domain([lo - pad, hi + pad])
    .range([H - M.bottom, M.top])
    .nice();
  const x = scalePoint<string>()
    .domain(versions)
    .range([M.left, W - M.right])
    .padding(0.5);
  const xOf = (v: string): number => x(v) ?? M.left;
  const path =
    line<TrendPoint>()
      .x((p) => xOf(p.version))
      .y((p) => y(p.value))(chart.points as TrendPoint[]) ?? '';

  const yTicks = y
    .ticks(5)
    .map(
      (t) =>
        `<g class="tick"><line x1="${M.left - 4}" x2="${M.left}" y1="${y(t)}" y2="${y(t)}"/><text x="${M.left - 6}" y="${y(t) + 3}" text-anchor="end">${esc(formatNumber(t))}</text></g>`,
    )
    .join('');
  // Label at most ~10 versions on the x axis so 1,000 versions stay legible.
  const every = Math.max(1, Math.ceil(versions.length / 10));
  const xTicks = versions
    .filter((_, i) => i % every === 0 || i === versions.length - 1)
    .map(
      (v) => `<text x="${xOf(v)}" y="${H - M.bottom + 16}" text-anchor="middle">${esc(v)}</text>`,
    )
    .join('');
  const thresholds = chart.thresholds
    .map(
      (t) =>
        `<g><line class="threshold" x1="${M.left}" x2="${W - M.right}" y1="${y(t.value)}" y2="${y(t.value)}"><title>${esc(`${t.label} ${formatNumber(t.value)}`)}</title></line><text x="${W - M.right}" y="${y(t.value) - 3}" text-anchor="end">${esc(t.label)}</text></g>`,
    )
    .join('');
  const known = new Set(versions);
  // Several promotions of one version stack their labels instead of overprinting them.
  const stacked = new Map<string, number>();
  const promotions = chart.promotions
    .filter((p) => known.has(p.version))
    .map((p) => {
      const row = stacked.get(p.version) ?? 0;
      stacked.set(p.version, row + 1);
      return `<g><line class="promotion" x1="${xOf(p.version)}" x2="${xOf(p.version)}" y1="${M.top}" y2="${H - M.bottom}"><title>${esc(`${p.stage} ← ${p.version}`)}</title></line><text class="promotion-label" x="${xOf(p.version) + 3}" y="${M.top + 8 + row * 11}">${esc(p.stage)}</text></g>`;
    })
    .join('');
  const r = chart.points.length > 200 ? 1.5 : 3;
  const points = chart.points
    .map(
      (p) =>
        `<circle class="point${p.passed === false ? ' failed' : ''}" data-version="${esc(p.version)}" cx="${xOf(p.version)}" cy="${y(p.value)}" r="${r}"><title>${esc(`${p.version}: ${formatNumber(p.value)}`)}</title></circle>`,
    )
    .join('');
  const first = chart.points[0];
  const last = chart.points[chart.points.length - 1];
  const desc =
    first && last
      ? `${chart.points.length} versions, from ${first.version} (${formatNumber(first.value)}) to ${last.version} (${formatNumber(last.value)}), range ${formatNumber(Math.min(...chart.points.map((p) => p.value)))} to ${formatNumber(Math.max(...chart.points.map((p) => p.value)))}.` +
        (chart.thresholds.length
          ? ` Thresholds: ${chart.thresholds.map((t) => `${t.label} ${formatNumber(t.value)}`).join(', ')}.`
          : '')
      : 'No version recorded this metric.';
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="${id}-t ${id}-d" data-metric="${esc(chart.metric)}" data-points="${chart.points.length}">
<title id="${id}-t">${esc(chart.metric)} across versions</title>
<desc id="${id}-d">${esc(desc)}</desc>
<g class="axis"><line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${H - M.bottom}"/><line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}"/>${yTicks}${xTicks}</g>
${thresholds}${promotions}
<path class="series" d="${path}"/>
${points}
</svg>`;
}
