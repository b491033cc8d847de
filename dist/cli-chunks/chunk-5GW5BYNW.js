import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  formatNumber
} from "./chunk-UN4BW3X4.js";
import {
  plainText
} from "./chunk-5VN3OPDC.js";

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
function failedChecks(checks, level) {
  return checks.filter((c) => !c.passed && c.level === level);
}
function failedCheckReasons(checks) {
  return failedChecks(checks, "error").map((c) => `${c.metric} ${c.rule}${c.reason ? ` (${c.reason})` : ""}`).join("; ");
}
var MARK = (c) => c.passed ? "pass" : c.level === "warn" ? "warn" : "FAIL";
function plainCheckLine(c) {
  const actual = c.actual === null ? "\u2014" : formatNumber(c.actual);
  const relative = c.rule === "max_drop" || c.rule === "max_rise";
  const base = relative && c.baseline !== null ? `, baseline ${formatNumber(c.baseline)}` : "";
  const reason = c.reason ? ` (${plainText(c.reason, 500)})` : "";
  return `${MARK(c)}  ${plainText(c.metric)} ${boundText(c)}: ${actual}${base}${reason}`;
}

export {
  boundText,
  failedChecks,
  failedCheckReasons,
  plainCheckLine
};
