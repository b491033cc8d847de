import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  formatNumber,
  plainCheckLine
} from "./chunk-W75T7KDA.js";
import {
  require_rcompare
} from "./chunk-6AYYSD3U.js";
import {
  parseTagName
} from "./chunk-5M3M32FF.js";
import {
  __name,
  __toESM
} from "./chunk-HQRR3HW4.js";

// src/core/registry/build.ts
var import_rcompare = __toESM(require_rcompare(), 1);

// src/core/registry/record-schema.ts
var isObj = /* @__PURE__ */ __name((v) => typeof v === "object" && v !== null && !Array.isArray(v), "isObj");
var str = /* @__PURE__ */ __name((v) => typeof v === "string", "str");
var strOrNull = /* @__PURE__ */ __name((v) => v === null || typeof v === "string", "strOrNull");
var numOrNull = /* @__PURE__ */ __name((v) => v === null || typeof v === "number", "numOrNull");
function mapOf(v, ok) {
  if (!isObj(v)) return false;
  for (const k in v) if (!ok(v[k])) return false;
  return true;
}
__name(mapOf, "mapOf");
var RULES = /* @__PURE__ */ new Set(["min", "max", "max_drop", "max_rise"]);
var LEVELS = /* @__PURE__ */ new Set(["error", "warn"]);
function isCheck(c) {
  return isObj(c) && str(c.metric) && RULES.has(c.rule) && (typeof c.bound === "number" || typeof c.bound === "string") && numOrNull(c.baseline) && numOrNull(c.actual) && typeof c.passed === "boolean" && LEVELS.has(c.level) && strOrNull(c.reason);
}
__name(isCheck, "isCheck");
var checks = /* @__PURE__ */ __name((v) => Array.isArray(v) && v.every(isCheck), "checks");
var ignoredList = /* @__PURE__ */ __name((v) => Array.isArray(v) && v.every(
  (i) => isObj(i) && str(i.metric) && (i.value === null || typeof i.value === "string" || typeof i.value === "boolean") && (i.what === void 0 || str(i.what))
), "ignoredList");
var finite = /* @__PURE__ */ __name((x) => typeof x === "number" && Number.isFinite(x), "finite");
var count = /* @__PURE__ */ __name((x) => Number.isSafeInteger(x) && x > 0, "count");
var isInterval = /* @__PURE__ */ __name((i) => isObj(i) && finite(i.value) && Array.isArray(i.ci) && i.ci.length === 2 && i.ci.every(finite) && count(i.n), "isInterval");
var isSamplesRef = /* @__PURE__ */ __name((s) => isObj(s) && typeof s.blob === "string" && /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(s.blob) && count(s.n), "isSamplesRef");
function isVersionRecord(r) {
  const b = r.baseline;
  const a = r.artifact;
  return str(r.version) && str(r.commit) && str(r.fingerprint) && mapOf(r.components, str) && mapOf(r.data, str) && mapOf(r.metrics, (x) => typeof x === "number" && Number.isFinite(x)) && (r.ignored === void 0 || ignoredList(r.ignored)) && (r.intervals === void 0 || mapOf(r.intervals, isInterval)) && (r.samples === void 0 || isSamplesRef(r.samples)) && checks(r.checks) && typeof r.passed === "boolean" && (b === null || isObj(b) && str(b.version) && str(b.tag)) && str(r.evalSettings) && typeof r.reused === "boolean" && strOrNull(r.runUrl) && (a === null || isObj(a) && (isActionsArtifact(a) || isStoredArtifact(a)));
}
__name(isVersionRecord, "isVersionRecord");
var isActionsArtifact = /* @__PURE__ */ __name((a) => typeof a.id === "number" && strOrNull(a.url) && (a.ref === void 0 || isStoredArtifact(a)), "isActionsArtifact");
var isStoredArtifact = /* @__PURE__ */ __name((a) => str(a.ref) && typeof a.digest === "string" && /^sha256:[0-9a-f]{64}$/.test(a.digest), "isStoredArtifact");
function isStageRecord(r) {
  return str(r.version) && str(r.stage) && Number.isInteger(r.n) && checks(r.checks) && str(r.promotedBy) && strOrNull(r.runUrl);
}
__name(isStageRecord, "isStageRecord");
var isRef = /* @__PURE__ */ __name((v) => isObj(v) && str(v.version) && str(v.tag), "isRef");
function isUnassignRecord(r) {
  return str(r.stage) && str(r.version) && Number.isInteger(r.n) && isRef(r.from) && r.from.version === r.version && (r.to === null || isRef(r.to)) && str(r.reason) && str(r.by) && str(r.at) && strOrNull(r.runUrl) && (r.exitCode === void 0 || r.exitCode === null || Number.isInteger(r.exitCode));
}
__name(isUnassignRecord, "isUnassignRecord");
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
__name(asRecord, "asRecord");

// src/core/registry/message.ts
var FENCE_OPEN = "```json";
var FENCE_CLOSE = "```";
var SUMMARY_METRICS = 3;
var oneLine = /* @__PURE__ */ __name((s) => JSON.stringify(s).slice(1, -1), "oneLine");
function checksVerdict(checks2, passed) {
  if (checks2.length === 0) return "no thresholds";
  const failed = checks2.filter((c) => !c.passed && c.level === "error");
  const warned = checks2.filter((c) => !c.passed && c.level === "warn").length;
  const warnText = warned ? ` (${warned} warning${warned === 1 ? "" : "s"})` : "";
  if (passed && failed.length === 0) return `thresholds passed${warnText}`;
  const names = [...new Set(failed.map((c) => `${oneLine(c.metric)} ${c.rule}`))].join(", ");
  return `thresholds FAILED${names ? `: ${names}` : ""}${warnText}`;
}
__name(checksVerdict, "checksVerdict");
function keyMetrics(metrics, checks2, count2 = SUMMARY_METRICS) {
  const named = [...new Set(checks2.map((c) => c.metric))].filter((m) => m in metrics);
  const rest = Object.keys(metrics).filter((m) => !named.includes(m)).sort();
  return [...named, ...rest].slice(0, count2);
}
__name(keyMetrics, "keyMetrics");
function metricLines(metrics) {
  const names = Object.keys(metrics).sort();
  const width = Math.min(40, Math.max(0, ...names.map((n) => oneLine(n).length)));
  return names.map((n) => `  ${oneLine(n).padEnd(width)}  ${formatNumber(metrics[n] ?? NaN)}`);
}
__name(metricLines, "metricLines");
function jsonBlock(record) {
  return [FENCE_OPEN, JSON.stringify(record, null, 2), FENCE_CLOSE];
}
__name(jsonBlock, "jsonBlock");
function versionSummary(r) {
  const shown = keyMetrics(r.metrics, r.checks).map((m) => `${oneLine(m)} ${formatNumber(r.metrics[m] ?? NaN)}`).join(", ");
  return `${r.model} v${r.version}${shown ? `: ${shown}` : ""} \u2014 ${checksVerdict(r.checks, r.passed)}`;
}
__name(versionSummary, "versionSummary");
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
__name(formatVersionMessage, "formatVersionMessage");
function stageSummary(r) {
  return `${r.model} v${r.version} \u2192 ${r.stage}: ${checksVerdict(r.checks, true)}`;
}
__name(stageSummary, "stageSummary");
function formatStageMessage(r) {
  const lines = [stageSummary(r), "", `Promoted by: ${r.promotedBy}`];
  if (r.runUrl) lines.push(`Run: ${r.runUrl}`);
  if (r.checks.length) lines.push("", "Checks:", ...r.checks.map((c) => `  ${plainCheckLine(c)}`));
  lines.push("", ...jsonBlock(r), "");
  return lines.join("\n");
}
__name(formatStageMessage, "formatStageMessage");
function unassignSummary(r) {
  const to = r.to ? `v${r.to.version}` : "empty";
  return `${r.model} v${r.version} withdrawn from ${r.stage} \u2192 ${to}`;
}
__name(unassignSummary, "unassignSummary");
function formatUnassignMessage(r) {
  const lines = [unassignSummary(r), "", `Reason: ${oneLine(r.reason)}`, `Rolled back by: ${r.by}`];
  if (r.exitCode !== void 0 && r.exitCode !== null) lines.push(`Exit code: ${r.exitCode}`);
  if (r.runUrl) lines.push(`Run: ${r.runUrl}`);
  lines.push("", ...jsonBlock(r), "");
  return lines.join("\n");
}
__name(formatUnassignMessage, "formatUnassignMessage");
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
__name(parseRecord, "parseRecord");

// src/core/registry/stages.ts
function byHistory(a, b) {
  return a.n - b.n || a.date.localeCompare(b.date) || a.tag.localeCompare(b.tag);
}
__name(byHistory, "byHistory");
function holders(events, withdrawn = /* @__PURE__ */ new Set()) {
  const active = /* @__PURE__ */ new Map();
  for (const e of [...events].sort(byHistory)) {
    let list = active.get(e.stage);
    if (list === void 0) active.set(e.stage, list = /* @__PURE__ */ new Map());
    const key = e.target ?? `commit:${e.commit}`;
    list.delete(key);
    if (isAssign(e)) list.set(key, e);
  }
  const held = {};
  for (const [stage, list] of active) {
    let newest = null;
    for (const e of list.values()) {
      if (e.target === null || !withdrawn.has(e.target)) newest = e;
    }
    held[stage] = newest;
  }
  return held;
}
__name(holders, "holders");
function stagesEverHeld(events, version) {
  return new Set(
    events.filter((e) => e.action === "assign" && e.version === version).map((e) => e.stage)
  );
}
__name(stagesEverHeld, "stagesEverHeld");
function standingIn(events, version, stage) {
  let last = null;
  for (const e of events) {
    if (e.stage !== stage || e.target !== version) continue;
    if (last === null || byHistory(last, e) < 0) last = e;
  }
  if (last === null) return { state: "never" };
  return last.action === "assign" ? { state: "held" } : { state: "withdrawn", by: last };
}
__name(standingIn, "standingIn");
var isAssign = /* @__PURE__ */ __name((e) => e.action === "assign" && (e.summary === null || e.summary.kind === "stage"), "isAssign");

// src/core/registry/summary.ts
function summarize(record) {
  if (record.kind === "version") {
    const { kind: kind2, model: model2, version: version2, commit, created: created2, fingerprint, metrics, passed, evalSettings } = record;
    return { kind: kind2, model: model2, version: version2, commit, created: created2, fingerprint, metrics, passed, evalSettings };
  }
  if (record.kind === "unassign") {
    const { kind: kind2, model: model2, stage: stage2, version: version2, n: n2, from, to, reason, by, at, runUrl: runUrl2, exitCode } = record;
    return {
      kind: kind2,
      model: model2,
      stage: stage2,
      version: version2,
      n: n2,
      from,
      to,
      reason,
      by,
      at,
      runUrl: runUrl2,
      ...exitCode !== void 0 && { exitCode }
    };
  }
  const { kind, model, version, stage, n, created, promotedBy, runUrl } = record;
  return { kind, model, version, stage, n, created, promotedBy, runUrl };
}
__name(summarize, "summarize");

// src/core/registry/build.ts
var PLAIN = /^(\d+)\.(\d+)\.(\d+)$/;
var PART = 2 ** 20;
var MAJOR = 2 ** 13;
function plainKey(version) {
  const m = PLAIN.exec(version);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const c = Number(m[3]);
  return a < MAJOR && b < PART && c < PART ? (a * PART + b) * PART + c : null;
}
__name(plainKey, "plainKey");
function newestFirst(versions) {
  const keyed = versions.map((v) => ({ v, k: plainKey(v.version) }));
  return keyed.sort((a, b) => a.k !== null && b.k !== null ? b.k - a.k : (0, import_rcompare.default)(a.v.version, b.v.version)).map((x) => x.v);
}
__name(newestFirst, "newestFirst");
var wantsRecord = /* @__PURE__ */ __name((raw, tag) => raw.annotated && (tag.kind === "version" || tag.kind === "assign" || tag.kind === "unassign"), "wantsRecord");
function prepareTag(model, raw, known) {
  const tag = parseTagName(raw.name);
  if (!tag || tag.model !== model) return null;
  if (!wantsRecord(raw, tag)) return { raw, tag, summary: null };
  if (known !== void 0) return { raw, tag, summary: known };
  const record = parseRecord(raw.message);
  return { raw, tag, summary: record && summarize(record) };
}
__name(prepareTag, "prepareTag");
function assembleRegistry(model, mine) {
  let maxN = 0;
  let deprecatedAt = null;
  const deregistered = /* @__PURE__ */ new Set();
  for (const { raw, tag } of mine) {
    if (tag.n !== void 0 && tag.n > maxN) maxN = tag.n;
    if (tag.kind === "deprecate" && raw.annotated) {
      deprecatedAt = Math.max(deprecatedAt ?? -1, tag.n ?? Number.MAX_SAFE_INTEGER);
    }
    if (tag.kind === "deregister" && raw.annotated && tag.version) deregistered.add(tag.version);
  }
  const deprecated = deprecatedAt !== null && deprecatedAt >= maxN;
  const skipped = [];
  const byVersion = /* @__PURE__ */ new Map();
  for (const { raw, tag, summary: found } of mine) {
    if (tag.kind !== "version" || tag.version === void 0) continue;
    const why = untrusted(model, raw, tag.version, found);
    if (why !== null) {
      skipped.push({ tag: raw.name, version: tag.version, reason: why });
      continue;
    }
    const summary = found?.kind === "version" ? found : null;
    const entry = {
      version: tag.version,
      tag: raw.name,
      object: raw.object ?? "",
      commit: raw.commit,
      date: raw.date,
      summary
    };
    if (!raw.annotated) entry.lightweight = true;
    if (deregistered.has(tag.version)) entry.deregistered = true;
    const rank = (summary ? 4 : 0) + (raw.annotated ? 2 : 0) + (tag.n === void 0 ? 1 : 0);
    const prev = byVersion.get(tag.version);
    if (!prev || rank > prev.rank) byVersion.set(tag.version, { entry, rank });
  }
  const versions = newestFirst([...byVersion.values()].map((x) => x.entry));
  const atCommit = /* @__PURE__ */ new Map();
  for (const v of [...versions].reverse()) atCommit.set(v.commit, v.version);
  const known = new Set(versions.map((v) => v.version));
  const events = [];
  for (const { raw, tag, summary: found } of mine) {
    if (tag.kind !== "assign" && tag.kind !== "unassign" || !tag.stage) continue;
    if (!raw.annotated) continue;
    if (!pointsAtCommit(raw)) {
      skipped.push({ tag: raw.name, reason: notCommit(raw) });
      continue;
    }
    const wanted = tag.kind === "assign" ? "stage" : "unassign";
    const summary = (found?.kind === "stage" || found?.kind === "unassign") && found.kind === wanted && found.model === model && found.stage === tag.stage ? found : null;
    const target = summary && known.has(summary.version) ? summary.version : atCommit.get(raw.commit) ?? null;
    events.push({
      action: tag.kind,
      stage: tag.stage,
      n: tag.n ?? 0,
      tag: raw.name,
      object: raw.object ?? "",
      version: tag.kind === "assign" ? target : null,
      target,
      commit: raw.commit,
      date: raw.date,
      summary
    });
  }
  events.sort((a, b) => byHistory(b, a));
  skipped.sort((a, b) => a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);
  return {
    model,
    versions,
    stages: holders(events, deregistered),
    events,
    maxN,
    ...deprecated && { deprecated },
    skipped
  };
}
__name(assembleRegistry, "assembleRegistry");
var pointsAtCommit = /* @__PURE__ */ __name((raw) => raw.targetType === void 0 || raw.targetType === "commit", "pointsAtCommit");
var notCommit = /* @__PURE__ */ __name((raw) => `it points at a ${raw.targetType ?? "non-commit"} (${raw.commit.slice(0, 12)}), not a commit`, "notCommit");
function untrusted(model, raw, version, found) {
  if (!pointsAtCommit(raw)) return notCommit(raw);
  if (found === null) return null;
  if (found.kind !== "version") return "it carries a stage record, not a version record";
  if (found.model !== model) return `its record is of model ${JSON.stringify(found.model)}`;
  if (found.version !== version) return `its record is of version ${JSON.stringify(found.version)}`;
  if (found.commit !== raw.commit) {
    return `its record names commit ${found.commit.slice(0, 12)}, the tag points at ${raw.commit.slice(0, 12)}`;
  }
  return null;
}
__name(untrusted, "untrusted");
function findVersion(registry, version) {
  return registry.versions.find((v) => v.version === version) ?? null;
}
__name(findVersion, "findVersion");
function overviewOf(registry) {
  const tagOf = /* @__PURE__ */ __name((version) => registry.versions.find((v) => v.version === version)?.tag, "tagOf");
  const stages = {};
  for (const [name, e] of Object.entries(registry.stages)) {
    stages[name] = e?.version ? { version: e.version, tag: tagOf(e.version) ?? e.tag } : null;
  }
  return { model: registry.model, latest: registry.versions[0] ?? null, stages };
}
__name(overviewOf, "overviewOf");

export {
  formatVersionMessage,
  formatStageMessage,
  formatUnassignMessage,
  parseRecord,
  holders,
  stagesEverHeld,
  standingIn,
  prepareTag,
  assembleRegistry,
  findVersion,
  overviewOf
};
