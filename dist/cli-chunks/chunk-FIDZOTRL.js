import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  formatNumber
} from "./chunk-UN4BW3X4.js";

// src/core/format/text.ts
var MAX_NAME = 200;
var LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
var CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function clip(text, max = MAX_NAME) {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}\u2026` : text;
}
function plainText(text, max = MAX_NAME) {
  return clip(
    text.replace(
      CONTROLS,
      (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0").toUpperCase()}`
    ),
    max
  );
}

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
  MAX_NAME,
  LINE_BREAKS,
  CONTROLS,
  clip,
  plainText,
  boundText,
  failedChecks,
  failedCheckReasons,
  plainCheckLine
};
