import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  findVersion,
  isSemver,
  modelRefPatterns,
  parseTagName
} from "./chunk-4LCEGOUY.js";
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
  if (v.summary.passed === false) {
    return "it failed its own thresholds (its record says passed: false)";
  }
  return null;
}
function copiedRecords(registry) {
  const first = /* @__PURE__ */ new Map();
  for (let i = registry.versions.length - 1; i >= 0; i--) {
    const v = registry.versions[i];
    const fp = v.summary?.fingerprint;
    if (fp) first.set(fp, first.get(fp) ?? v);
  }
  const copied = /* @__PURE__ */ new Map();
  for (const v of registry.versions) {
    const original = v.summary?.fingerprint ? first.get(v.summary.fingerprint) : void 0;
    if (original && original !== v) {
      copied.set(
        v.tag,
        `its record's fingerprint is that of ${original.tag} (Lepton never records one content twice): a copied record, not trusted`
      );
    }
  }
  return copied;
}
async function chooseBaseline(git, registry, ref, excluded = /* @__PURE__ */ new Map()) {
  const copied = copiedRecords(registry);
  const unusable = (v) => excluded.get(v.tag) ?? unusableAsBaseline(v) ?? copied.get(v.tag) ?? null;
  const notVersions = registry.skipped.filter((s) => s.version !== void 0);
  if (ref !== void 0 && ref !== "") {
    const version = parseVersionArg(ref, registry.model);
    const entry = version === null ? null : findVersion(registry, version);
    if (entry) {
      const why = unusable(entry);
      if (why !== null) {
        throw new LeptonError("invalid", `${entry.tag} cannot be the baseline: ${why}`, [
          "name a version recorded by Lepton, or a git revision (its nearest recorded version is used)"
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
  const usable = [];
  const passedOver = [];
  for (const v of registry.versions) {
    if (!reachable.has(v.tag)) continue;
    const why = unusable(v);
    if (why === null) usable.push(v);
    else passedOver.push({ v, why });
  }
  const entry = await nearest(git, usable, rev);
  const rank = new Map(registry.versions.map((v, i) => [v.tag, i]));
  const at = (tag) => rank.get(tag) ?? 0;
  const above = (v) => entry === null || at(v.tag) < at(entry.tag);
  const skipped = passedOver.filter(({ v }) => above(v)).map(({ v, why }) => ({ tag: v.tag, version: v.version, reason: why }));
  if (entry) {
    for (const v of usable) {
      if (v === entry) break;
      skipped.push({
        tag: v.tag,
        version: v.version,
        reason: `recorded on an older commit (${v.commit.slice(0, 12)}) than a later version's: the baseline is the version nearest the base, ${entry.tag}`
      });
    }
    skipped.sort((a, b) => at(a.tag) - at(b.tag));
  }
  return { entry, skipped };
}
async function nearest(git, usable, rev) {
  const top = usable[0];
  if (!top) return null;
  const commits = new Set(usable.map((v) => v.commit));
  if (commits.size === 1) return top;
  const since = await git.run(["rev-list", "--ancestry-path", `${top.commit}..${rev}`], {
    allowFailure: true
  });
  if (since.code === 0 && !since.stdout.split("\n").some((c) => c !== "" && commits.has(c))) {
    return top;
  }
  const tips = await git.out(["merge-base", "--independent", ...commits]);
  const independent = new Set(tips.split("\n"));
  return usable.find((v) => independent.has(v.commit)) ?? top;
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
async function versionsAfter(git, registry, commit) {
  const r = await git.run(
    [
      "for-each-ref",
      `--contains=${commit}`,
      "--format=%(refname:strip=2)",
      modelRefPatterns(registry.model)[0]
    ],
    { allowFailure: true }
  );
  if (r.code !== 0) return [];
  const later = new Set(r.stdout.split("\n"));
  return registry.versions.filter((v) => later.has(v.tag) && v.commit !== commit);
}

export {
  parseVersionArg,
  unknownVersionError,
  resolveBaseline,
  copiedRecords,
  chooseBaseline,
  defaultBranch,
  versionsAfter
};
