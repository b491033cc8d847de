import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  parseRecord
} from "./chunk-AKFQBEK6.js";
import {
  require_semver
} from "./chunk-2A6UWNUB.js";
import {
  __commonJS,
  __toESM
} from "./chunk-3CYXKRVX.js";

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare2 = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare2;
  }
});

// src/core/registry/names.ts
var NAME = "[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?";
var DIRNAME = "[a-zA-Z0-9\\-_./]+";
var SEMVER = "(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)(?:-(?:(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?";
var TAG_RE = new RegExp(
  `^(?<artifact>(?:${DIRNAME}=)?${NAME})(?:(?:#(?<stage>${NAME})|@v(?<version>${SEMVER}))(?<cancel>!?)|@(?<special>deprecated|created))(?:#(?<n>[0-9]+))?$`
);
var NAME_RE = new RegExp(`^${NAME}$`);
var SEMVER_RE = new RegExp(`^${SEMVER}$`);
var ARTIFACT_RE = new RegExp(`^(?:${DIRNAME}=)?${NAME}$`);
var DOT = 46;
var ZERO = 48;
var NINE = 57;
var lastArtifact = null;
var lastModel = "";
function plainVersionTag(tag) {
  const at = tag.indexOf("@");
  if (at <= 0 || tag.charCodeAt(at + 1) !== 118) return void 0;
  let i = at + 2;
  for (let part = 0; part < 3; part++) {
    if (part > 0) {
      if (tag.charCodeAt(i) !== DOT) return void 0;
      i++;
    }
    const start = i;
    for (let c = tag.charCodeAt(i); c >= ZERO && c <= NINE; c = tag.charCodeAt(++i)) ;
    if (i === start || tag.charCodeAt(start) === ZERO && i - start > 1) return void 0;
  }
  if (i !== tag.length) return void 0;
  const artifact = tag.slice(0, at);
  if (artifact !== lastArtifact) {
    if (!ARTIFACT_RE.test(artifact)) return void 0;
    lastArtifact = artifact;
    lastModel = artifact.replace("=", ":");
  }
  return { kind: "version", model: lastModel, version: tag.slice(at + 2) };
}
function parseTagName(tag) {
  return plainVersionTag(tag) ?? parseTagNameByPattern(tag);
}
function parseTagNameByPattern(tag) {
  const m = TAG_RE.exec(tag);
  const g = m?.groups;
  if (!g?.artifact) return null;
  const model = g.artifact.replace("=", ":");
  const n = g.n === void 0 ? void 0 : Number(g.n);
  const counter = n === void 0 || !Number.isSafeInteger(n) ? {} : { n };
  if (g.special) {
    return { kind: g.special === "deprecated" ? "deprecate" : "create", model, ...counter };
  }
  const cancelled = g.cancel === "!";
  if (g.version !== void 0) {
    return { kind: cancelled ? "deregister" : "version", model, version: g.version, ...counter };
  }
  return { kind: cancelled ? "unassign" : "assign", model, stage: g.stage, ...counter };
}
var isSemver = (version) => SEMVER_RE.test(version);
var inTag = (model) => model.replace(":", "=");
var versionTag = (model, version) => `${inTag(model)}@v${version}`;
var stageTag = (model, stage, n) => `${inTag(model)}#${stage}#${n}`;
var unassignTag = (model, stage, n) => `${inTag(model)}#${stage}!#${n}`;
var modelRefPatterns = (model) => [
  `refs/tags/${inTag(model)}@*`,
  `refs/tags/${inTag(model)}#*`
];
var eventCounterRef = (model) => `refs/lepton/events/${inTag(model)}/head`;
var eventCounterRefspec = (model) => `+refs/lepton/events/${inTag(model)}/*:refs/lepton/events/${inTag(model)}/*`;
var nextEventN = (maxTagN, counterN) => Math.max(maxTagN, counterN) + 1;

// src/core/registry/build.ts
var import_rcompare = __toESM(require_rcompare(), 1);

// src/core/registry/stages.ts
function byHistory(a, b) {
  return a.n - b.n || a.date.localeCompare(b.date) || a.tag.localeCompare(b.tag);
}
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
function stagesEverHeld(events, version) {
  return new Set(
    events.filter((e) => e.action === "assign" && e.version === version).map((e) => e.stage)
  );
}
function standingIn(events, version, stage) {
  let last = null;
  for (const e of events) {
    if (e.stage !== stage || e.target !== version) continue;
    if (last === null || byHistory(last, e) < 0) last = e;
  }
  if (last === null) return { state: "never" };
  return last.action === "assign" ? { state: "held" } : { state: "withdrawn", by: last };
}
var isAssign = (e) => e.action === "assign" && (e.summary === null || e.summary.kind === "stage");

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
function newestFirst(versions) {
  const keyed = versions.map((v) => ({ v, k: plainKey(v.version) }));
  return keyed.sort((a, b) => a.k !== null && b.k !== null ? b.k - a.k : (0, import_rcompare.default)(a.v.version, b.v.version)).map((x) => x.v);
}
var wantsRecord = (raw, tag) => raw.annotated && (tag.kind === "version" || tag.kind === "assign" || tag.kind === "unassign");
function prepareTag(model, raw, known) {
  const tag = parseTagName(raw.name);
  if (!tag || tag.model !== model) return null;
  if (!wantsRecord(raw, tag)) return { raw, tag, summary: null };
  if (known !== void 0) return { raw, tag, summary: known };
  const record = parseRecord(raw.message);
  return { raw, tag, summary: record && summarize(record) };
}
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
var pointsAtCommit = (raw) => raw.targetType === void 0 || raw.targetType === "commit";
var notCommit = (raw) => `it points at a ${raw.targetType ?? "non-commit"} (${raw.commit.slice(0, 12)}), not a commit`;
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
function findVersion(registry, version) {
  return registry.versions.find((v) => v.version === version) ?? null;
}
function overviewOf(registry) {
  const tagOf = (version) => registry.versions.find((v) => v.version === version)?.tag;
  const stages = {};
  for (const [name, e] of Object.entries(registry.stages)) {
    stages[name] = e?.version ? { version: e.version, tag: tagOf(e.version) ?? e.tag } : null;
  }
  return { model: registry.model, latest: registry.versions[0] ?? null, stages };
}

export {
  require_compare,
  parseTagName,
  isSemver,
  versionTag,
  stageTag,
  unassignTag,
  modelRefPatterns,
  eventCounterRef,
  eventCounterRefspec,
  nextEventN,
  holders,
  stagesEverHeld,
  standingIn,
  prepareTag,
  assembleRegistry,
  findVersion,
  overviewOf
};
