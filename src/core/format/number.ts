/**
 * Number formatting shared by every rendering (Markdown, terminal, gate
 * reasons, tag messages, `show`, `diff`): one rule, so the same value reads
 * the same everywhere. A leaf module — it imports nothing — so `core/gate` and
 * `core/registry` can use it without depending on the report.
 *
 * The rule (contract §2b, "numbers are shown as they are"):
 * - an integer with |n| ≤ 2^53 prints exactly (`12345678901234`), since every
 *   such integer is held exactly by a double and a byte count or a row count
 *   rounded to ten digits would be a different number;
 * - any other value prints with up to ten significant digits, which hides
 *   binary noise (`0.1 + 0.2` → `0.3`) while keeping any precision a metric
 *   honestly has; where fixed notation would need digits the value does not
 *   have (`1.5e20`, `1.23456789e10` for 12345678901.5), it uses exponent form.
 */

const SIGNIFICANT = 10;
const EXACT_LIMIT = 2 ** 53;

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** `1.500000000e+20` → `1.5e20`, `1.000e-7` → `1e-7`; fixed text is only trimmed. */
function tidy(text: string): string {
  const [mantissa = '', exponent] = text.split('e');
  return exponent === undefined
    ? trimZeros(mantissa)
    : `${trimZeros(mantissa)}e${exponent.replace('+', '')}`;
}

/**
 * `0.931`, `12`, `12345678901234`, `1.5e-7`, `NaN`, `Infinity`; `-0` prints as `0`.
 * `significant` (1–100) applies to values that are not exact integers.
 */
export function formatNumber(n: number, significant = SIGNIFICANT): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  if (n === 0) return '0';
  if (Number.isInteger(n) && Math.abs(n) <= EXACT_LIMIT) return String(n);
  // toPrecision switches to exponent form exactly when fixed notation would
  // need more digits than it has (exponent ≥ precision) or below 1e-6.
  return tidy(n.toPrecision(significant));
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
 * them look equal (`0.3 is below the minimum 0.3` helps nobody): then both
 * print with the shortest digits that tell them apart exactly.
 */
export function formatPair(a: number, b: number): [string, string] {
  const fa = formatNumber(a);
  const fb = formatNumber(b);
  return fa === fb && a !== b ? [tidy(String(a)), tidy(String(b))] : [fa, fb];
}

/**
 * The change from `a` to `b`, computed from the exact values, and that change
 * relative to `|a|` (null when `a` is 0). Null when either is missing or not finite.
 */
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
