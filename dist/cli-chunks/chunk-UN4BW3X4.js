import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);

// src/core/format/number.ts
var SIGNIFICANT = 10;
var EXACT_LIMIT = 2 ** 53;
function trimZeros(text) {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}
function tidy(text) {
  const [mantissa = "", exponent] = text.split("e");
  return exponent === void 0 ? trimZeros(mantissa) : `${trimZeros(mantissa)}e${exponent.replace("+", "")}`;
}
function formatNumber(n, significant = SIGNIFICANT) {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "Infinity" : "-Infinity";
  if (n === 0) return "0";
  if (Number.isInteger(n) && Math.abs(n) <= EXACT_LIMIT) return String(n);
  return tidy(n.toPrecision(significant));
}
function formatSigned(n, significant = SIGNIFICANT) {
  const text = formatNumber(n, significant);
  return n > 0 && text !== "0" ? `+${text}` : text;
}
function formatPercent(fraction) {
  return `${formatSigned(fraction * 100, 3)}%`;
}
function formatPair(a, b) {
  const fa = formatNumber(a);
  const fb = formatNumber(b);
  return fa === fb && a !== b ? [tidy(String(a)), tidy(String(b))] : [fa, fb];
}
function change(a, b) {
  if (typeof a !== "number" || typeof b !== "number") return null;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  const delta = b - a;
  return { change: delta, relative: a === 0 ? null : delta / Math.abs(a) };
}
function formatChange(a, b) {
  const c = change(a, b);
  if (!c) return "\u2014";
  const abs = formatSigned(c.change);
  if (c.relative === null) return abs;
  return `${abs} (${formatPercent(c.relative)})`;
}

export {
  formatNumber,
  formatSigned,
  formatPercent,
  formatPair,
  change,
  formatChange
};
