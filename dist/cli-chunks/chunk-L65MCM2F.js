import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  parseRecord
} from "./chunk-7INMYSAH.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";
import {
  require_semver
} from "./chunk-DL6OZMFU.js";
import {
  __toESM
} from "./chunk-3CYXKRVX.js";

// src/core/registry/build.ts
var import_semver = __toESM(require_semver(), 1);

// src/core/registry/names.ts
var NAME = "[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?";
var DIRNAME = "[a-zA-Z0-9\\-_./]+";
var SEMVER = "(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)(?:-(?:(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?";
var TAG_RE = new RegExp(
  `^(?<artifact>(?:${DIRNAME}=)?${NAME})(?:(?:#(?<stage>${NAME})|@v(?<version>${SEMVER}))(?<cancel>!?)|@(?<special>deprecated|created))(?:#(?<n>[0-9]+))?$`
);
var NAME_RE = new RegExp(`^${NAME}$`);
var SEMVER_RE = new RegExp(`^${SEMVER}$`);
function parseTagName(tag) {
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
  const key = (e) => e.target ?? `commit:${e.commit}`;
  for (const e of [...events].sort(byHistory)) {
    const list = (active.get(e.stage) ?? []).filter((x) => key(x) !== key(e));
    if (isAssign(e)) list.push(e);
    active.set(e.stage, list);
  }
  const held = {};
  for (const [stage, list] of active) {
    held[stage] = list.filter((e) => e.target === null || !withdrawn.has(e.target)).at(-1) ?? null;
  }
  return held;
}
function stagesEverHeld(events, version) {
  return new Set(
    events.filter((e) => e.action === "assign" && e.version === version).map((e) => e.stage)
  );
}
var isAssign = (e) => e.action === "assign" && (e.record === null || e.record.kind === "stage");

// src/core/registry/build.ts
var PLAIN = /^(\d+)\.(\d+)\.(\d+)$/;
function newestFirst(versions) {
  const keyed = versions.map((v) => {
    const m = PLAIN.exec(v.version);
    return { v, k: m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null };
  });
  return keyed.sort(
    (a, b) => a.k && b.k ? b.k[0] - a.k[0] || b.k[1] - a.k[1] || b.k[2] - a.k[2] : import_semver.default.rcompare(a.v.version, b.v.version)
  ).map((x) => x.v);
}
function prepareTag(model, raw, known) {
  const tag = parseTagName(raw.name);
  if (!tag || tag.model !== model) return null;
  const wantsRecord = raw.annotated && (tag.kind === "version" || tag.kind === "assign" || tag.kind === "unassign");
  const record = !wantsRecord ? null : known !== void 0 ? known : parseRecord(raw.message);
  return { raw, tag, record };
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
  for (const { raw, tag, record: found } of mine) {
    if (tag.kind !== "version" || tag.version === void 0) continue;
    const why = untrusted(model, raw, tag.version, found);
    if (why !== null) {
      skipped.push({ tag: raw.name, version: tag.version, reason: why });
      continue;
    }
    const record = found?.kind === "version" ? found : null;
    const entry = {
      version: tag.version,
      tag: raw.name,
      commit: raw.commit,
      date: raw.date,
      record,
      ...!raw.annotated && { lightweight: true },
      ...deregistered.has(tag.version) && { deregistered: true }
    };
    const rank = (record ? 4 : 0) + (raw.annotated ? 2 : 0) + (tag.n === void 0 ? 1 : 0);
    const prev = byVersion.get(tag.version);
    if (!prev || rank > prev.rank) byVersion.set(tag.version, { entry, rank });
  }
  const versions = newestFirst([...byVersion.values()].map((x) => x.entry));
  const atCommit = /* @__PURE__ */ new Map();
  for (const v of [...versions].reverse()) atCommit.set(v.commit, v.version);
  const known = new Set(versions.map((v) => v.version));
  const events = [];
  for (const { raw, tag, record: found } of mine) {
    if (tag.kind !== "assign" && tag.kind !== "unassign" || !tag.stage) continue;
    if (!raw.annotated) continue;
    if (!pointsAtCommit(raw)) {
      skipped.push({ tag: raw.name, reason: notCommit(raw) });
      continue;
    }
    const wanted = tag.kind === "assign" ? "stage" : "unassign";
    const record = (found?.kind === "stage" || found?.kind === "unassign") && found.kind === wanted && found.model === model && found.stage === tag.stage ? found : null;
    const target = record && known.has(record.version) ? record.version : atCommit.get(raw.commit) ?? null;
    events.push({
      action: tag.kind,
      stage: tag.stage,
      n: tag.n ?? 0,
      tag: raw.name,
      version: tag.kind === "assign" ? target : null,
      target,
      commit: raw.commit,
      date: raw.date,
      record
    });
  }
  events.sort((a, b) => byHistory(b, a));
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

// src/core/registry/version-arg.ts
function parseVersionArg(text, model) {
  const t = text.trim();
  const bare = t.startsWith("v") ? t.slice(1) : t;
  if (isSemver(bare)) return bare;
  const tag = parseTagName(t.replace(/^refs\/tags\//, ""));
  if (tag?.kind !== "version" || tag.version === void 0) return null;
  if (tag.model !== model) {
    throw new LeptonError(
      "invalid",
      `${t} is a version of model "${tag.model}", not of "${model}"`
    );
  }
  return tag.version;
}

// src/io/registry/baseline.ts
async function resolveBaseline(git, registry, ref) {
  if (ref !== void 0 && ref !== "") {
    const version = parseVersionArg(ref, registry.model);
    const entry = version === null ? null : findVersion(registry, version);
    if (entry) return entry;
    const commit = await revision(git, ref);
    if (!commit) {
      throw new LeptonError(
        "invalid",
        version === null ? `${ref}: neither a version of ${registry.model} nor a git revision` : `${registry.model} has no version ${version}`
      );
    }
    return newestReachable(git, registry, commit);
  }
  if (registry.versions.length === 0) return null;
  const upstream = await defaultBranch(git);
  const fromUpstream = upstream ? await newestReachable(git, registry, upstream) : null;
  return fromUpstream ?? await newestReachable(git, registry, "HEAD");
}
function unusableAsBaseline(v) {
  if (v.lightweight) return "a lightweight tag: no Lepton record";
  if (v.record === null) return "no Lepton record (a GTO registration or a hand-made tag)";
  if (Object.keys(v.record.metrics).length === 0) return "its record holds no metrics";
  return null;
}
async function chooseBaseline(git, registry, ref, excluded = /* @__PURE__ */ new Map()) {
  const unusable = (v) => excluded.get(v.tag) ?? unusableAsBaseline(v);
  const notVersions = registry.skipped.filter((s) => s.version !== void 0);
  if (ref !== void 0 && ref !== "") {
    const version = parseVersionArg(ref, registry.model);
    const entry = version === null ? null : findVersion(registry, version);
    if (entry) {
      const why = unusable(entry);
      if (why !== null) {
        throw new LeptonError("invalid", `${entry.tag} cannot be the baseline: ${why}`, [
          "name a version recorded by Lepton, or a git revision (its newest recorded version is used)"
        ]);
      }
      return { entry, skipped: notVersions };
    }
    const bad = version === null ? void 0 : notVersions.find((s) => s.version === version);
    if (bad) throw new LeptonError("invalid", `${bad.tag} is not a version: ${bad.reason}`);
    const commit = await revision(git, ref);
    if (!commit) {
      throw new LeptonError(
        "invalid",
        version === null ? `${ref}: neither a version of ${registry.model} nor a git revision` : `${registry.model} has no version ${version}`
      );
    }
    return withSkipped(await usableReachable(git, registry, commit, unusable), notVersions);
  }
  if (registry.versions.length === 0) return { entry: null, skipped: notVersions };
  const upstream = await defaultBranch(git);
  const fromUpstream = upstream ? await usableReachable(git, registry, upstream, unusable) : null;
  const choice = fromUpstream?.entry ? fromUpstream : await usableReachable(git, registry, "HEAD", unusable);
  return withSkipped(choice, notVersions);
}
var withSkipped = (c, more) => ({
  entry: c.entry,
  skipped: [...c.skipped, ...more]
});
async function usableReachable(git, registry, rev, unusable) {
  const reachable = await reachableTags(git, registry, rev);
  const skipped = [];
  for (const v of registry.versions) {
    if (!reachable.has(v.tag)) continue;
    const why = unusable(v);
    if (why === null) return { entry: v, skipped };
    skipped.push({ tag: v.tag, version: v.version, reason: why });
  }
  return { entry: null, skipped };
}
async function reachableTags(git, registry, rev) {
  if (registry.versions.length === 0) return /* @__PURE__ */ new Set();
  const r = await git.run(
    [
      "for-each-ref",
      `--merged=${rev}`,
      "--format=%(refname:strip=2)",
      modelRefPatterns(registry.model)[0]
    ],
    { allowFailure: true }
  );
  return r.code === 0 ? new Set(r.stdout.split("\n")) : /* @__PURE__ */ new Set();
}
async function revision(git, ref) {
  if (ref.startsWith("-")) return null;
  const r = await git.run(["rev-parse", "-q", "--verify", "--end-of-options", `${ref}^{commit}`], {
    allowFailure: true
  });
  return r.code === 0 ? r.stdout.trim() : null;
}
async function newestReachable(git, registry, rev) {
  if (registry.versions.length === 0) return null;
  const r = await git.run(
    [
      "for-each-ref",
      `--merged=${rev}`,
      "--format=%(refname:strip=2)",
      modelRefPatterns(registry.model)[0]
    ],
    { allowFailure: true }
  );
  if (r.code !== 0) return null;
  const reachable = new Set(r.stdout.split("\n"));
  return registry.versions.find((v) => reachable.has(v.tag)) ?? null;
}
async function defaultBranch(git) {
  const up = await git.run(["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}"], {
    allowFailure: true
  });
  const remote = up.code === 0 ? up.stdout.trim().split("/")[0] ?? "origin" : "origin";
  const head = await git.run(["symbolic-ref", "-q", `refs/remotes/${remote}/HEAD`], {
    allowFailure: true
  });
  return head.code === 0 && head.stdout.trim() ? head.stdout.trim() : null;
}

export {
  parseTagName,
  versionTag,
  stageTag,
  unassignTag,
  modelRefPatterns,
  eventCounterRef,
  eventCounterRefspec,
  nextEventN,
  holders,
  stagesEverHeld,
  prepareTag,
  assembleRegistry,
  findVersion,
  parseVersionArg,
  resolveBaseline,
  chooseBaseline,
  defaultBranch
};
