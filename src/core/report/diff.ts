import type { VersionRef } from '../registry/types.js';
import { codeSpan, escapeText, plainText } from './escape.js';
import { change, formatNumber, formatPercent, formatSigned } from './format.js';
import { markdownTable, textTable } from './table.js';

/** One metric of `lepton diff` (the contract's `diff --json` row). */
export interface DiffRow {
  readonly metric: string;
  readonly a: number | null;
  readonly b: number | null;
  /** b − a, null when either is missing. */
  readonly change: number | null;
  /** The change over |a|, null where a is 0 or missing. */
  readonly relative: number | null;
}

const own = (r: object, k: string) => Object.prototype.hasOwnProperty.call(r, k);

// Differences of floats carry rounding noise (0.93 − 0.9 = 0.030000000000000027); 12
// significant digits keep every real digit and drop the noise from the JSON too.
// A difference of two exact integers (byte counts, row counts) has no noise and is
// kept whole: 12345678909999 − 12345678901234 is 8765, not 8765.00000001.
const clean = (v: number | null | undefined): number | null =>
  v === null || v === undefined || Number.isSafeInteger(v)
    ? (v ?? null)
    : Number(v.toPrecision(12));

/**
 * The metric diff of two versions: every metric either has, sorted by name.
 * `relative` divides by |a| so its sign is the direction of the change even
 * for negative metrics (a log-likelihood).
 */
export function metricDiff(
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
): DiffRow[] {
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return names.map((metric) => {
    const va = own(a, metric) && Number.isFinite(a[metric]) ? (a[metric] as number) : null;
    const vb = own(b, metric) && Number.isFinite(b[metric]) ? (b[metric] as number) : null;
    const c = change(va, vb);
    return { metric, a: va, b: vb, change: clean(c?.change), relative: clean(c?.relative) };
  });
}

export interface DiffTable {
  readonly a: VersionRef;
  readonly b: VersionRef;
  readonly rows: readonly DiffRow[];
}

const cellsOf = (r: DiffRow) => [
  r.a === null ? '—' : formatNumber(r.a),
  r.b === null ? '—' : formatNumber(r.b),
  r.change === null ? '—' : formatSigned(r.change),
  r.relative === null ? '—' : formatPercent(r.relative),
];

/** `lepton diff` as a Markdown table (untrusted names escaped). */
export function renderDiffMarkdown(diff: DiffTable): string {
  const header = [
    'metric',
    escapeText(`v${diff.a.version}`),
    escapeText(`v${diff.b.version}`),
    'change',
    'relative',
  ];
  const rows = diff.rows.map((r) => [codeSpan(r.metric, true), ...cellsOf(r)]);
  const body = rows.length
    ? markdownTable(header, rows, ['left', 'right', 'right', 'right', 'right'])
    : ['Neither version recorded any metrics.'];
  return [`### ${codeSpan(diff.a.tag)} → ${codeSpan(diff.b.tag)}`, '', ...body].join('\n') + '\n';
}

/** `lepton diff` for a terminal. */
export function renderDiffText(diff: DiffTable): string {
  const header = ['metric', `v${diff.a.version}`, `v${diff.b.version}`, 'change', 'relative'];
  const rows = diff.rows.map((r) => [plainText(r.metric), ...cellsOf(r)]);
  const body = rows.length
    ? textTable(header, rows, ['left', 'right', 'right', 'right', 'right'])
    : ['neither version recorded any metrics'];
  return [`${plainText(diff.a.tag)} → ${plainText(diff.b.tag)}`, ...body].join('\n') + '\n';
}
