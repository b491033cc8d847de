import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  parseRecord
} from "./chunk-AKFQBEK6.js";
import {
  VERSION
} from "./chunk-TCAMXS2I.js";
import {
  readSealedFile,
  writeSealedFileSync
} from "./chunk-OWTKKGJO.js";
import {
  require_semver
} from "./chunk-2A6UWNUB.js";
import {
  lastLines
} from "./chunk-WFCPIERG.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";
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

// src/core/registry/build.ts
var import_rcompare = __toESM(require_rcompare(), 1);

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
  const at2 = tag.indexOf("@");
  if (at2 <= 0 || tag.charCodeAt(at2 + 1) !== 118) return void 0;
  let i = at2 + 2;
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
  const artifact = tag.slice(0, at2);
  if (artifact !== lastArtifact) {
    if (!ARTIFACT_RE.test(artifact)) return void 0;
    lastArtifact = artifact;
    lastModel = artifact.replace("=", ":");
  }
  return { kind: "version", model: lastModel, version: tag.slice(at2 + 2) };
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

// src/core/registry/stages.ts
function byHistory(a, b) {
  return a.n - b.n || a.date.localeCompare(b.date) || a.tag.localeCompare(b.tag);
}
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
function stageTimeline(events, withdrawn = /* @__PURE__ */ new Set()) {
  const eligible = (e) => e.target === null || !withdrawn.has(e.target);
  const keyOf = (e) => e.target ?? `commit:${e.commit}`;
  const perStage = /* @__PURE__ */ new Map();
  const steps = /* @__PURE__ */ new Map();
  for (const e of [...events].sort(byHistory)) {
    let s = perStage.get(e.stage);
    if (s === void 0) perStage.set(e.stage, s = { active: /* @__PURE__ */ new Map(), newest: null });
    const before = s.newest;
    const key = keyOf(e);
    const prev = s.active.get(key);
    s.active.delete(key);
    let withdrew = null;
    if (isAssign(e)) {
      s.active.set(key, e);
      if (eligible(e)) s.newest = e;
    } else {
      withdrew = e.action === "unassign" ? prev ?? null : null;
      if (prev !== void 0) {
        const step = steps.get(prev);
        if (step && e.action === "unassign") step.withdrawnBy = e;
        if (prev === s.newest) {
          s.newest = null;
          for (const a of s.active.values()) if (isAssign(a) && eligible(a)) s.newest = a;
        }
      }
    }
    steps.set(e, { event: e, before, after: s.newest, withdrew, withdrawnBy: null });
  }
  return events.map((e) => steps.get(e));
}

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

// src/io/registry/cache.ts
import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { join } from "node:path";

// src/io/registry/snapshot.ts
var inTag2 = (model) => model.replace(":", "=");
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
function encodeOverview(o) {
  const t = new Tables();
  const latest = o.latest && versionRow(o.latest, o.model, `${inTag2(o.model)}@v`, t);
  return { model: o.model, strings: t.strings, names: t.names, latest, stages: o.stages };
}
function decodeOverview(doc, model) {
  try {
    if (!isPlainObject(doc) || doc.model !== model || !isPlainObject(doc.stages)) return null;
    const strings = list(doc.strings).map(str);
    const names = list(doc.names).map((n) => list(n).map(str));
    const latest = doc.latest === null ? null : versionOf(doc.latest, model, `${inTag2(model)}@v`, strings, names);
    const stages = {};
    for (const [stage, h] of Object.entries(doc.stages)) {
      if (h === null) stages[stage] = null;
      else if (isPlainObject(h) && Object.keys(h).length === 2) {
        stages[stage] = { version: str(h.version), tag: str(h.tag) };
      } else return null;
    }
    return { model, latest, stages };
  } catch (e) {
    if (e instanceof NotASnapshot) return null;
    throw e;
  }
}
function encodeSnapshot(registry, t = new Tables()) {
  const prefix = `${inTag2(registry.model)}@v`;
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
var NotASnapshot = class extends Error {
};
var str = (v) => {
  if (typeof v !== "string") throw new NotASnapshot();
  return v;
};
var strOrNull = (v) => v === null ? null : str(v);
var int = (v) => {
  if (!Number.isSafeInteger(v)) throw new NotASnapshot();
  return v;
};
var list = (v, length) => {
  if (!Array.isArray(v) || length !== void 0 && v.length !== length) {
    throw new NotASnapshot();
  }
  return v;
};
var isPlainObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function decodeSnapshot(doc, model) {
  try {
    return decode(doc, model);
  } catch (e) {
    if (e instanceof NotASnapshot) return null;
    throw e;
  }
}
function decode(doc, model) {
  if (!isPlainObject(doc) || doc.model !== model) return null;
  const strings = list(doc.strings).map(str);
  const names = list(doc.names).map((n) => list(n).map(str));
  const prefix = `${inTag2(model)}@v`;
  const summaryOf = (packed, sub, commit) => unpacked(packed, model, sub, commit, strings, names);
  const versions = list(doc.versions).map(
    (r) => versionOf(r, model, prefix, strings, names)
  );
  const events = list(doc.events).map((r) => {
    const [action, stage, n, tag, object, version, target, commit, date, packed] = list(r, 10);
    if (action !== 0 && action !== 1) throw new NotASnapshot();
    const s = str(stage);
    const c = str(commit);
    const summary = summaryOf(packed, s, c);
    const wanted = action === 0 ? "stage" : "unassign";
    if (summary !== null && summary.kind !== wanted) throw new NotASnapshot();
    return {
      action: action === 0 ? "assign" : "unassign",
      stage: s,
      n: int(n),
      tag: str(tag),
      object: str(object),
      version: strOrNull(version),
      target: strOrNull(target),
      commit: c,
      date: str(date),
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
      tag: str(x.tag),
      ...x.version !== void 0 && { version: str(x.version) },
      reason: str(x.reason)
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
function unpacked(packed, model, sub, commit, strings, names) {
  if (packed === null) return null;
  try {
    return unpack(list(packed), model, sub, commit, strings, names);
  } catch {
    throw new NotASnapshot();
  }
}
function versionOf(r, model, prefix, strings, names) {
  const row = list(r, 7);
  const v = str(row[0]);
  const tag = row[1];
  const c = str(row[3]);
  const f = int(row[5]);
  if (f < 0 || f > 3) throw new NotASnapshot();
  const summary = unpacked(row[6], model, v, c, strings, names);
  if (summary !== null && summary.kind !== "version") throw new NotASnapshot();
  const entry = {
    version: v,
    tag: tag === 0 ? prefix + v : str(tag),
    object: str(row[2]),
    commit: c,
    date: str(row[4]),
    summary
  };
  if ((f & 1) !== 0) entry.lightweight = true;
  if ((f & 2) !== 0) entry.deregistered = true;
  return entry;
}

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
var overviewFile = (file) => file.replace(/\.json$/, ".overview");
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
function listingDigest(listing) {
  const hash = createHash("sha256");
  for (const chunk of listing) hash.update(chunk);
  return hash.digest("hex");
}
function openTagCache(file, model) {
  const sealed = readSealedFile(file, KIND, MAX_BYTES);
  if (sealed === null || sealed.count !== 3) return null;
  const digest = headOf(sealed.section(0), model);
  if (digest === null) return null;
  const json = (i) => {
    const body = sealed.section(i);
    return JSON.parse(body.toString(isAscii(body) ? "latin1" : "utf8"));
  };
  return {
    digest,
    registry: (wanted) => {
      if (wanted !== digest || !rowsLookSound(sealed.section(2), model)) return null;
      if (sealed.section(1) === null) return null;
      try {
        return decodeSnapshot(json(1), model);
      } catch {
        return null;
      }
    },
    tags: () => rowsOf(sealed.section(2), model)
  };
}
function rowsLookSound(rows, model) {
  if (rows === null) return false;
  const open = `[${JSON.stringify([FORMAT, VERSION2, model]).slice(0, -1)},[`;
  return rows.length > open.length + 3 && rows.toString("utf8", 0, Buffer.byteLength(open)) === open && rows.toString("latin1", rows.length - 3) === "]]\n";
}
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
var isStrings = (v) => Array.isArray(v) && v.every((s) => typeof s === "string");
function isRow(row) {
  return Array.isArray(row) && (row.length === 8 || row.length === 9 && typeof row[8] === "string") && typeof row[0] === "string" && typeof row[1] === "string" && Number.isInteger(row[2]) && row[2] >= 0 && row[2] >> 1 < KINDS.length && typeof row[3] === "string" && typeof row[4] === "string" && typeof row[5] === "string" && Number.isSafeInteger(row[6]) && (row[7] === null || Array.isArray(row[7]));
}
var Unreadable = class extends Error {
};
var str2 = (v) => {
  if (typeof v !== "string") throw new Unreadable();
  return v;
};
var num = (v) => {
  if (typeof v !== "number") throw new Unreadable();
  return v;
};
var at = (list2, i) => {
  const v = list2[num(i)];
  if (v === void 0) throw new Unreadable();
  return v;
};
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
      model: p[1] === 0 ? model : str2(p[1]),
      version: p[2] === 0 ? sub : str2(p[2]),
      commit: p[3] === 0 ? commit : str2(p[3]),
      created: str2(p[4]),
      fingerprint: str2(p[5]),
      metrics,
      passed: p[6],
      evalSettings: at(strings, p[7])
    };
  }
  if (p[0] === 2) return unpackUnassign(p, model, sub);
  if (p[0] !== 1 || !(p[7] === null || typeof p[7] === "string")) throw new Unreadable();
  return {
    kind: "stage",
    model: p[1] === 0 ? model : str2(p[1]),
    version: str2(p[2]),
    stage: p[3] === 0 ? sub : str2(p[3]),
    n: num(p[4]),
    created: str2(p[5]),
    promotedBy: str2(p[6]),
    runUrl: p[7]
  };
}
var strOrNull2 = (v) => v === null ? null : str2(v);
var ref = (v) => {
  if (!Array.isArray(v) || v.length !== 2) throw new Unreadable();
  return { version: str2(v[0]), tag: str2(v[1]) };
};
function unpackUnassign(p, model, sub) {
  if (p.length !== 11 && p.length !== 12) throw new Unreadable();
  const exit = p[11];
  if (!(exit === void 0 || exit === null || typeof exit === "number")) throw new Unreadable();
  return {
    kind: "unassign",
    model: p[1] === 0 ? model : str2(p[1]),
    version: str2(p[2]),
    stage: p[3] === 0 ? sub : str2(p[3]),
    n: num(p[4]),
    from: ref(p[5]),
    to: p[6] === null ? null : ref(p[6]),
    reason: str2(p[7]),
    by: str2(p[8]),
    at: str2(p[9]),
    runUrl: strOrNull2(p[10]),
    ...p.length === 12 && { exitCode: exit }
  };
}
var Tables = class {
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
function saveOverview(file, model, snapshot) {
  const head = Buffer.from(
    JSON.stringify([FORMAT, VERSION2, VERSION, model, snapshot.digest])
  );
  const overview = Buffer.from(JSON.stringify(encodeOverview(overviewOf(snapshot.registry))));
  writeSealedFileSync(overviewFile(file), OVERVIEW_KIND, [[head], [overview]], MAX_BYTES);
  return Promise.resolve();
}

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
function decode2(bytes) {
  if (bytes.length === 0) return "";
  return bytes.toString(isAscii2(bytes) ? "latin1" : "utf8");
}
function headerLine(line) {
  const a = line.indexOf(" ");
  if (a < 0) return [line, void 0, void 0];
  const b = line.indexOf(" ", a + 1);
  if (b < 0) return [line.slice(0, a), line.slice(a + 1), void 0];
  const c = line.indexOf(" ", b + 1);
  return [line.slice(0, a), line.slice(a + 1, b), line.slice(b + 1, c < 0 ? line.length : c)];
}
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
function valueEnd(buf, at2, to) {
  const eol = buf.indexOf(NEWLINE, at2);
  return eol < 0 || eol > to ? to : eol;
}
function headerText(buf, from, to, key) {
  const at2 = headerAt(buf, from, to, key);
  return at2 < 0 ? void 0 : buf.toString("latin1", at2, valueEnd(buf, at2, to));
}
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
var YEAR_10000 = 253402300800;
var MAX_SECONDS = 864e10;
var DATE = Buffer.from("0000-00-00T00:00:00.000Z", "latin1");
var lastDay = -1;
function two(at2, n) {
  DATE[at2] = 48 + Math.floor(n / 10);
  DATE[at2 + 1] = 48 + n % 10;
}
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
var ListingStream = class {
  constructor(onRef) {
    this.onRef = onRef;
  }
  onRef;
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
async function readPreparedTags(git, model) {
  return (await readModel(git, model, false)).prepared ?? [];
}
async function readModel(git, model, kept) {
  return registryOfModelListing(git, await listModel(git, model), kept);
}
function registryOfModelListing(git, listing, kept) {
  if (listing.gitDir === null) {
    return Promise.resolve({ registry: assembleRegistry(listing.model, []), prepared: [] });
  }
  const { gitDir, model, chunks, digest } = listing;
  return registryOfListing(git, gitDir, model, chunks, kept, digest);
}
async function listModel(git, model) {
  const gitDir = await git.gitDir();
  if (gitDir === null) return { model, gitDir, chunks: [], digest: listingDigest([]) };
  const chunks = [];
  const r = await git.run(["for-each-ref", LISTING_FORMAT, ...modelRefPatterns(model)], {
    allowFailure: true,
    onStdout: (chunk) => chunks.push(chunk)
  });
  if (r.code !== 0) {
    throw new LeptonError("git", `could not read the tags of ${model}: ${lastLines(r.stderr)}`);
  }
  return { model, gitDir, chunks, digest: listingDigest(chunks) };
}
async function readRegistryOfListing(git, listing) {
  const { registry, prepared } = await registryOfModelListing(git, listing, true);
  return { registry, cached: prepared === null };
}
async function readRegistries(git, models) {
  const out = [];
  await eachListing(git, models, async (gitDir, m, listing) => {
    out.push(
      gitDir === null ? assembleRegistry(m, []) : (await registryOfListing(git, gitDir, m, listing, true)).registry
    );
  });
  return out;
}
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
async function eachListing(git, models, each) {
  const gitDir = await git.gitDir();
  if (gitDir === null) {
    for (const m of models) await each(null, m, []);
    return;
  }
  const chunks = [];
  const r = await git.run(["for-each-ref", LISTING_FORMAT, "refs/tags"], {
    allowFailure: true,
    onStdout: (chunk) => chunks.push(chunk)
  });
  if (r.code !== 0) {
    throw new LeptonError("git", `could not read the tags: ${lastLines(r.stderr)}`);
  }
  const lines = splitListing(Buffer.concat(chunks), models);
  for (const m of models) await each(gitDir, m, lines.get(inTag3(m)) ?? []);
}
var inTag3 = (model) => model.replace(":", "=");
var AT = 64;
var HASH = 35;
var SLASH = 47;
var NUL = 0;
var NEWLINE2 = 10;
function splitListing(out, models) {
  const byName = new Map(models.map((m) => [inTag3(m), []]));
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
async function prepareListed(git, model, opened, listing) {
  const slots = [];
  const finish = (raw, slot) => {
    const p = prepareTag(model, raw);
    const kept = p && { raw: { ...raw, message: "" }, tag: p.tag, summary: p.summary };
    slots[slot] = { name: raw.name, object: raw.object ?? "", prepared: kept };
  };
  const onTags = [];
  const onTagSlots = [];
  const onTag = (raw, slot) => {
    if (raw.targetType !== "tag") return finish(raw, slot);
    onTags.push(raw);
    onTagSlots.push(slot);
  };
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
function fetchObjects(git, onTag) {
  const refs = [];
  const slots = [];
  let read = 0;
  const stream = new ObjectStream(refs, (raw) => onTag(raw, slots[read++]));
  let write = () => {
  };
  let end;
  const fed = new Promise((resolve) => end = resolve);
  const done = git.run(["cat-file", "--batch", "--buffer"], {
    allowFailure: true,
    feed: (w) => {
      write = w;
      return fed;
    },
    onStdout: (chunk) => stream.write(chunk)
  }).then(
    (r) => r.code !== 0 ? lastLines(r.stderr) : !stream.done ? stream.failure ?? "output cut short" : null,
    (e) => e.message
  );
  let ids = "";
  const flush = () => {
    if (ids) write(ids);
    ids = "";
  };
  return {
    request: (ref2, slot) => {
      refs.push(ref2);
      slots.push(slot);
      ids += `${ref2.object}
`;
    },
    flush,
    end: () => {
      flush();
      end();
    },
    done
  };
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
  stageTimeline,
  findVersion,
  tagCacheFile,
  ObjectStream,
  readRegistry,
  readPreparedTags,
  listModel,
  readRegistryOfListing,
  readRegistries,
  readOverviews,
  splitListing
};
