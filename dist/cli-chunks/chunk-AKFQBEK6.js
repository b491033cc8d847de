import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  plainCheckLine
} from "./chunk-5GW5BYNW.js";
import {
  formatNumber
} from "./chunk-UN4BW3X4.js";

// src/core/registry/record-schema.ts
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var str = (v) => typeof v === "string";
var strOrNull = (v) => v === null || typeof v === "string";
var numOrNull = (v) => v === null || typeof v === "number";
function mapOf(v, ok) {
  if (!isObj(v)) return false;
  for (const k in v) if (!ok(v[k])) return false;
  return true;
}
var RULES = /* @__PURE__ */ new Set(["min", "max", "max_drop", "max_rise"]);
var LEVELS = /* @__PURE__ */ new Set(["error", "warn"]);
function isCheck(c) {
  return isObj(c) && str(c.metric) && RULES.has(c.rule) && (typeof c.bound === "number" || typeof c.bound === "string") && numOrNull(c.baseline) && numOrNull(c.actual) && typeof c.passed === "boolean" && LEVELS.has(c.level) && strOrNull(c.reason);
}
var checks = (v) => Array.isArray(v) && v.every(isCheck);
var ignoredList = (v) => Array.isArray(v) && v.every(
  (i) => isObj(i) && str(i.metric) && (i.value === null || typeof i.value === "string" || typeof i.value === "boolean") && (i.what === void 0 || str(i.what))
);
var finite = (x) => typeof x === "number" && Number.isFinite(x);
var count = (x) => Number.isSafeInteger(x) && x > 0;
var isInterval = (i) => isObj(i) && finite(i.value) && Array.isArray(i.ci) && i.ci.length === 2 && i.ci.every(finite) && count(i.n);
var isSamplesRef = (s) => isObj(s) && typeof s.blob === "string" && /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(s.blob) && count(s.n);
function isVersionRecord(r) {
  const b = r.baseline;
  const a = r.artifact;
  return str(r.version) && str(r.commit) && str(r.fingerprint) && mapOf(r.components, str) && mapOf(r.data, str) && mapOf(r.metrics, (x) => typeof x === "number" && Number.isFinite(x)) && (r.ignored === void 0 || ignoredList(r.ignored)) && (r.intervals === void 0 || mapOf(r.intervals, isInterval)) && (r.samples === void 0 || isSamplesRef(r.samples)) && checks(r.checks) && typeof r.passed === "boolean" && (b === null || isObj(b) && str(b.version) && str(b.tag)) && str(r.evalSettings) && typeof r.reused === "boolean" && strOrNull(r.runUrl) && (a === null || isObj(a) && (isActionsArtifact(a) || isStoredArtifact(a)));
}
var isActionsArtifact = (a) => typeof a.id === "number" && strOrNull(a.url) && (a.ref === void 0 || isStoredArtifact(a));
var isStoredArtifact = (a) => str(a.ref) && typeof a.digest === "string" && /^sha256:[0-9a-f]{64}$/.test(a.digest);
function isStageRecord(r) {
  return str(r.version) && str(r.stage) && Number.isInteger(r.n) && checks(r.checks) && str(r.promotedBy) && strOrNull(r.runUrl);
}
var isRef = (v) => isObj(v) && str(v.version) && str(v.tag);
function isUnassignRecord(r) {
  return str(r.stage) && str(r.version) && Number.isInteger(r.n) && isRef(r.from) && r.from.version === r.version && (r.to === null || isRef(r.to)) && str(r.reason) && str(r.by) && str(r.at) && strOrNull(r.runUrl) && (r.exitCode === void 0 || r.exitCode === null || Number.isInteger(r.exitCode));
}
function asRecord(value) {
  if (!isObj(value) || value.schema !== 1 || !str(value.model)) return null;
  if (value.kind === "unassign")
    return isUnassignRecord(value) ? value : null;
  if (!str(value.created)) return null;
  if (value.kind === "version")
    return isVersionRecord(value) ? value : null;
  if (value.kind === "stage") return isStageRecord(value) ? value : null;
  return null;
}

// src/core/registry/message.ts
var FENCE_OPEN = "```json";
var FENCE_CLOSE = "```";
var SUMMARY_METRICS = 3;
var oneLine = (s) => JSON.stringify(s).slice(1, -1);
function checksVerdict(checks2, passed) {
  if (checks2.length === 0) return "no thresholds";
  const failed = checks2.filter((c) => !c.passed && c.level === "error");
  const warned = checks2.filter((c) => !c.passed && c.level === "warn").length;
  const warnText = warned ? ` (${warned} warning${warned === 1 ? "" : "s"})` : "";
  if (passed && failed.length === 0) return `thresholds passed${warnText}`;
  const names = [...new Set(failed.map((c) => `${oneLine(c.metric)} ${c.rule}`))].join(", ");
  return `thresholds FAILED${names ? `: ${names}` : ""}${warnText}`;
}
function keyMetrics(metrics, checks2, count2 = SUMMARY_METRICS) {
  const named = [...new Set(checks2.map((c) => c.metric))].filter((m) => m in metrics);
  const rest = Object.keys(metrics).filter((m) => !named.includes(m)).sort();
  return [...named, ...rest].slice(0, count2);
}
function metricLines(metrics) {
  const names = Object.keys(metrics).sort();
  const width = Math.min(40, Math.max(0, ...names.map((n) => oneLine(n).length)));
  return names.map((n) => `  ${oneLine(n).padEnd(width)}  ${formatNumber(metrics[n] ?? NaN)}`);
}
function jsonBlock(record) {
  return [FENCE_OPEN, JSON.stringify(record, null, 2), FENCE_CLOSE];
}
function versionSummary(r) {
  const shown = keyMetrics(r.metrics, r.checks).map((m) => `${oneLine(m)} ${formatNumber(r.metrics[m] ?? NaN)}`).join(", ");
  return `${r.model} v${r.version}${shown ? `: ${shown}` : ""} \u2014 ${checksVerdict(r.checks, r.passed)}`;
}
function formatVersionMessage(r) {
  const lines = [versionSummary(r), ""];
  lines.push(`Fingerprint: ${r.fingerprint}`);
  if (r.baseline) lines.push(`Baseline: ${r.baseline.tag}`);
  if (r.reused) lines.push("Metrics reused (the content and eval settings were unchanged).");
  if (r.runUrl) lines.push(`Run: ${r.runUrl}`);
  lines.push("", "Metrics:", ...metricLines(r.metrics));
  if (r.checks.length) lines.push("", "Checks:", ...r.checks.map((c) => `  ${plainCheckLine(c)}`));
  lines.push("", ...jsonBlock(r), "");
  return lines.join("\n");
}
function stageSummary(r) {
  return `${r.model} v${r.version} \u2192 ${r.stage}: ${checksVerdict(r.checks, true)}`;
}
function formatStageMessage(r) {
  const lines = [stageSummary(r), "", `Promoted by: ${r.promotedBy}`];
  if (r.runUrl) lines.push(`Run: ${r.runUrl}`);
  if (r.checks.length) lines.push("", "Checks:", ...r.checks.map((c) => `  ${plainCheckLine(c)}`));
  lines.push("", ...jsonBlock(r), "");
  return lines.join("\n");
}
function unassignSummary(r) {
  const to = r.to ? `v${r.to.version}` : "empty";
  return `${r.model} v${r.version} withdrawn from ${r.stage} \u2192 ${to}`;
}
function formatUnassignMessage(r) {
  const lines = [unassignSummary(r), "", `Reason: ${oneLine(r.reason)}`, `Rolled back by: ${r.by}`];
  if (r.exitCode !== void 0 && r.exitCode !== null) lines.push(`Exit code: ${r.exitCode}`);
  if (r.runUrl) lines.push(`Run: ${r.runUrl}`);
  lines.push("", ...jsonBlock(r), "");
  return lines.join("\n");
}
function parseRecord(message) {
  const open = message.lastIndexOf(`
${FENCE_OPEN}`);
  const start = open >= 0 ? open + 1 : message.startsWith(FENCE_OPEN) ? 0 : -1;
  if (start < 0) return null;
  const bodyStart = message.indexOf("\n", start);
  if (bodyStart < 0) return null;
  const end = message.indexOf(`
${FENCE_CLOSE}`, bodyStart);
  if (end < 0) return null;
  let value;
  try {
    value = JSON.parse(message.slice(bodyStart + 1, end));
  } catch {
    return null;
  }
  return asRecord(value);
}

export {
  keyMetrics,
  formatVersionMessage,
  formatStageMessage,
  formatUnassignMessage,
  parseRecord
};
