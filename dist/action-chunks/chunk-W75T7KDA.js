import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  plainText
} from "./chunk-4TO6S54C.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/core/format/number.ts
var SIGNIFICANT = 10;
var EXACT_LIMIT = 2 ** 53;
function trimZeros(text) {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}
__name(trimZeros, "trimZeros");
function tidy(text) {
  const [mantissa = "", exponent] = text.split("e");
  return exponent === void 0 ? trimZeros(mantissa) : `${trimZeros(mantissa)}e${exponent.replace("+", "")}`;
}
__name(tidy, "tidy");
function formatNumber(n, significant = SIGNIFICANT) {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "Infinity" : "-Infinity";
  if (n === 0) return "0";
  if (Number.isInteger(n) && Math.abs(n) <= EXACT_LIMIT) return String(n);
  return tidy(n.toPrecision(significant));
}
__name(formatNumber, "formatNumber");
function formatSigned(n, significant = SIGNIFICANT) {
  const text = formatNumber(n, significant);
  return n > 0 && text !== "0" ? `+${text}` : text;
}
__name(formatSigned, "formatSigned");
function formatPercent(fraction) {
  return `${formatSigned(fraction * 100, 3)}%`;
}
__name(formatPercent, "formatPercent");
function formatPair(a, b) {
  const fa = formatNumber(a);
  const fb = formatNumber(b);
  return fa === fb && a !== b ? [tidy(String(a)), tidy(String(b))] : [fa, fb];
}
__name(formatPair, "formatPair");
function change(a, b) {
  if (typeof a !== "number" || typeof b !== "number") return null;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  const delta = b - a;
  return { change: delta, relative: a === 0 ? null : delta / Math.abs(a) };
}
__name(change, "change");
function formatChange(a, b) {
  const c = change(a, b);
  if (!c) return "\u2014";
  const abs = formatSigned(c.change);
  if (c.relative === null) return abs;
  return `${abs} (${formatPercent(c.relative)})`;
}
__name(formatChange, "formatChange");

// src/core/format/checks.ts
var RULE_TEXT = {
  min: "\u2265",
  max: "\u2264",
  max_drop: "drop \u2264",
  max_rise: "rise \u2264"
};
function boundText(c, withLevel = true) {
  const bound = typeof c.bound === "number" ? formatNumber(c.bound) : c.bound;
  return `${RULE_TEXT[c.rule]} ${bound}${withLevel && c.level === "warn" ? " (warn)" : ""}`;
}
__name(boundText, "boundText");
function failedChecks(checks, level) {
  return checks.filter((c) => !c.passed && c.level === level);
}
__name(failedChecks, "failedChecks");
function failedCheckNames(checks) {
  return failedChecks(checks, "error").map((c) => `${c.metric} ${c.rule}`).join(", ");
}
__name(failedCheckNames, "failedCheckNames");
function failedCheckReasons(checks) {
  return failedChecks(checks, "error").map((c) => `${c.metric} ${c.rule}${c.reason ? ` (${c.reason})` : ""}`).join("; ");
}
__name(failedCheckReasons, "failedCheckReasons");
function thresholdsFailed(checks) {
  return `thresholds failed: ${failedCheckNames(checks) || "see the report"}`;
}
__name(thresholdsFailed, "thresholdsFailed");
var MARK = /* @__PURE__ */ __name((c) => c.passed ? "pass" : c.level === "warn" ? "warn" : "FAIL", "MARK");
function plainCheckLine(c) {
  const actual = c.actual === null ? "\u2014" : formatNumber(c.actual);
  const relative = c.rule === "max_drop" || c.rule === "max_rise";
  const base = relative && c.baseline !== null ? `, baseline ${formatNumber(c.baseline)}` : "";
  const reason = c.reason ? ` (${plainText(c.reason, 500)})` : "";
  return `${MARK(c)}  ${plainText(c.metric)} ${boundText(c)}: ${actual}${base}${reason}`;
}
__name(plainCheckLine, "plainCheckLine");

export {
  formatNumber,
  formatSigned,
  formatPair,
  formatChange,
  boundText,
  failedChecks,
  failedCheckNames,
  failedCheckReasons,
  thresholdsFailed,
  plainCheckLine
};
