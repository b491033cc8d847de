// Trend charts as inline SVG computed at build time: d3-scale places the points and d3-shape
// draws the line and axis ticks' positions, so the page needs no script and works from file://.
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { formatNumber } from '../report/format.js';
import { clip, esc } from './html.js';

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
  /** Stage promotions, oldest first: a marker at the promoted version. */
  readonly promotions: readonly TrendPromotion[];
}

export interface TrendPromotion {
  readonly version: string;
  readonly stage: string;
  /** The rollback that later withdrew this promotion; null while it stands. */
  readonly withdrawn: {
    /** The unassignment tag, `MODEL#STAGE!#N`. */
    readonly tag: string;
    /** Its date, ISO 8601. */
    readonly date: string;
    /** Why (free text); null for a tag without Lepton's record (GTO's `unassign`). */
    readonly reason: string | null;
    /** The version the stage fell back to; null: left empty. */
    readonly to: string | null;
  } | null;
}

/** The most of a rollback's reason a chart's tooltip shows (the pages show all of it). */
const TOOLTIP_REASON = 200;

const W = 720;
const H = 240;
const M = { top: 16, right: 16, bottom: 28, left: 56 };
/** A label character's width at the chart's 11px font, roughly (for placing labels only). */
const LABEL_CHAR = 6;

const promotionLabel = (p: TrendPromotion): string =>
  p.withdrawn ? `${p.stage} (withdrawn)` : p.stage;

const runsPastEdge = (x: number, label: string): boolean =>
  x + 3 + label.length * LABEL_CHAR > W - M.right;

/** Rows of labels the plot has room for; more stack on the last one. */
const LABEL_ROWS = Math.floor((H - M.top - M.bottom - 8) / 11);

/**
 * Each label's row (0 = top), so that no two labels on one row overlap (their widths
 * estimated): placed left to right, each on the first row whose labels end before it starts.
 * @returns rows, in the order of `labels`
 */
function labelRows(labels: readonly { readonly x: number; readonly label: string }[]): number[] {
  const spans = labels.map((l, i) => {
    const width = l.label.length * LABEL_CHAR + 6;
    const start = runsPastEdge(l.x, l.label) ? l.x - width : l.x;
    return { i, start, end: start + width };
  });
  spans.sort((a, b) => a.start - b.start || a.i - b.i);
  const ends: number[] = [];
  const out: number[] = new Array<number>(labels.length).fill(0);
  for (const s of spans) {
    let row = ends.findIndex((end) => end <= s.start);
    if (row < 0) row = ends.length < LABEL_ROWS ? ends.length : LABEL_ROWS - 1;
    ends[row] = Math.max(ends[row] ?? -Infinity, s.end);
    out[s.i] = row;
  }
  return out;
}

/**
 * A promotion's tooltip: `production ← 0.2.0`, and for a withdrawn one `… withdrawn 2026-…
 * (MODEL#STAGE!#N): REASON; production fell back to 0.1.0` with the reason clipped.
 */
function promotionTitle(p: TrendPromotion): string {
  const w = p.withdrawn;
  if (!w) return `${p.stage} ← ${p.version}`;
  const why = w.reason === null ? '' : `: ${clip(w.reason, TOOLTIP_REASON)}`;
  const to = w.to === null ? `${p.stage} left empty` : `${p.stage} fell back to ${w.to}`;
  return `${p.stage} ← ${p.version}, withdrawn ${w.date} (${w.tag})${why}; ${to}`;
}

/**
 * One metric's trend across versions as an `<svg role="img">` with a `<title>` and `<desc>`
 * (its text alternative), one `<circle class="point">` per version (each with its own `<title>`),
 * a dashed line per threshold and a dotted line per stage promotion (`class="promotion
 * withdrawn"`, drawn apart and labelled, for one a rollback later withdrew; its `<title>` and
 * the chart's `<desc>` say when, why and where the stage fell back to).
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
  const shown = chart.promotions.filter((p) => known.has(p.version));
  const rows = labelRows(shown.map((p) => ({ x: xOf(p.version), label: promotionLabel(p) })));
  const promotions = shown
    .map((p, i) => {
      const cls = p.withdrawn ? ' withdrawn' : '';
      const data = p.withdrawn ? ` data-withdrawn-by="${esc(p.withdrawn.tag)}"` : '';
      const x0 = xOf(p.version);
      const label = promotionLabel(p);
      // A label that would run past the plot's right edge is set to the line's left instead.
      const at = runsPastEdge(x0, label) ? `x="${x0 - 3}" text-anchor="end"` : `x="${x0 + 3}"`;
      return `<g><line class="promotion${cls}"${data} x1="${x0}" x2="${x0}" y1="${M.top}" y2="${H - M.bottom}"><title>${esc(promotionTitle(p))}</title></line><text class="promotion-label${cls}" ${at} y="${M.top + 8 + (rows[i] ?? 0) * 11}">${esc(label)}</text></g>`;
    })
    .join('');
  const withdrawn = chart.promotions.filter((p) => p.withdrawn && known.has(p.version));
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
          : '') +
        (withdrawn.length
          ? ` Promotions later withdrawn: ${withdrawn.map(promotionTitle).join('; ')}.`
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
