/**
 * Number formatting shared by every rendering (Markdown, terminal, reasons):
 * one rule, so the same value reads the same everywhere. Ten significant
 * digits hide binary noise (`0.1 + 0.2` → `0.3`) while keeping any precision
 * a metric honestly has; plain decimals between 1e-6 and 1e15, exponent beyond.
 */

const SIGNIFICANT = 10;

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** `0.931`, `12`, `1.5e-7`, `NaN`, `Infinity`; `-0` prints as `0`. */
export function formatNumber(n: number, significant = SIGNIFICANT): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  if (n === 0) return '0';
  const rounded = Number(n.toPrecision(significant));
  const abs = Math.abs(rounded);
  if (!Number.isFinite(rounded)) {
    // Near Number.MAX_VALUE, rounding up overflows: show the digits as they are.
    const [mantissa = '', exponent = ''] = n.toPrecision(significant).split('e');
    return `${trimZeros(mantissa)}e${exponent.replace('+', '')}`;
  }
  if (abs >= 1e-6 && abs < 1e15) {
    // toFixed with enough decimals for the significant digits, then trimmed.
    const decimals = Math.max(0, significant - 1 - Math.floor(Math.log10(abs)));
    return trimZeros(rounded.toFixed(Math.min(decimals, 100)));
  }
  const [mantissa = '', exponent = ''] = rounded.toExponential(significant - 1).split('e');
  return `${trimZeros(mantissa)}e${exponent.replace('+', '')}`;
}

/** A number with an explicit sign: `+0.011`, `-0.004`, `0`. */
export function formatSigned(n: number, significant = SIGNIFICANT): string {
  const text = formatNumber(n, significant);
  return n > 0 && text !== '0' ? `+${text}` : text;
}

/** A percentage from a fraction: `0.0123` → `+1.23%` (three significant digits). */
export function formatPercent(fraction: number): string {
  return `${formatSigned(fraction * 100, 3)}%`;
}

/**
 * The two numbers of a comparison, each shortened unless shortening would make
 * them look equal (`0.3 is below the minimum 0.3` helps nobody).
 */
export function formatPair(a: number, b: number): [string, string] {
  const fa = formatNumber(a);
  const fb = formatNumber(b);
  return fa === fb && a !== b ? [String(a), String(b)] : [fa, fb];
}

/** The change from `a` to `b` and that change relative to `|a|` (null when `a` is 0 or either is not finite). */
export function change(
  a: number | null | undefined,
  b: number | null | undefined,
): { change: number; relative: number | null } | null {
  if (typeof a !== 'number' || typeof b !== 'number') return null;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  const delta = b - a;
  return { change: delta, relative: a === 0 ? null : delta / Math.abs(a) };
}

/** `+0.011 (+1.2%)`, `0 (0%)`, `+3` when there is no relative change; `—` without both numbers. */
export function formatChange(a: number | null | undefined, b: number | null | undefined): string {
  const c = change(a, b);
  if (!c) return '—';
  const abs = formatSigned(c.change);
  if (c.relative === null) return abs;
  return `${abs} (${formatPercent(c.relative)})`;
}
