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
  readSealedFile,
  writeSealedFileSync
} from "./chunk-LKG3CIQE.js";
import {
  lastLines
} from "./chunk-4V3BQP3G.js";
import {
  modelRefPatterns,
  parseTagName
} from "./chunk-5M3M32FF.js";
import {
  LeptonError
} from "./chunk-JFBFOGK2.js";
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
    let list2 = active.get(e.stage);
    if (list2 === void 0) active.set(e.stage, list2 = /* @__PURE__ */ new Map());
    const key = e.target ?? `commit:${e.commit}`;
    list2.delete(key);
    if (isAssign(e)) list2.set(key, e);
  }
  const held = {};
  for (const [stage, list2] of active) {
    let newest = null;
    for (const e of list2.values()) {
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
    const { kind: kind2, model: model2, stage: stage2, version: version2, n: n2, from, to, reason, by, at: at2, runUrl: runUrl2, exitCode } = record;
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
      at: at2,
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

// src/io/registry/cache.ts
import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { join } from "node:path";

// src/version.ts
var VERSION = "0.1.0";

// src/io/registry/snapshot.ts
var inTag = /* @__PURE__ */ __name((model) => model.replace(":", "="), "inTag");
function versionRow(v, model, prefix, t) {
  const tag = { kind: "version", model, version: v.version };
  return [
    v.version,
    v.tag === prefix + v.version ? 0 : v.tag,
    v.object,
    v.commit,
    v.date,
    (v.lightweight ? 1 : 0) + (v.deregistered ? 2 : 0),
    v.summary && pack(v.summary, tag, v.commit, t)
  ];
}
__name(versionRow, "versionRow");
function encodeOverview(o) {
  const t = new Tables();
  const latest = o.latest && versionRow(o.latest, o.model, `${inTag(o.model)}@v`, t);
  return { model: o.model, strings: t.strings, names: t.names, latest, stages: o.stages };
}
__name(encodeOverview, "encodeOverview");
function decodeOverview(doc, model) {
  try {
    if (!isPlainObject(doc) || doc.model !== model || !isPlainObject(doc.stages)) return null;
    const strings = list(doc.strings).map(str2);
    const names = list(doc.names).map((n) => list(n).map(str2));
    const latest = doc.latest === null ? null : versionOf(doc.latest, model, `${inTag(model)}@v`, strings, names);
    const stages = {};
    for (const [stage, h] of Object.entries(doc.stages)) {
      if (h === null) stages[stage] = null;
      else if (isPlainObject(h) && Object.keys(h).length === 2) {
        stages[stage] = { version: str2(h.version), tag: str2(h.tag) };
      } else return null;
    }
    return { model, latest, stages };
  } catch (e) {
    if (e instanceof NotASnapshot) return null;
    throw e;
  }
}
__name(decodeOverview, "decodeOverview");
function encodeSnapshot(registry, t = new Tables()) {
  const prefix = `${inTag(registry.model)}@v`;
  const versions = registry.versions.map((v) => versionRow(v, registry.model, prefix, t));
  const events = registry.events.map((e) => {
    const tag = { kind: e.action, model: registry.model, stage: e.stage };
    return [
      e.action === "assign" ? 0 : 1,
      e.stage,
      e.n,
      e.tag,
      e.object,
      e.version,
      e.target,
      e.commit,
      e.date,
      e.summary && pack(e.summary, tag, e.commit, t)
    ];
  });
  const stages = {};
  for (const [stage, e] of Object.entries(registry.stages)) {
    stages[stage] = e === null ? null : registry.events.indexOf(e);
  }
  return {
    model: registry.model,
    strings: t.strings,
    names: t.names,
    versions,
    events,
    stages,
    maxN: registry.maxN,
    ...registry.deprecated !== void 0 && { deprecated: registry.deprecated },
    skipped: registry.skipped
  };
}
__name(encodeSnapshot, "encodeSnapshot");
var NotASnapshot = class extends Error {
  static {
    __name(this, "NotASnapshot");
  }
};
var str2 = /* @__PURE__ */ __name((v) => {
  if (typeof v !== "string") throw new NotASnapshot();
  return v;
}, "str");
var strOrNull2 = /* @__PURE__ */ __name((v) => v === null ? null : str2(v), "strOrNull");
var int = /* @__PURE__ */ __name((v) => {
  if (!Number.isSafeInteger(v)) throw new NotASnapshot();
  return v;
}, "int");
var list = /* @__PURE__ */ __name((v, length) => {
  if (!Array.isArray(v) || length !== void 0 && v.length !== length) {
    throw new NotASnapshot();
  }
  return v;
}, "list");
var isPlainObject = /* @__PURE__ */ __name((v) => typeof v === "object" && v !== null && !Array.isArray(v), "isPlainObject");
function decodeSnapshot(doc, model) {
  try {
    return decode(doc, model);
  } catch (e) {
    if (e instanceof NotASnapshot) return null;
    throw e;
  }
}
__name(decodeSnapshot, "decodeSnapshot");
function decode(doc, model) {
  if (!isPlainObject(doc) || doc.model !== model) return null;
  const strings = list(doc.strings).map(str2);
  const names = list(doc.names).map((n) => list(n).map(str2));
  const prefix = `${inTag(model)}@v`;
  const summaryOf = /* @__PURE__ */ __name((packed, sub, commit) => unpacked(packed, model, sub, commit, strings, names), "summaryOf");
  const versions = list(doc.versions).map(
    (r) => versionOf(r, model, prefix, strings, names)
  );
  const events = list(doc.events).map((r) => {
    const [action, stage, n, tag, object, version, target, commit, date, packed] = list(r, 10);
    if (action !== 0 && action !== 1) throw new NotASnapshot();
    const s = str2(stage);
    const c = str2(commit);
    const summary = summaryOf(packed, s, c);
    const wanted = action === 0 ? "stage" : "unassign";
    if (summary !== null && summary.kind !== wanted) throw new NotASnapshot();
    return {
      action: action === 0 ? "assign" : "unassign",
      stage: s,
      n: int(n),
      tag: str2(tag),
      object: str2(object),
      version: strOrNull2(version),
      target: strOrNull2(target),
      commit: c,
      date: str2(date),
      summary
    };
  });
  if (!isPlainObject(doc.stages)) return null;
  const stages = {};
  for (const [stage, i] of Object.entries(doc.stages)) {
    if (i === null) {
      stages[stage] = null;
      continue;
    }
    const ev = events[int(i)];
    if (ev === void 0 || ev.action !== "assign" || ev.stage !== stage) return null;
    stages[stage] = ev;
  }
  const skipped = list(doc.skipped).map((x) => {
    if (!isPlainObject(x)) throw new NotASnapshot();
    const keys = Object.keys(x).length;
    if (keys !== (x.version === void 0 ? 2 : 3)) throw new NotASnapshot();
    return {
      tag: str2(x.tag),
      ...x.version !== void 0 && { version: str2(x.version) },
      reason: str2(x.reason)
    };
  });
  if (doc.deprecated !== void 0 && doc.deprecated !== true) return null;
  return {
    model,
    versions,
    stages,
    events,
    maxN: int(doc.maxN),
    ...doc.deprecated === true && { deprecated: true },
    skipped
  };
}
__name(decode, "decode");
function unpacked(packed, model, sub, commit, strings, names) {
  if (packed === null) return null;
  try {
    return unpack(list(packed), model, sub, commit, strings, names);
  } catch {
    throw new NotASnapshot();
  }
}
__name(unpacked, "unpacked");
function versionOf(r, model, prefix, strings, names) {
  const row = list(r, 7);
  const v = str2(row[0]);
  const tag = row[1];
  const c = str2(row[3]);
  const f = int(row[5]);
  if (f < 0 || f > 3) throw new NotASnapshot();
  const summary = unpacked(row[6], model, v, c, strings, names);
  if (summary !== null && summary.kind !== "version") throw new NotASnapshot();
  const entry = {
    version: v,
    tag: tag === 0 ? prefix + v : str2(tag),
    object: str2(row[2]),
    commit: c,
    date: str2(row[4]),
    summary
  };
  if ((f & 1) !== 0) entry.lightweight = true;
  if ((f & 2) !== 0) entry.deregistered = true;
  return entry;
}
__name(versionOf, "versionOf");

// src/io/registry/cache.ts
var FORMAT = "lepton-tag-cache";
var VERSION2 = 9;
var KIND = "tag-cache";
var OVERVIEW_KIND = "tag-overview";
var MAX_BYTES = 256 << 20;
var KINDS = [
  "",
  "version",
  "deregister",
  "assign",
  "unassign",
  "deprecate",
  "create"
];
function tagCacheFile(gitDir, model) {
  return join(gitDir, "lepton", "tags", `${encodeURIComponent(model)}.json`);
}
__name(tagCacheFile, "tagCacheFile");
var overviewFile = /* @__PURE__ */ __name((file) => file.replace(/\.json$/, ".overview"), "overviewFile");
function loadOverview(file, model, digest) {
  const sealed = readSealedFile(overviewFile(file), OVERVIEW_KIND, MAX_BYTES);
  if (sealed === null || sealed.count !== 2 || headOf(sealed.section(0), model) !== digest) {
    return null;
  }
  const body = sealed.section(1);
  if (body === null) return null;
  try {
    return decodeOverview(JSON.parse(body.toString("utf8")), model);
  } catch {
    return null;
  }
}
__name(loadOverview, "loadOverview");
function listingDigest(listing) {
  const hash = createHash("sha256");
  for (const chunk of listing) hash.update(chunk);
  return hash.digest("hex");
}
__name(listingDigest, "listingDigest");
function openTagCache(file, model) {
  const sealed = readSealedFile(file, KIND, MAX_BYTES);
  if (sealed === null || sealed.count !== 3) return null;
  const digest = headOf(sealed.section(0), model);
  if (digest === null) return null;
  const json = /* @__PURE__ */ __name((i) => {
    const body = sealed.section(i);
    return JSON.parse(body.toString(isAscii(body) ? "latin1" : "utf8"));
  }, "json");
  return {
    digest,
    registry: /* @__PURE__ */ __name((wanted) => {
      if (wanted !== digest || !rowsLookSound(sealed.section(2), model)) return null;
      if (sealed.section(1) === null) return null;
      try {
        return decodeSnapshot(json(1), model);
      } catch {
        return null;
      }
    }, "registry"),
    tags: /* @__PURE__ */ __name(() => rowsOf(sealed.section(2), model), "tags")
  };
}
__name(openTagCache, "openTagCache");
function rowsLookSound(rows, model) {
  if (rows === null) return false;
  const open = `[${JSON.stringify([FORMAT, VERSION2, model]).slice(0, -1)},[`;
  return rows.length > open.length + 3 && rows.toString("utf8", 0, Buffer.byteLength(open)) === open && rows.toString("latin1", rows.length - 3) === "]]\n";
}
__name(rowsLookSound, "rowsLookSound");
function rowsOf(body, model) {
  const out = /* @__PURE__ */ new Map();
  if (!body) return out;
  try {
    const doc = JSON.parse(body.toString("utf8"));
    if (!Array.isArray(doc) || !Array.isArray(doc[0])) return out;
    const [format, version, forModel, strings, names] = doc[0];
    if (format !== FORMAT || version !== VERSION2 || forModel !== model) return out;
    if (!isStrings(strings) || !Array.isArray(names) || !names.every(isStrings)) return out;
    for (let i = 1; i < doc.length; i++) {
      const row = doc[i];
      if (!isRow(row)) return /* @__PURE__ */ new Map();
      const name = row[0];
      const object = row[1];
      const code = row[2];
      const commit = row[3];
      const date = row[4];
      const sub = row[5];
      const n = row[6];
      const packed = row[7];
      const kind = KINDS[code >> 1];
      let prepared = null;
      if (kind !== "") {
        const targetType = row[8] ?? "commit";
        const raw = {
          name,
          annotated: (code & 1) === 1,
          object,
          commit,
          targetType,
          date,
          message: ""
        };
        const tag = kind === "version" || kind === "deregister" ? { kind, model, version: sub } : kind === "assign" || kind === "unassign" ? { kind, model, stage: sub } : { kind, model };
        if (n >= 0) tag.n = n;
        const summary = packed && unpack(packed, model, sub, commit, strings, names);
        prepared = { raw, tag, summary };
      }
      out.set(name, { name, object, prepared });
    }
    return out;
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
__name(rowsOf, "rowsOf");
function headOf(bytes, model) {
  if (bytes === null) return null;
  try {
    const head = JSON.parse(bytes.toString("utf8"));
    if (!Array.isArray(head) || head.length !== 5) return null;
    const [format, version, release, forModel, digest] = head;
    if (format !== FORMAT || version !== VERSION2 || release !== VERSION) return null;
    if (forModel !== model) return null;
    return typeof digest === "string" && /^[0-9a-f]{64}$/.test(digest) ? digest : null;
  } catch {
    return null;
  }
}
__name(headOf, "headOf");
var isStrings = /* @__PURE__ */ __name((v) => Array.isArray(v) && v.every((s) => typeof s === "string"), "isStrings");
function isRow(row) {
  return Array.isArray(row) && (row.length === 8 || row.length === 9 && typeof row[8] === "string") && typeof row[0] === "string" && typeof row[1] === "string" && Number.isInteger(row[2]) && row[2] >= 0 && row[2] >> 1 < KINDS.length && typeof row[3] === "string" && typeof row[4] === "string" && typeof row[5] === "string" && Number.isSafeInteger(row[6]) && (row[7] === null || Array.isArray(row[7]));
}
__name(isRow, "isRow");
var Unreadable = class extends Error {
  static {
    __name(this, "Unreadable");
  }
};
var str3 = /* @__PURE__ */ __name((v) => {
  if (typeof v !== "string") throw new Unreadable();
  return v;
}, "str");
var num = /* @__PURE__ */ __name((v) => {
  if (typeof v !== "number") throw new Unreadable();
  return v;
}, "num");
var at = /* @__PURE__ */ __name((list2, i) => {
  const v = list2[num(i)];
  if (v === void 0) throw new Unreadable();
  return v;
}, "at");
function unpack(p, model, sub, commit, strings, names) {
  if (p[0] === 0) {
    let metrics;
    if (p[8] === -1) {
      metrics = p[9];
      if (typeof metrics !== "object" || metrics === null) throw new Unreadable();
    } else {
      const keys = at(names, p[8]);
      metrics = {};
      for (let k = 0; k < keys.length; k++) metrics[keys[k]] = num(p[9 + k]);
    }
    if (typeof p[6] !== "boolean") throw new Unreadable();
    return {
      kind: "version",
      model: p[1] === 0 ? model : str3(p[1]),
      version: p[2] === 0 ? sub : str3(p[2]),
      commit: p[3] === 0 ? commit : str3(p[3]),
      created: str3(p[4]),
      fingerprint: str3(p[5]),
      metrics,
      passed: p[6],
      evalSettings: at(strings, p[7])
    };
  }
  if (p[0] === 2) return unpackUnassign(p, model, sub);
  if (p[0] !== 1 || !(p[7] === null || typeof p[7] === "string")) throw new Unreadable();
  return {
    kind: "stage",
    model: p[1] === 0 ? model : str3(p[1]),
    version: str3(p[2]),
    stage: p[3] === 0 ? sub : str3(p[3]),
    n: num(p[4]),
    created: str3(p[5]),
    promotedBy: str3(p[6]),
    runUrl: p[7]
  };
}
__name(unpack, "unpack");
var strOrNull3 = /* @__PURE__ */ __name((v) => v === null ? null : str3(v), "strOrNull");
var ref = /* @__PURE__ */ __name((v) => {
  if (!Array.isArray(v) || v.length !== 2) throw new Unreadable();
  return { version: str3(v[0]), tag: str3(v[1]) };
}, "ref");
function unpackUnassign(p, model, sub) {
  if (p.length !== 11 && p.length !== 12) throw new Unreadable();
  const exit = p[11];
  if (!(exit === void 0 || exit === null || typeof exit === "number")) throw new Unreadable();
  return {
    kind: "unassign",
    model: p[1] === 0 ? model : str3(p[1]),
    version: str3(p[2]),
    stage: p[3] === 0 ? sub : str3(p[3]),
    n: num(p[4]),
    from: ref(p[5]),
    to: p[6] === null ? null : ref(p[6]),
    reason: str3(p[7]),
    by: str3(p[8]),
    at: str3(p[9]),
    runUrl: strOrNull3(p[10]),
    ...p.length === 12 && { exitCode: exit }
  };
}
__name(unpackUnassign, "unpackUnassign");
var Tables = class {
  static {
    __name(this, "Tables");
  }
  strings = [];
  names = [];
  /** Each summary's packed form, by object: packed once for rows and registry alike. */
  packed = /* @__PURE__ */ new Map();
  stringAt = /* @__PURE__ */ new Map();
  namesAt = /* @__PURE__ */ new Map();
  string(s) {
    let i = this.stringAt.get(s);
    if (i === void 0) this.stringAt.set(s, i = this.strings.push(s) - 1);
    return i;
  }
  lastKeys = [];
  lastAt = -1;
  nameList(keys) {
    const last = this.lastKeys;
    if (this.lastAt >= 0 && keys.length === last.length && keys.every((k, j) => k === last[j])) {
      return this.lastAt;
    }
    const key = keys.join("\0");
    let i = this.namesAt.get(key);
    if (i === void 0) this.namesAt.set(key, i = this.names.push(keys) - 1);
    this.lastKeys = keys;
    this.lastAt = i;
    return i;
  }
};
function pack(s, tag, commit, t) {
  const known = t.packed.get(s);
  if (known !== void 0 && known.version === tag.version && known.stage === tag.stage && known.commit === commit) {
    return known.packed;
  }
  const packed = packFresh(s, tag, commit, t);
  t.packed.set(s, { version: tag.version, stage: tag.stage, commit, packed });
  return packed;
}
__name(pack, "pack");
function packFresh(s, tag, commit, t) {
  const model = s.model === tag.model ? 0 : s.model;
  if (s.kind === "unassign") {
    const packed = [
      2,
      model,
      s.version,
      s.stage === tag.stage ? 0 : s.stage,
      s.n,
      [s.from.version, s.from.tag],
      s.to && [s.to.version, s.to.tag],
      s.reason,
      s.by,
      s.at,
      s.runUrl
    ];
    if (s.exitCode !== void 0) packed.push(s.exitCode);
    return packed;
  }
  if (s.kind === "version") {
    const keys = Object.keys(s.metrics);
    const packed = [
      0,
      model,
      s.version === tag.version ? 0 : s.version,
      s.commit === commit ? 0 : s.commit,
      s.created,
      s.fingerprint,
      s.passed,
      t.string(s.evalSettings)
    ];
    if (keys.includes("__proto__")) packed.push(-1, s.metrics);
    else {
      packed.push(t.nameList(keys));
      for (const k of keys) packed.push(s.metrics[k]);
    }
    return packed;
  }
  return [
    1,
    model,
    s.version,
    s.stage === tag.stage ? 0 : s.stage,
    s.n,
    s.created,
    s.promotedBy,
    s.runUrl
  ];
}
__name(packFresh, "packFresh");
function rowOf({ name, object, prepared: p }, t) {
  const tag = p?.tag;
  const commit = p?.raw.commit ?? "";
  const row = [
    name,
    object,
    (p?.raw.annotated ? 1 : 0) + 2 * Math.max(0, KINDS.indexOf(tag?.kind ?? "")),
    commit,
    p?.raw.date ?? "",
    tag?.version ?? tag?.stage ?? "",
    tag?.n ?? -1,
    p?.summary && tag ? pack(p.summary, tag, commit, t) : null
  ];
  const targetType = p?.raw.targetType ?? "commit";
  return targetType === "commit" ? row : [...row, targetType];
}
__name(rowOf, "rowOf");
function saveTagCache(file, model, tags, snapshot) {
  const sorted = [...tags].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const t = new Tables();
  const rows = sorted.map((tag) => rowOf(tag, t));
  const registry = Buffer.from(JSON.stringify(encodeSnapshot(snapshot.registry, t)));
  const header = [FORMAT, VERSION2, model, t.strings, t.names];
  const doc = Buffer.from(`${JSON.stringify([header, ...rows])}
`);
  const head = Buffer.from(
    JSON.stringify([FORMAT, VERSION2, VERSION, model, snapshot.digest])
  );
  const overview = Buffer.from(JSON.stringify(encodeOverview(overviewOf(snapshot.registry))));
  if (writeSealedFileSync(file, KIND, [[head], [registry], [doc]], MAX_BYTES)) {
    writeSealedFileSync(overviewFile(file), OVERVIEW_KIND, [[head], [overview]], MAX_BYTES);
  }
  return Promise.resolve();
}
__name(saveTagCache, "saveTagCache");
function saveOverview(file, model, snapshot) {
  const head = Buffer.from(
    JSON.stringify([FORMAT, VERSION2, VERSION, model, snapshot.digest])
  );
  const overview = Buffer.from(JSON.stringify(encodeOverview(overviewOf(snapshot.registry))));
  writeSealedFileSync(overviewFile(file), OVERVIEW_KIND, [[head], [overview]], MAX_BYTES);
  return Promise.resolve();
}
__name(saveOverview, "saveOverview");

// src/io/registry/tag-objects.ts
import { isAscii as isAscii2 } from "node:buffer";
var NEWLINE = 10;
var FENCE = Buffer.from("```json");
var BLANK_LINE = Buffer.from("\n\n");
var NOTHING = Buffer.alloc(0);
var HEADER_MAX = 128;
var ObjectStream = class {
  constructor(refs, onTag) {
    this.refs = refs;
    this.onTag = onTag;
  }
  refs;
  onTag;
  static {
    __name(this, "ObjectStream");
  }
  pending = NOTHING;
  next = 0;
  /** Set instead of throwing: this runs in a stream's data handler. */
  failure = null;
  get done() {
    return this.next === this.refs.length && this.pending.length === 0;
  }
  write(chunk) {
    if (this.failure !== null) return;
    let buf = chunk;
    let at2 = 0;
    if (this.pending.length) {
      const p = this.pending;
      const head = Buffer.concat([p, chunk.subarray(0, HEADER_MAX)]);
      const eol = head.indexOf(NEWLINE);
      const size = eol < 0 ? NaN : Number(head.toString("latin1", 0, eol).split(" ")[2]);
      const needed = eol + 1 + size + 1;
      if (!(needed <= p.length + chunk.length)) {
        buf = Buffer.concat([p, chunk]);
      } else {
        at2 = needed - p.length;
        this.pending = NOTHING;
        const joined = Buffer.concat([p, chunk.subarray(0, at2)]);
        const used = this.cut(joined);
        if (used !== joined.length) {
          this.failure ??= "an object was cut short";
          return;
        }
      }
    }
    const rest = this.cut(buf, at2);
    if (rest < 0) return;
    this.pending = rest < buf.length ? buf.subarray(rest) : NOTHING;
  }
  /** Emits every whole object in buf from `at` on; where the first incomplete one starts, or -1 on a failure. */
  cut(buf, from = 0) {
    let at2 = from;
    for (; ; ) {
      const eol = buf.indexOf(NEWLINE, at2);
      if (eol < 0) return at2;
      const [id, type, size] = headerLine(buf.toString("latin1", at2, eol));
      const ref2 = this.refs[this.next];
      if (ref2 === void 0 || id !== ref2.object || type === "missing" || size === void 0) {
        this.failure = `unexpected object ${id ?? ""} ${type ?? ""}`;
        return -1;
      }
      const start = eol + 1;
      const end = start + Number(size);
      if (end >= buf.length) return at2;
      this.emit(ref2, type ?? "", buf, start, end);
      this.next++;
      at2 = end + 1;
    }
  }
  /** One object: a tag object (annotated tag), else the commit (or other) a lightweight tag names. */
  emit(ref2, type, buf, start, end) {
    const annotated = type === "tag";
    const headersEnd = annotated || type === "commit" ? buf.indexOf(BLANK_LINE, start) : -1;
    const to = headersEnd < 0 || headersEnd > end ? end : headersEnd;
    let text = NOTHING;
    if (annotated && headersEnd >= 0 && headersEnd < end) {
      const from = headersEnd + 2;
      const fence = lastFence(buf, from, end);
      text = buf.subarray(fence >= 0 ? fence : from, end);
    }
    const dateKey = annotated ? TAGGER : type === "commit" ? COMMITTER : null;
    this.onTag(
      {
        name: ref2.name,
        annotated,
        object: ref2.object,
        commit: annotated ? headerText(buf, start, to, OBJECT) ?? "" : ref2.object,
        // A tag object says what it points at; a lightweight tag's object is its target.
        targetType: annotated ? headerText(buf, start, to, TYPE) ?? "" : type,
        date: dateKey === null ? "" : identDate(buf, headerAt(buf, start, to, dateKey), to),
        message: decode2(text)
      },
      text
    );
  }
};
function lastFence(buf, from, end) {
  let found = -1;
  for (let i = buf.indexOf(FENCE, from); i >= 0 && i + FENCE.length <= end; ) {
    if (i > from && buf[i - 1] === NEWLINE) found = i - 1;
    i = buf.indexOf(FENCE, i + FENCE.length);
  }
  return found;
}
__name(lastFence, "lastFence");
function decode2(bytes) {
  if (bytes.length === 0) return "";
  return bytes.toString(isAscii2(bytes) ? "latin1" : "utf8");
}
__name(decode2, "decode");
function headerLine(line) {
  const a = line.indexOf(" ");
  if (a < 0) return [line, void 0, void 0];
  const b = line.indexOf(" ", a + 1);
  if (b < 0) return [line.slice(0, a), line.slice(a + 1), void 0];
  const c = line.indexOf(" ", b + 1);
  return [line.slice(0, a), line.slice(a + 1, b), line.slice(b + 1, c < 0 ? line.length : c)];
}
__name(headerLine, "headerLine");
var OBJECT = Buffer.from("object ");
var TYPE = Buffer.from("type ");
var TAGGER = Buffer.from("tagger ");
var COMMITTER = Buffer.from("committer ");
function headerAt(buf, from, to, key) {
  if (to - from >= key.length && buf.compare(key, 0, key.length, from, from + key.length) === 0) {
    return from + key.length;
  }
  for (let i = buf.indexOf(key, from); i >= 0 && i + key.length <= to; i = buf.indexOf(key, i + 1)) {
    if (i > from && buf[i - 1] === NEWLINE) return i + key.length;
  }
  return -1;
}
__name(headerAt, "headerAt");
function valueEnd(buf, at2, to) {
  const eol = buf.indexOf(NEWLINE, at2);
  return eol < 0 || eol > to ? to : eol;
}
__name(valueEnd, "valueEnd");
function headerText(buf, from, to, key) {
  const at2 = headerAt(buf, from, to, key);
  return at2 < 0 ? void 0 : buf.toString("latin1", at2, valueEnd(buf, at2, to));
}
__name(headerText, "headerText");
var GT = 62;
var SPACE = 32;
function identDate(buf, at2, to) {
  if (at2 < 0) return "";
  const end = valueEnd(buf, at2, to);
  let email = end - 2;
  while (email >= at2 && !(buf[email] === GT && buf[email + 1] === SPACE)) email--;
  if (email < at2) return "";
  const first = email + 2;
  let last = first;
  while (last < end && buf[last] !== SPACE) {
    const c = buf[last];
    if (c < 48 || c > 57) return "";
    last++;
  }
  if (last === first) return "";
  return isoSeconds(Number(buf.toString("latin1", first, last)));
}
__name(identDate, "identDate");
var YEAR_10000 = 253402300800;
var MAX_SECONDS = 864e10;
var DATE = Buffer.from("0000-00-00T00:00:00.000Z", "latin1");
var lastDay = -1;
function two(at2, n) {
  DATE[at2] = 48 + Math.floor(n / 10);
  DATE[at2 + 1] = 48 + n % 10;
}
__name(two, "two");
function isoSeconds(seconds) {
  if (!(seconds <= MAX_SECONDS)) return "";
  if (seconds >= YEAR_10000 || !Number.isInteger(seconds) || seconds < 0) {
    return new Date(seconds * 1e3).toISOString();
  }
  const day = Math.floor(seconds / 86400);
  if (day !== lastDay) {
    DATE.write(new Date(day * 864e5).toISOString().slice(0, 11), 0, "latin1");
    lastDay = day;
  }
  const s = seconds - day * 86400;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s - h * 3600) / 60);
  two(11, h);
  two(14, m);
  two(17, s - h * 3600 - m * 60);
  return DATE.toString("latin1", 0, 24);
}
__name(isoSeconds, "isoSeconds");
var ListingStream = class {
  constructor(onRef) {
    this.onRef = onRef;
  }
  onRef;
  static {
    __name(this, "ListingStream");
  }
  pending = NOTHING;
  count = 0;
  write(chunk) {
    const buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const end = buf.lastIndexOf(NEWLINE);
    this.pending = end + 1 < buf.length ? buf.subarray(end + 1) : NOTHING;
    if (end >= 0) this.lines(buf.toString("utf8", 0, end));
  }
  /** The last line, when the output did not end with a newline. */
  end() {
    if (this.pending.length) this.lines(this.pending.toString());
    this.pending = NOTHING;
  }
  lines(text) {
    let at2 = 0;
    while (at2 < text.length) {
      let eol = text.indexOf("\n", at2);
      if (eol < 0) eol = text.length;
      const cut = text.indexOf("\0", at2);
      if (cut > at2 && cut < eol) {
        this.count++;
        this.onRef({ name: text.slice(at2, cut), object: text.slice(cut + 1, eol) });
      }
      at2 = eol + 1;
    }
  }
};

// src/io/registry/read.ts
var LISTING_FORMAT = "--format=%(refname:strip=2)%00%(objectname)";
async function readRegistry(git, model) {
  return (await readModel(git, model, true)).registry;
}
__name(readRegistry, "readRegistry");
async function readPreparedTags(git, model) {
  return (await readModel(git, model, false)).prepared ?? [];
}
__name(readPreparedTags, "readPreparedTags");
async function readModel(git, model, kept) {
  return registryOfModelListing(git, await listModel(git, model), kept);
}
__name(readModel, "readModel");
function registryOfModelListing(git, listing, kept) {
  if (listing.gitDir === null) {
    return Promise.resolve({ registry: assembleRegistry(listing.model, []), prepared: [] });
  }
  const { gitDir, model, chunks, digest } = listing;
  return registryOfListing(git, gitDir, model, chunks, kept, digest);
}
__name(registryOfModelListing, "registryOfModelListing");
async function listModel(git, model) {
  const gitDir = await git.gitDir();
  if (gitDir === null) return { model, gitDir, chunks: [], digest: listingDigest([]) };
  const chunks = [];
  const r = await git.run(["for-each-ref", LISTING_FORMAT, ...modelRefPatterns(model)], {
    allowFailure: true,
    onStdout: /* @__PURE__ */ __name((chunk) => chunks.push(chunk), "onStdout")
  });
  if (r.code !== 0) {
    throw new LeptonError("git", `could not read the tags of ${model}: ${lastLines(r.stderr)}`);
  }
  return { model, gitDir, chunks, digest: listingDigest(chunks) };
}
__name(listModel, "listModel");
async function readRegistryOfListing(git, listing) {
  const { registry, prepared } = await registryOfModelListing(git, listing, true);
  return { registry, cached: prepared === null };
}
__name(readRegistryOfListing, "readRegistryOfListing");
async function readRegistries(git, models) {
  const out = [];
  await eachListing(git, models, async (gitDir, m, listing) => {
    out.push(
      gitDir === null ? assembleRegistry(m, []) : (await registryOfListing(git, gitDir, m, listing, true)).registry
    );
  });
  return out;
}
__name(readRegistries, "readRegistries");
async function readOverviews(git, models) {
  const out = [];
  await eachListing(git, models, async (gitDir, m, listing) => {
    if (gitDir === null) return void out.push(overviewOf(assembleRegistry(m, [])));
    const file = tagCacheFile(gitDir, m);
    const digest = listingDigest(listing);
    const kept = loadOverview(file, m, digest);
    if (kept !== null) return void out.push(kept);
    const { registry, prepared } = await registryOfListing(git, gitDir, m, listing, true, digest);
    if (prepared === null) await saveOverview(file, m, { digest, registry });
    out.push(overviewOf(registry));
  });
  return out;
}
__name(readOverviews, "readOverviews");
async function eachListing(git, models, each) {
  const gitDir = await git.gitDir();
  if (gitDir === null) {
    for (const m of models) await each(null, m, []);
    return;
  }
  const chunks = [];
  const r = await git.run(["for-each-ref", LISTING_FORMAT, "refs/tags"], {
    allowFailure: true,
    onStdout: /* @__PURE__ */ __name((chunk) => chunks.push(chunk), "onStdout")
  });
  if (r.code !== 0) {
    throw new LeptonError("git", `could not read the tags: ${lastLines(r.stderr)}`);
  }
  const lines = splitListing(Buffer.concat(chunks), models);
  for (const m of models) await each(gitDir, m, lines.get(inTag2(m)) ?? []);
}
__name(eachListing, "eachListing");
var inTag2 = /* @__PURE__ */ __name((model) => model.replace(":", "="), "inTag");
var AT = 64;
var HASH = 35;
var SLASH = 47;
var NUL = 0;
var NEWLINE2 = 10;
function splitListing(out, models) {
  const byName = new Map(models.map((m) => [inTag2(m), []]));
  let last = null;
  let lastFound;
  for (let at2 = 0; at2 < out.length; ) {
    const nul = out.indexOf(NUL, at2);
    if (nul < 0) break;
    let eol = out.indexOf(NEWLINE2, nul);
    eol = eol < 0 ? out.length : eol + 1;
    let cut;
    if (last !== null && at2 + last.length < nul && (out[at2 + last.length] === AT || out[at2 + last.length] === HASH) && out.compare(last, 0, last.length, at2, at2 + last.length) === 0) {
      cut = at2 + last.length;
    } else {
      cut = at2;
      while (cut < nul && out[cut] !== AT && out[cut] !== HASH) cut++;
      if (cut < nul) {
        last = out.subarray(at2, cut);
        lastFound = byName.get(last.toString("utf8"));
      }
    }
    if (cut < nul && lastFound !== void 0) {
      let slash = cut + 1;
      while (slash < nul && out[slash] !== SLASH) slash++;
      if (slash === nul) lastFound.push(out.subarray(at2, eol));
    }
    at2 = eol;
  }
  return byName;
}
__name(splitListing, "splitListing");
async function registryOfListing(git, gitDir, model, listing, useKept, digest = listingDigest(listing)) {
  const file = tagCacheFile(gitDir, model);
  const cache = openTagCache(file, model);
  const kept = useKept ? cache?.registry(digest) ?? null : null;
  if (kept !== null) return { registry: kept, prepared: null };
  const { prepared, tags } = await prepareListed(git, model, cache, listing);
  const registry = assembleRegistry(model, prepared);
  await saveTagCache(file, model, tags, { digest, registry });
  return { registry, prepared };
}
__name(registryOfListing, "registryOfListing");
async function prepareListed(git, model, opened, listing) {
  const slots = [];
  const finish = /* @__PURE__ */ __name((raw, slot) => {
    const p = prepareTag(model, raw);
    const kept = p && { raw: { ...raw, message: "" }, tag: p.tag, summary: p.summary };
    slots[slot] = { name: raw.name, object: raw.object ?? "", prepared: kept };
  }, "finish");
  const onTags = [];
  const onTagSlots = [];
  const onTag = /* @__PURE__ */ __name((raw, slot) => {
    if (raw.targetType !== "tag") return finish(raw, slot);
    onTags.push(raw);
    onTagSlots.push(slot);
  }, "onTag");
  const fetches = [];
  let asked = 0;
  const cache = opened?.tags() ?? /* @__PURE__ */ new Map();
  const stream = new ListingStream((ref2) => {
    const hit = cache.get(ref2.name);
    if (hit !== void 0 && hit.object === ref2.object) {
      slots.push(hit);
      return;
    }
    if (fetches.length === 0) fetches.push(fetchObjects(git, onTag), fetchObjects(git, onTag));
    fetches[asked++ % fetches.length].request(ref2, slots.push(void 0) - 1);
  });
  for (const chunk of listing) {
    stream.write(chunk);
    for (const f of fetches) f.flush();
  }
  stream.end();
  for (const f of fetches) f.end();
  const listed = stream.count;
  if (fetches.length !== 0) {
    for (const failure of await Promise.all(fetches.map((f) => f.done))) {
      if (failure !== null) {
        throw new LeptonError("git", `could not read the tags of ${model}: ${failure}`);
      }
    }
    const peeled = await peel(git, onTags);
    for (let i = 0; i < peeled.length; i++) finish(peeled[i], onTagSlots[i]);
  }
  const tags = [];
  const prepared = [];
  for (const t of slots) {
    if (t === void 0) continue;
    tags.push(t);
    if (t.prepared) prepared.push(t.prepared);
  }
  if (listed !== slots.length || tags.length !== slots.length) {
    throw new LeptonError("git", `could not read the tags of ${model}: output cut short`);
  }
  return { prepared, tags };
}
__name(prepareListed, "prepareListed");
async function peel(git, raws) {
  if (raws.length === 0) return [];
  const r = await git.run(["cat-file", "--batch-check", "--buffer"], {
    input: raws.map((t) => `${t.commit}^{}
`).join(""),
    allowFailure: true
  });
  const lines = r.stdout.split("\n");
  return raws.map((raw, i) => {
    const [id = "", type = ""] = (lines[i] ?? "").split(" ");
    return type === "missing" || id === "" ? { ...raw, targetType: "missing object" } : { ...raw, commit: id, targetType: type };
  });
}
__name(peel, "peel");
function fetchObjects(git, onTag) {
  const refs = [];
  const slots = [];
  let read = 0;
  const stream = new ObjectStream(refs, (raw) => onTag(raw, slots[read++]));
  let write = /* @__PURE__ */ __name(() => {
  }, "write");
  let end;
  const fed = new Promise((resolve) => end = resolve);
  const done = git.run(["cat-file", "--batch", "--buffer"], {
    allowFailure: true,
    feed: /* @__PURE__ */ __name((w) => {
      write = w;
      return fed;
    }, "feed"),
    onStdout: /* @__PURE__ */ __name((chunk) => stream.write(chunk), "onStdout")
  }).then(
    (r) => r.code !== 0 ? lastLines(r.stderr) : !stream.done ? stream.failure ?? "output cut short" : null,
    (e) => e.message
  );
  let ids = "";
  const flush = /* @__PURE__ */ __name(() => {
    if (ids) write(ids);
    ids = "";
  }, "flush");
  return {
    request: /* @__PURE__ */ __name((ref2, slot) => {
      refs.push(ref2);
      slots.push(slot);
      ids += `${ref2.object}
`;
    }, "request"),
    flush,
    end: /* @__PURE__ */ __name(() => {
      flush();
      end();
    }, "end"),
    done
  };
}
__name(fetchObjects, "fetchObjects");

export {
  formatVersionMessage,
  formatStageMessage,
  formatUnassignMessage,
  parseRecord,
  holders,
  stagesEverHeld,
  standingIn,
  findVersion,
  ObjectStream,
  readRegistry,
  readPreparedTags,
  listModel,
  readRegistryOfListing,
  readRegistries,
  readOverviews,
  splitListing
};
