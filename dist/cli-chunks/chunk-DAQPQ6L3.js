import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  findVersion,
  isSemver,
  modelRefPatterns,
  parseTagName
} from "./chunk-ZOAOG4ID.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";

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

// src/core/plan/unknown-version.ts
var SHOWN = 5;
function unknownVersionError(registry, version) {
  const all = registry.versions;
  const newest = all.slice(0, SHOWN).map((v) => `v${v.version}`);
  const hint = all.length === 0 ? `${registry.model} has no versions yet: \`lepton record\` makes the first` : all.length <= SHOWN ? `its versions: ${newest.join(", ")}` : `its newest versions: ${newest.join(", ")} (\`lepton show\` lists all ${all.length})`;
  return new LeptonError("invalid", `${registry.model} has no version ${version}`, [hint]);
}

// src/io/registry/baseline.ts
async function resolveBaseline(git, registry, ref) {
  if (ref !== void 0 && ref !== "") {
    const version = parseVersionArg(ref, registry.model);
    const entry = version === null ? null : findVersion(registry, version);
    if (entry) return entry;
    const commit = await revision(git, ref);
    if (!commit) {
      if (version !== null) throw unknownVersionError(registry, version);
      throw new LeptonError(
        "invalid",
        `${ref}: neither a version of ${registry.model} nor a git revision`
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
  if (v.summary === null) return "no Lepton record (a GTO registration or a hand-made tag)";
  if (Object.keys(v.summary.metrics).length === 0) return "its record holds no metrics";
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
      if (version !== null) throw unknownVersionError(registry, version);
      throw new LeptonError(
        "invalid",
        `${ref}: neither a version of ${registry.model} nor a git revision`
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
  parseVersionArg,
  unknownVersionError,
  resolveBaseline,
  chooseBaseline,
  defaultBranch
};
