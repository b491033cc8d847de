import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  pointStageTag,
  storeArtifact,
  tagStoredVersion
} from "./chunk-7G7XTQ5D.js";
import {
  findManifests
} from "./chunk-EBTQKNEH.js";
import "./chunk-X4FEW76E.js";
import {
  metricDiff
} from "./chunk-2NZTKVH6.js";
import "./chunk-YCP4MU4G.js";
import {
  show
} from "./chunk-6OBTD2KF.js";
import {
  CommandFailure,
  changedParts,
  fingerprintProject,
  metricsKeyLocation,
  readEvalOutput,
  readMetricsFiles,
  runEvalCommand,
  snapshotMetricsFiles,
  staleness,
  status
} from "./chunk-MRBSS7W5.js";
import {
  emptyRecord,
  evalSettingsHash,
  ignoredValues,
  parse
} from "./chunk-EF7KBQEY.js";
import {
  backoffMs,
  createTag,
  deleteOwnTag,
  fetchModelTags,
  keptTagsWarning,
  pushTag,
  readEventCounter,
  readRecord,
  readRecordsOfRegistries,
  readTagFetch,
  remoteRefs,
  remoteTagObject,
  resolveIdentity,
  sleep,
  syncEventCounter,
  tagObject
} from "./chunk-GESJICZ4.js";
import {
  chooseBaseline,
  copiedRecords,
  parseVersionArg,
  resolveBaseline,
  unknownVersionError,
  versionsAfter
} from "./chunk-MRZBPK6Y.js";
import {
  hasBlob
} from "./chunk-DCAMK6TN.js";
import {
  eventCounterRefspec,
  findVersion,
  holders,
  modelRefPatterns,
  nextEventN,
  readRegistry,
  require_compare,
  stageTag,
  stageTimeline,
  stagesEverHeld,
  standingIn,
  unassignTag,
  versionTag
} from "./chunk-4LCEGOUY.js";
import {
  formatStageMessage,
  formatUnassignMessage,
  formatVersionMessage
} from "./chunk-AKFQBEK6.js";
import {
  baselineWarnings,
  thresholdChanges,
  trendOf
} from "./chunk-XQMVWVUI.js";
import "./chunk-JZNGN5KX.js";
import "./chunk-AHCM7BG7.js";
import "./chunk-43RIPF6U.js";
import {
  oneLine
} from "./chunk-ZJC7X57Q.js";
import {
  failedCheckReasons,
  plainCheckLine
} from "./chunk-5GW5BYNW.js";
import {
  formatChange,
  formatNumber,
  formatPair
} from "./chunk-UN4BW3X4.js";
import "./chunk-TCAMXS2I.js";
import {
  validateManifest
} from "./chunk-LMB5BMLG.js";
import {
  checkTree
} from "./chunk-TZQEAMHU.js";
import {
  readBlobRecords
} from "./chunk-M43L6P5J.js";
import {
  evalFilesPart,
  evalSettingsWithFiles,
  matchParts,
  partMatcher,
  partsOf,
  rebaseName
} from "./chunk-XZDXFT7T.js";
import "./chunk-6ESLXGOQ.js";
import "./chunk-OWTKKGJO.js";
import {
  writeFileAtomic
} from "./chunk-ZLIFJCGQ.js";
import {
  openProject,
  streamLogger
} from "./chunk-JCKANWUF.js";
import {
  ManifestInvalidError,
  loadManifest,
  validateManifestLazily
} from "./chunk-ZKBZI36Q.js";
import {
  formatIssue,
  require_parse,
  require_valid
} from "./chunk-FLI6GRA2.js";
import {
  climbOf,
  require_mod
} from "./chunk-MUEX25PC.js";
import {
  require_semver
} from "./chunk-2A6UWNUB.js";
import {
  listGitIndex,
  modelFingerprint,
  partHash,
  startListing,
  trackedLinks,
  trackedRegularFiles
} from "./chunk-GMIEMMPZ.js";
import {
  decodeName,
  decodeNulSeparated,
  fsPath,
  hasEscapedBytes
} from "./chunk-XKVP7VSL.js";
import "./chunk-EAKUNXN4.js";
import {
  DEFAULT_BUDGET_MS,
  DEFAULT_KILL_GRACE_MS,
  lastLines
} from "./chunk-WFCPIERG.js";
import {
  LeptonError,
  isLeptonError
} from "./chunk-NNAQNCWD.js";
import "./chunk-4YM7E7F7.js";
import {
  plainText
} from "./chunk-5VN3OPDC.js";
import {
  stageThresholds
} from "./chunk-LX2SX5IJ.js";
import {
  __commonJS,
  __toESM
} from "./chunk-3CYXKRVX.js";

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt2 = (a2, b, loose) => compare(a2, b, loose) > 0;
    module.exports = gt2;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc2 = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc2;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var prerelease2 = (version, options) => {
      const parsed = parse2(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease2;
  }
});

// src/app/diff.ts
async function diff(ctx, a2, b) {
  const registry = await readRegistry(ctx.git, ctx.manifest.model);
  const pick = async (ref) => {
    const v = await resolveBaseline(ctx.git, registry, ref);
    if (!v) throw new LeptonError("invalid", `no version of ${registry.model} at ${ref}`);
    return v;
  };
  const va = await pick(a2);
  const vb = b === void 0 ? registry.versions[0] : await pick(b);
  if (!vb) throw new LeptonError("invalid", `${registry.model} has no recorded version`);
  for (const v of [va, vb]) {
    if (!v.summary) ctx.log.warn(`${v.tag} carries no Lepton record: no metrics to compare`);
  }
  return {
    a: { version: va.version, tag: va.tag },
    b: { version: vb.version, tag: vb.tag },
    metrics: metricDiff(va.summary?.metrics ?? {}, vb.summary?.metrics ?? {})
  };
}

// src/core/gate/check.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
var own = (record2, key) => record2 != null && Object.prototype.hasOwnProperty.call(record2, key);
var slack = (...magnitudes) => 8 * Number.EPSILON * Math.max(0, ...magnitudes.map(Math.abs));
function boundText(bound) {
  return bound.kind === "percent" ? `${formatNumber(bound.value)}%` : bound.value;
}
function unusable(input, metric) {
  if (own(input.metrics, metric)) {
    const v = input.metrics[metric];
    if (typeof v !== "number") return "not a number";
    if (Number.isNaN(v)) return "not a finite number (NaN)";
    if (!Number.isFinite(v)) return `not a finite number (${formatNumber(v)})`;
    return null;
  }
  if (own(input.nonNumeric, metric)) return `not a number: ${input.nonNumeric?.[metric] ?? ""}`;
  const near = closestMetrics(metric, [
    ...Object.keys(input.metrics),
    ...Object.keys(input.nonNumeric ?? {})
  ]);
  const names = near.map((n) => `\`${n}\``);
  const hint = names.length === 0 ? "" : ` (did you mean ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`}?)`;
  return `missing from the eval output${hint}`;
}
function closestMetrics(metric, available) {
  const lower = metric.toLowerCase();
  const limit = Math.max(2, Math.floor(metric.length / 3));
  const scored = [];
  for (const name of available) {
    const n = name.toLowerCase();
    let score2;
    if (n === lower) score2 = 0;
    else if (n.split(".").includes(lower) || lower.split(".").includes(n)) score2 = 1;
    else {
      if (Math.abs(n.length - lower.length) > limit) continue;
      const d = (0, import_fastest_levenshtein.distance)(n, lower);
      if (d > limit || d >= Math.max(n.length, lower.length)) continue;
      score2 = 1 + d;
    }
    scored.push([score2, name]);
  }
  return scored.sort((a2, b) => a2[0] - b[0] || (a2[1] < b[1] ? -1 : a2[1] > b[1] ? 1 : 0)).slice(0, 3).map(([, name]) => name);
}
function baselineOf(input, metric) {
  if (!own(input.baseline, metric)) return null;
  const v = input.baseline?.[metric];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}
function absoluteRule(rule, bound, actual) {
  const passed = rule === "min" ? actual >= bound : actual <= bound;
  if (passed) return { passed, reason: null };
  const [a2, b] = formatPair(actual, bound);
  return {
    passed,
    reason: rule === "min" ? `${a2} is below the minimum ${b}` : `${a2} is above the maximum ${b}`
  };
}
function relativeRule(rule, bound, actual, base, hasBaseline, newReason) {
  if (!hasBaseline) return { passed: true, reason: "no baseline" };
  if (base === null) return { passed: true, reason: newReason };
  const moved = rule === "max_drop" ? base - actual : actual - base;
  const allowed = bound.kind === "percent" ? Math.abs(base) * bound.value / 100 : bound.value;
  const passed = moved <= allowed + slack(base, actual, allowed);
  if (passed) return { passed, reason: null };
  const [m, al] = formatPair(moved, allowed);
  const verb = rule === "max_drop" ? "dropped" : "rose";
  const limit = bound.kind === "percent" ? `${formatNumber(bound.value)}% (${al})` : al;
  return {
    passed,
    reason: `${verb} ${m} from the baseline ${formatNumber(base)}, more than the allowed ${limit}`
  };
}
function checkThresholds(input) {
  const checks = [];
  const hasBaseline = input.baseline !== null && input.baseline !== void 0;
  for (const t of input.thresholds) {
    const problem = unusable(input, t.metric);
    const actual = problem === null ? input.metrics[t.metric] : null;
    const base = baselineOf(input, t.metric);
    const newReason = input.baselineVersion === void 0 ? "no baseline value for this metric" : `\`${t.metric}\` is new: not in baseline v${input.baselineVersion}`;
    const add = (rule, bound, outcome) => checks.push({
      metric: t.metric,
      rule,
      bound,
      baseline: base,
      actual,
      passed: outcome.passed,
      level: t.level,
      reason: outcome.reason
    });
    const rules = [];
    if (t.min !== void 0)
      rules.push(["min", t.min, (a2) => absoluteRule("min", t.min, a2)]);
    if (t.max !== void 0)
      rules.push(["max", t.max, (a2) => absoluteRule("max", t.max, a2)]);
    if (t.maxDrop !== void 0) {
      const b = t.maxDrop;
      rules.push([
        "max_drop",
        boundText(b),
        (a2) => relativeRule("max_drop", b, a2, base, hasBaseline, newReason)
      ]);
    }
    if (t.maxRise !== void 0) {
      const b = t.maxRise;
      rules.push([
        "max_rise",
        boundText(b),
        (a2) => relativeRule("max_rise", b, a2, base, hasBaseline, newReason)
      ]);
    }
    for (const [rule, bound, judge2] of rules) {
      add(rule, bound, actual === null ? { passed: false, reason: problem } : judge2(actual));
    }
  }
  return { checks, passed: checks.every((c) => c.passed || c.level !== "error") };
}

// src/core/plan/promote.ts
function findStage(manifest, name) {
  const stage = manifest.stages.find((s2) => s2.name === name);
  if (stage) return stage;
  const known = manifest.stages.map((s2) => s2.name);
  throw new LeptonError("invalid", `${manifest.model} has no stage "${name}"`, [
    known.length ? `stages in the manifest: ${known.join(", ")}` : "the manifest declares no stages"
  ]);
}
function promotionVersion(registry) {
  const found = registry.versions.find((v) => v.summary?.passed && !v.deregistered);
  if (!found) {
    throw new LeptonError(
      "invalid",
      `${registry.model} has no recorded version that passed its thresholds: nothing to promote`
    );
  }
  return found.version;
}
function planPromotion(input) {
  const { registry, manifest, version, options } = input;
  const stage = findStage(manifest, input.stage);
  const entry = findVersion(registry, version);
  if (!entry) {
    const bad = registry.skipped.find((s2) => s2.version === version);
    if (!bad) throw unknownVersionError(registry, version);
    const reasons2 = [`${bad.tag} is not a version: ${bad.reason}`];
    return { kind: "refused", version, stage: stage.name, entry: null, checks: [], reasons: reasons2 };
  }
  const holder = registry.stages[stage.name] ?? null;
  if (holder?.version === version) {
    const checks2 = input.heldChecks ?? [];
    return {
      kind: "already",
      version,
      stage: stage.name,
      entry,
      tag: holder.tag,
      n: holder.n,
      checks: checks2
    };
  }
  const { checks, reasons } = judge(registry, manifest, entry, stage);
  if (input.untrusted !== null) reasons.push(`${entry.tag} is not trusted: ${input.untrusted}`);
  if (reasons.length) {
    return { kind: "refused", version, stage: stage.name, entry, checks, reasons };
  }
  const n = nextEventN(registry.maxN, input.counterN);
  return {
    kind: "assign",
    version,
    stage: stage.name,
    entry,
    tag: stageTag(manifest.model, stage.name, n),
    n,
    commit: entry.commit,
    checks,
    record: {
      kind: "stage",
      schema: 1,
      model: manifest.model,
      version,
      stage: stage.name,
      n,
      created: options.created,
      checks,
      runUrl: options.runUrl
    }
  };
}
function stageRecord(draft, promotedBy) {
  return { ...draft, promotedBy };
}
function promoterName(identity3, ci) {
  if (ci) {
    const actor2 = ci.actor ? ` for ${ci.actor}` : "";
    return `github-actions${actor2} (${ci.runUrl ?? "workflow run"})`;
  }
  return `${identity3.name} <${identity3.email}>`;
}
function judge(registry, manifest, entry, stage) {
  const v = `v${entry.version}`;
  const reasons = [];
  const record2 = entry.summary;
  if (!record2) {
    reasons.push(
      `${entry.tag} carries no Lepton record (made by another tool): its checks are unknown`
    );
  } else if (!record2.passed) {
    reasons.push(`${v} did not pass its own thresholds when it was recorded`);
  }
  if (entry.deregistered) reasons.push(`${v} was deregistered (a GTO deregistration tag)`);
  const standing = stage.after ? standingIn(registry.events, entry.version, stage.after) : null;
  if (stage.after && standing?.state === "never") {
    reasons.push(
      `${v} has never been in ${stage.after}, and ${stage.name} comes after ${stage.after} (promote it there first: lepton promote ${entry.version} ${stage.after})`
    );
  } else if (stage.after && standing?.state === "withdrawn") {
    const why = standing.by.summary?.kind === "unassign" ? plainText(standing.by.summary.reason, 200) : "";
    reasons.push(
      `${v} was withdrawn from ${stage.after} (${standing.by.tag}${why ? `: ${why}` : ""}), and ${stage.name} comes after ${stage.after} (promote it there again first: lepton promote ${entry.version} ${stage.after})`
    );
  }
  if (!record2) return { checks: [], reasons };
  const holder = registry.stages[stage.name] ?? null;
  const holderEntry = holder?.version ? findVersion(registry, holder.version) : null;
  const gate = checkThresholds({
    thresholds: stageThresholds(manifest, stage.name),
    metrics: record2.metrics,
    baseline: holderEntry?.summary?.metrics ?? null
  });
  if (!gate.passed) {
    reasons.push(
      `${stage.name}'s thresholds failed on ${v}'s recorded metrics: ${failedCheckReasons(gate.checks)}`
    );
  }
  return { checks: gate.checks, reasons };
}

// src/io/registry/publish.ts
async function publish(options) {
  const { candidate, pushed, attempts } = await publishDecisions({
    ...options,
    decide: async (attempt) => ({ value: null, candidate: await options.decide(attempt) })
  });
  return { candidate, pushed, attempts };
}
async function publishDecisions(options) {
  const { git, remote, model } = options;
  const now = options.now ?? Date.now;
  const wait = options.wait ?? sleep;
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const started = now();
  let previous = null;
  for (let attempt = 1; ; attempt++) {
    const { value: value2, candidate } = await options.decide(attempt, previous);
    previous = value2;
    if (!candidate) return { value: value2, candidate: null, pushed: false, attempts: attempt };
    const ours = candidate.own ?? await tagObject(git, candidate.tag);
    if (ours === null)
      throw new LeptonError("git", `tag ${candidate.tag} vanished before its push`);
    let counter;
    if (candidate.event) {
      if (candidate.event.n <= candidate.event.counter.n) {
        if (await remoteTagObject(git, remote, candidate.tag) === ours) {
          return { value: value2, candidate, pushed: false, attempts: attempt };
        }
        throw new LeptonError(
          "git",
          `${candidate.tag} exists only in this repository, and ${remote} has newer events of ${model} (up to N ${candidate.event.counter.n}): pushing it would put an older event above them`,
          [`remove it (git tag -d '${candidate.tag}') and run the command again`]
        );
      }
      counter = { counter: candidate.event.counter, object: ours };
    }
    const result = await pushTag(git, remote, candidate.tag, counter, candidate.extra);
    if (result.status === "pushed") return { value: value2, candidate, pushed: true, attempts: attempt };
    if (result.status === "up-to-date")
      return { value: value2, candidate, pushed: false, attempts: attempt };
    if (result.status === "refused" || result.status === "failed") {
      throw await notPushed(options, candidate, result);
    }
    const tagRef = `refs/tags/${candidate.tag}`;
    const refs = candidate.event ? [tagRef, candidate.event.counter.ref] : [tagRef];
    const seen = await remoteRefs(git, remote, refs).catch((e) => {
      throw new LeptonError(
        "git",
        `${remote} refused ${candidate.tag} (${result.detail}) and could not be read again: ${e.message}`,
        [keptHint(candidate)]
      );
    });
    const theirs = seen.get(tagRef) ?? null;
    if (theirs === ours) return { value: value2, candidate, pushed: true, attempts: attempt };
    if (theirs !== null && candidate.own !== ours) {
      throw new LeptonError(
        "git",
        `${remote} has another tag named ${candidate.tag} than this repository`,
        [
          "the local tag was not made by this run, so Lepton leaves it alone;",
          `compare them (git show ${candidate.tag}; git ls-remote ${remote} refs/tags/${candidate.tag}) and remove the wrong one by hand`
        ]
      );
    }
    if (candidate.own !== null) {
      await deleteOwnTag(git, candidate.tag, candidate.own);
      options.onLost?.(candidate.tag);
    }
    if (candidate.event) {
      await syncEventCounter(git, model, seen.get(candidate.event.counter.ref) ?? null);
    }
    const delay = backoffMs(attempt, options.random);
    const spent = now() - started;
    if (options.maxAttempts !== void 0 && attempt >= options.maxAttempts || spent + delay > budget) {
      throw new LeptonError(
        "git",
        `gave up pushing to ${remote} after ${attempt} attempts in ${(spent / 1e3).toFixed(1)} s: concurrent runs kept taking the names first (last: ${result.detail})`,
        ["nothing was lost: run the same command again"]
      );
    }
    options.log?.(
      `${remote} took ${candidate.tag} first (a concurrent run): waiting ${delay} ms, then reading its tags and deciding again`
    );
    await wait(delay);
    await fetchModelTags(git, remote, model);
  }
}
var keptHint = (c) => c.event ? "nothing was pushed; run the same command again" : "the tag is kept locally; run the same command with --push again to push it";
async function notPushed(options, candidate, result) {
  const { git, remote } = options;
  const details = result.remoteLines.map((l) => `remote: ${l}`);
  const landed = result.status === "refused" && result.landed.includes(`refs/tags/${candidate.tag}`);
  const removed = candidate.event !== void 0 && candidate.own !== null && !landed;
  if (removed) await deleteOwnTag(git, candidate.tag, candidate.own);
  const after = landed ? `${remote} took ${candidate.tag} all the same (it applied --atomic to the other refusal only): the tag stays, here and there` : removed ? "the local stage tag was removed: nothing changed here or on the remote" : keptHint(candidate);
  if (result.status === "failed") {
    return new LeptonError(
      "git",
      `could not push ${candidate.tag} to ${remote}: ${result.detail}`,
      [...details, after]
    );
  }
  const counterRefused = candidate.event !== void 0 && result.causes.includes(candidate.event.counter.ref) && !result.causes.includes(`refs/tags/${candidate.tag}`);
  return new LeptonError(
    "git",
    `${remote} refused the push of ${candidate.tag}: ${result.detail}`,
    [
      ...details,
      "not a concurrent run taking the name (that is retried): the remote refuses this push (a hook, a protected or hidden ref, permissions), so it was not retried",
      ...counterRefused ? [
        `Lepton keeps ${options.model}'s event counter in ${candidate.event?.counter.ref}: the remote must accept pushes to refs/lepton/*, or concurrent promotions can take one N`
      ] : [],
      after
    ]
  );
}

// src/io/registry/apply.ts
async function applyTagPlan(options) {
  const decide = async (attempt, previous) => {
    const { plan, step } = await options.decide(attempt, previous);
    return { value: plan, candidate: await realize(options, step) };
  };
  if (!options.push) {
    const { value: value2 } = await decide(1, null);
    return { plan: value2, pushed: null, attempts: null };
  }
  const published = await publishDecisions({
    git: options.git,
    remote: options.remote,
    model: options.model,
    decide,
    ...options.log && { log: options.log },
    ...options.maxAttempts !== void 0 && { maxAttempts: options.maxAttempts },
    ...options.budgetMs !== void 0 && { budgetMs: options.budgetMs }
  });
  return {
    plan: published.value,
    pushed: published.candidate ? published.pushed : null,
    attempts: published.attempts
  };
}
async function realize(options, step) {
  if (step.kind === "none") return null;
  if (step.kind === "existing") {
    return {
      tag: step.tag,
      own: null,
      ...step.event && { event: step.event },
      ...step.extra?.length && { extra: step.extra }
    };
  }
  const own2 = await createTag(options.git, {
    name: step.tag,
    commit: step.commit,
    message: step.message,
    identity: step.identity
  });
  if (!own2) {
    throw new LeptonError(
      "git",
      `tag ${step.tag} appeared while this run was deciding (another run here?)`,
      ["run the command again"]
    );
  }
  return {
    tag: step.tag,
    own: own2,
    ...step.event && { event: step.event },
    ...step.extra?.length && { extra: step.extra }
  };
}

// src/io/registry/history.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
async function historyGap(git, model) {
  const [shallow, tags] = await Promise.all([
    git.run(["rev-parse", "--is-shallow-repository"], { allowFailure: true }),
    git.run(["for-each-ref", "--count=1", "--format=%(refname)", ...modelRefPatterns(model)], {
      allowFailure: true
    })
  ]);
  if (shallow.code === 0 && shallow.stdout.trim() === "true")
    return { why: "the clone is shallow", shallow: true };
  if (tags.code === 0 && tags.stdout.trim() === "")
    return { why: `no tag of ${model} is here`, shallow: false };
  return null;
}
async function fetchModelHistory(git, model, options) {
  const remote = options.remote ?? "origin";
  const { info } = options;
  if (remote.startsWith("-")) throw new LeptonError("invalid", `${remote}: not a remote name`);
  const shallowAsked = options.shallow !== void 0 ? null : git.out(["rev-parse", "--is-shallow-repository"]).then((o) => o === "true");
  shallowAsked?.catch(() => void 0);
  if (!plainRemoteName(remote) || existsSync(join(git.cwd, remote))) {
    if (await git.remoteUrl(remote) === null) return noRemote(remote, options);
  }
  const shallow = shallowAsked === null ? options.shallow === true : await shallowAsked;
  const refspecs = [...modelRefPatterns(model).map((p) => `${p}:${p}`), eventCounterRefspec(model)];
  const base = options.baseBranch ?? null;
  if (base) {
    const ref = `refs/heads/${base}`;
    const ok = await git.run(["check-ref-format", ref], { allowFailure: true });
    if (ok.code !== 0 || base.startsWith("-")) {
      throw new LeptonError(
        "invalid",
        `the base branch name ${JSON.stringify(base)} is not a valid branch name`
      );
    }
    refspecs.push(`+${ref}:refs/remotes/${remote}/${base}`);
  }
  const fetchArgs = ["-c", "maintenance.auto=false", "fetch", "--no-tags"];
  const reader = import("./read-5OKAS33X.js");
  reader.catch(() => void 0);
  let r = await git.run(
    shallow ? [...fetchArgs, "--unshallow", remote, ...refspecs, "HEAD"] : [...fetchArgs, remote, ...refspecs],
    { allowFailure: true }
  );
  if (r.code !== 0 && shallow && /couldn't find remote ref HEAD/.test(r.stderr)) {
    r = await git.run([...fetchArgs, remote, ...refspecs], { allowFailure: true });
    if (r.code === 0) {
      const deepen = await git.run([...fetchArgs, "--quiet", "--unshallow", remote], {
        allowFailure: true
      });
      if (deepen.code !== 0) r = { ...deepen, stderr: r.stderr + deepen.stderr };
    }
  }
  if (r.code !== 0 && await git.remoteUrl(remote) === null) return noRemote(remote, options);
  let tags;
  try {
    tags = readTagFetch(r);
  } catch (e) {
    throw new LeptonError("git", `could not fetch from ${remote}: ${e.message}`);
  }
  const kept = keptTagsWarning(remote, tags);
  if (kept !== null) (options.warn ?? info)(kept);
  const created = tags.created.length;
  const registry = await (await reader).readRegistry(git, model);
  info(
    [
      `fetched from ${remote}: ${registry.versions.length} version tag(s) and ${registry.events.length} stage tag(s) of ${model}`,
      `(${created} new)`,
      shallow ? "and the full history (the clone was shallow)" : "",
      base ? `and the base branch ${base}` : ""
    ].filter(Boolean).join(" ")
  );
  return { registry };
}
var plainRemoteName = (name) => /^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(name) && name !== "." && name !== "..";
function noRemote(remote, options) {
  if (options.sayNoRemote !== false) {
    options.info(`no "${remote}" remote: working with the local tags and history only`);
  }
  return null;
}
async function refreshModelTags(git, model, remote) {
  if (remote.startsWith("-")) throw new LeptonError("invalid", `${remote}: not a remote name`);
  if (!plainRemoteName(remote) || existsSync(join(git.cwd, remote))) {
    if (await git.remoteUrl(remote) === null) return null;
  }
  try {
    return await fetchModelTags(git, remote, model);
  } catch (e) {
    if (await git.remoteUrl(remote) === null) return null;
    throw e;
  }
}

// src/app/ensure-history.ts
async function ensureHistory(ctx, remote = "origin", warn = true) {
  if (!ctx.repoRoot) return { state: "complete", fetched: false };
  const gap = await historyGap(ctx.git, ctx.manifest.model);
  if (gap === null) return { state: "complete", fetched: await refresh(ctx, remote) };
  let missing;
  try {
    const fetched = await fetchModelHistory(ctx.git, ctx.manifest.model, {
      remote,
      info: (m) => ctx.log.info(`${gap.why}: ${m}`),
      // Said once, below, with what the repository has instead.
      sayNoRemote: false,
      warn: (m) => ctx.log.warn(m)
    });
    if (fetched) return { state: "fetched" };
    const remotes = await ctx.git.remoteNames();
    missing = remotes.length === 0 ? {
      why: `${gap.why} and this repository has no remote`,
      cause: "no-remote",
      remotes,
      shallow: gap.shallow
    } : {
      why: `${gap.why} and there is no "${remote}" remote (this repository has ${remotes.map((r) => `"${r}"`).join(", ")})`,
      cause: "no-such-remote",
      remotes,
      shallow: gap.shallow
    };
  } catch (e) {
    if (e instanceof LeptonError && e.kind === "invalid") throw e;
    const detail = (e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, " ");
    missing = {
      why: `${gap.why} and ${remote} could not be reached (${detail})`,
      cause: "unreachable",
      remotes: [],
      shallow: gap.shallow
    };
  }
  if (warn) ctx.log.warn(`${missing.why}: the baseline may be missing`);
  return { state: "missing", ...missing };
}
async function refresh(ctx, remote) {
  const model = ctx.manifest.model;
  try {
    const fetched = await refreshModelTags(ctx.git, model, remote);
    if (fetched === null) return false;
    const n = fetched.created.length;
    if (n > 0) {
      const names = fetched.created.slice(0, 5).join(", ");
      ctx.log.info(
        `fetched ${n} new tag(s) of ${model} from ${remote}: ${names}${n > 5 ? ` and ${n - 5} more` : ""}`
      );
    }
    const kept = keptTagsWarning(remote, fetched);
    if (kept !== null) ctx.log.warn(kept);
    return true;
  } catch (e) {
    if (e instanceof LeptonError && e.kind === "invalid") throw e;
    const detail = (e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, " ");
    ctx.log.warn(
      `could not fetch ${model}'s tags from ${remote} (${detail}): the baseline may be stale (versions recorded there since are not here)`
    );
    return false;
  }
}

// src/app/verify.ts
import { join as join2, relative, sep } from "node:path";

// src/io/registry/verify.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { posix } from "node:path";
var CACHE_FORMAT = "lepton-tree-fingerprints/2";
var CACHE_MAX = 2e3;
async function fingerprintAtCommit(git, commit, manifest, prefix, cacheFile) {
  const tree = await git.run(["rev-parse", "-q", "--verify", `${commit}^{tree}`], {
    allowFailure: true
  });
  if (tree.code !== 0) return { ok: false, problem: `${commit.slice(0, 12)} is not a commit here` };
  const key = cacheKey(tree.stdout.trim(), manifest, prefix);
  const cache = cacheFile ? loadCache(cacheFile) : /* @__PURE__ */ new Map();
  const hit = cache.get(key);
  if (hit) return hit;
  const answer = await compute(git, tree.stdout.trim(), manifest, prefix);
  if (cacheFile) {
    cache.delete(key);
    cache.set(key, answer);
    await saveCache(cacheFile, cache);
  }
  return answer;
}
async function compute(git, tree, manifest, prefix) {
  const out = [];
  const listed = await git.run(["ls-tree", "-r", "-z", "--full-tree", tree], {
    allowFailure: true,
    onStdout: (b) => out.push(b)
  });
  if (listed.code !== 0)
    return { ok: false, problem: `cannot list ${tree}: ${lastLines(listed.stderr)}` };
  const all = /* @__PURE__ */ new Map();
  for (const line2 of decodeNulSeparated(Buffer.concat(out)).split("\0")) {
    const tab = line2.indexOf("	");
    if (tab < 0) continue;
    const [mode = "", type = "", oid = ""] = line2.slice(0, tab).split(" ");
    all.set(line2.slice(tab + 1), { mode, type, oid });
  }
  const repoPath = /* @__PURE__ */ new Map();
  for (const path2 of all.keys()) repoPath.set(rebaseName(path2, prefix), path2);
  const selection = partsOf(manifest).map(({ kind, part }) => ({
    kind,
    name: part.name,
    paths: part.paths
  }));
  const { parts, unmatched } = matchParts(selection, [...repoPath.keys()]);
  if (unmatched.length) {
    const u = unmatched[0];
    return {
      ok: false,
      problem: `${u.kind} "${u.part}": path "${u.pattern}" matches no file there`
    };
  }
  const blobOf = /* @__PURE__ */ new Map();
  for (const rel of new Set(parts.flatMap((p) => p.files))) {
    const found = await resolveBlob(git, all, repoPath.get(rel) ?? rel);
    if (typeof found !== "string" || !found.startsWith("blob:")) {
      return { ok: false, problem: `${rel}: ${typeof found === "string" ? found : "unreadable"}` };
    }
    blobOf.set(rel, found.slice(5));
  }
  const records = await readBlobRecords(git, blobOf);
  if (typeof records === "string") return { ok: false, problem: records };
  const hashOf = (p) => ({
    name: p.name,
    hash: partHash(p.files.map((path2) => ({ path: path2, record: records.get(path2) })))
  });
  const components = parts.filter((p) => p.kind === "component").map(hashOf);
  const data = parts.filter((p) => p.kind === "data").map(hashOf);
  return { ok: true, fingerprint: modelFingerprint(components, data) };
}
async function resolveBlob(git, all, path2) {
  let at = path2;
  for (let hops = 0; hops < 16; hops++) {
    const e = all.get(at);
    if (!e) return "symlink to nothing in the tree";
    if (e.type === "commit") return "is a submodule; name its files instead";
    if (e.mode !== "120000") return `blob:${e.oid}`;
    const bytes = [];
    const r = await git.run(["cat-file", "blob", e.oid], {
      allowFailure: true,
      onStdout: (b) => bytes.push(b)
    });
    if (r.code !== 0) return "unreadable symlink";
    const target = decodeName(Buffer.concat(bytes));
    const next = posix.normalize(posix.join(posix.dirname(at), target));
    if (target.startsWith("/") || next.startsWith("../") || next === "..") {
      return `symlink leaves the repository (\u2192 ${target})`;
    }
    at = next;
  }
  return "too many levels of symlinks";
}
function cacheKey(tree, manifest, prefix) {
  const parts = [manifest.components, manifest.data].map(
    (list) => list.map((p) => [p.name, p.paths])
  );
  return createHash("sha256").update(JSON.stringify([tree, prefix, parts])).digest("hex");
}
function loadCache(file) {
  const out = /* @__PURE__ */ new Map();
  try {
    const text2 = readFileSync(file, "utf8");
    const nl = text2.indexOf("\n");
    const body = text2.slice(nl + 1);
    if (text2.slice(0, nl) !== sha(body)) return out;
    const doc = JSON.parse(body);
    if (doc.format !== CACHE_FORMAT || !Array.isArray(doc.entries)) return out;
    for (const [k2, v] of doc.entries) out.set(k2, v);
  } catch {
  }
  return out;
}
async function saveCache(file, cache) {
  const entries = [...cache.entries()].slice(-CACHE_MAX);
  const body = `${JSON.stringify({ format: CACHE_FORMAT, entries })}
`;
  await writeFileAtomic(file, [Buffer.from(`${sha(body)}
${body}`)]).catch(() => {
  });
}
var sha = (text2) => `sha256:${createHash("sha256").update(text2).digest("hex")}`;

// src/io/registry/worktree.ts
function committedHead(state) {
  if (state.head === null) {
    throw new LeptonError("invalid", "nothing to tag: the repository has no commit yet");
  }
  return state.head;
}
async function worktreeState(git) {
  const out = await git.out([
    "status",
    "--porcelain=v2",
    "--branch",
    "--no-ahead-behind",
    "-z",
    "--untracked-files=all",
    "--no-renames",
    "--ignore-submodules=none"
  ]);
  return parseStatusV2(out);
}
function parseStatusV2(out) {
  let head = null;
  const paths = [];
  const entries = out.split("\0");
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.startsWith("# branch.oid ")) {
      const oid = e.slice("# branch.oid ".length);
      head = /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(oid) ? oid : null;
      continue;
    }
    const fields = { "1": 8, "2": 9, u: 10, "?": 1, "!": 1 }[e[0] ?? ""];
    if (fields === void 0 || e[1] !== " ") continue;
    let at = 0;
    for (let f = 0; f < fields && at >= 0; f++) at = e.indexOf(" ", at) + 1 || -1;
    if (at > 0 && e[0] !== "!") paths.push(e.slice(at));
    if (e[0] === "2") i++;
  }
  return { head, paths };
}
async function fileAtCommit(git, commit, path2) {
  const r = await git.run(["show", `${commit}:${path2}`], { allowFailure: true });
  return r.code === 0 ? r.stdout : null;
}

// src/app/verify.ts
async function untrustedRecord(ctx, entry) {
  const record2 = entry.summary;
  if (!record2) return `${entry.tag} carries no Lepton record`;
  if (!ctx.repoRoot) return "outside a git repository";
  const root = ctx.repoRoot;
  const prefix = relative(root, ctx.modelDir).split(sep).join("/");
  const gitDir = await ctx.git.gitDir();
  const cacheFile = gitDir ? join2(gitDir, "lepton", "trees.json") : null;
  const manifest = await manifestAt(ctx, entry.commit, relative(root, ctx.manifestPath));
  const at = await fingerprintAtCommit(ctx.git, entry.commit, manifest, prefix, cacheFile);
  const short = entry.commit.slice(0, 12);
  if (!at.ok) return `its fingerprint cannot be checked against commit ${short} (${at.problem})`;
  if (at.fingerprint !== record2.fingerprint) {
    return `its record's fingerprint ${abbrev(record2.fingerprint)} is not that of the content at commit ${short} (${abbrev(at.fingerprint)})`;
  }
  return null;
}
async function findTrustedByFingerprint(ctx, registry, fingerprint) {
  const copied = copiedRecords(registry);
  for (const v of registry.versions) {
    if (v.summary?.fingerprint !== fingerprint) continue;
    if (copied.has(v.tag)) continue;
    const why = await untrustedRecord(ctx, v);
    if (why === null) return v;
    ctx.log.warn(`${v.tag} is not trusted: ${why}`);
  }
  return null;
}
async function manifestAt(ctx, commit, path2) {
  const text2 = await fileAtCommit(ctx.git, commit, path2.split(sep).join("/"));
  if (text2 === null) return ctx.manifest;
  const parsed = await validateManifestLazily(text2, path2);
  return parsed.ok ? parsed.manifest : ctx.manifest;
}
var abbrev = (h) => h.length > 19 ? `${h.slice(0, 19)}\u2026` : h;

// src/app/promote.ts
async function promote(ctx, options) {
  if (!ctx.repoRoot) {
    throw new LeptonError("invalid", "promote needs a git repository: versions are git tags");
  }
  const m = ctx.manifest;
  const stage = findStage(m, options.stage);
  let asked = null;
  if (options.version !== void 0) {
    asked = parseVersionArg(options.version, m.model);
    if (asked === null) {
      throw new LeptonError(
        "invalid",
        `${options.version}: expected a version (1.2.0, v1.2.0 or ${m.model}@v1.2.0)`
      );
    }
  }
  const remote = options.remote ?? "origin";
  const history2 = options.fetchHistory ? await ensureHistory(ctx, remote) : null;
  const tagsFetched = history2?.state === "fetched" || history2?.state === "complete" && history2.fetched;
  const budgetMs = options.push ? options.budgetMs ?? ctx.settings.pushBudgetMs : 0;
  if (options.push && !tagsFetched) {
    try {
      await fetchModelTags(ctx.git, remote, m.model, (w) => ctx.log.warn(w));
    } catch (e) {
      ctx.log.warn(
        `could not fetch ${remote}'s tags (${e instanceof Error ? e.message : String(e)}); deciding on the local tags`
      );
    }
  }
  const runUrl = ctx.settings.runUrl;
  const ci = ctx.settings.ci ? { actor: ctx.settings.actor, runUrl } : null;
  const decide = async (attempt, previous) => {
    const [registry, counter] = await Promise.all([
      readRegistry(ctx.git, m.model),
      readEventCounter(ctx.git, m.model)
    ]);
    if (attempt === 1)
      for (const s2 of registry.skipped) ctx.log.warn(`${s2.tag} is skipped: ${s2.reason}`);
    let version = previous?.version ?? asked;
    if (version === null) {
      version = promotionVersion(registry);
      ctx.log.info(`promoting the latest version that passed: v${version}`);
    }
    const entry = findVersion(registry, version);
    const holder = registry.stages[stage.name] ?? null;
    const held = holder?.version === version ? await readRecord(ctx.git, holder) : null;
    const plan2 = planPromotion({
      registry,
      counterN: counter.n,
      manifest: m,
      stage: stage.name,
      version,
      untrusted: entry?.summary ? await untrustedRecord(ctx, entry) : null,
      heldChecks: held?.kind === "stage" ? held.checks : null,
      options: { created: ctx.now().toISOString(), runUrl }
    });
    if (plan2.kind === "refused") return { plan: plan2, step: { kind: "none" } };
    if (plan2.kind === "already") {
      return { plan: plan2, step: { kind: "existing", tag: plan2.tag, event: { n: plan2.n, counter } } };
    }
    const identity3 = await resolveIdentity(ctx.git, ctx.settings);
    const record2 = stageRecord(plan2.record, promoterName(identity3, ci));
    const step = {
      kind: "create",
      tag: plan2.tag,
      commit: plan2.commit,
      message: formatStageMessage(record2),
      event: { n: plan2.n, counter },
      identity: identity3
    };
    return { plan: plan2, step };
  };
  const { plan, pushed, attempts } = await applyTagPlan({
    git: ctx.git,
    push: options.push === true,
    remote,
    model: m.model,
    decide,
    log: (msg) => ctx.log.info(msg),
    ...options.maxAttempts !== void 0 && { maxAttempts: options.maxAttempts },
    budgetMs
  });
  let storeError = null;
  if (plan.kind !== "refused" && ctx.manifest.store) {
    if (options.push) {
      const versionRecord2 = await readRecord(ctx.git, plan.entry);
      try {
        await pointStageTag(ctx, versionRecord2, stage.name, options.store);
      } catch (e) {
        if (!(e instanceof LeptonError)) throw e;
        storeError = {
          message: e.message,
          details: [
            ...e.details.slice(0, -1),
            `the stage tag is made and pushed; only the model store's :${stage.name} tag was not moved: run lepton promote ${plan.version} ${stage.name} --push${remote === "origin" ? "" : ` --remote ${remote}`} (${stage.name} holds v${plan.version} already: it makes no tag, deploys nothing and only moves the OCI tag)`
          ]
        };
        ctx.log.warn(`${e.message}: the model store's :${stage.name} tag was not moved`);
      }
    } else {
      ctx.log.info(
        `the model store's :${stage.name} tag is not moved: the stage tag is not pushed (lepton promote ${plan.version} ${stage.name} --push pushes it and moves the OCI tag)`
      );
    }
  }
  const base = {
    model: m.model,
    version: plan.version,
    stage: stage.name,
    pushed,
    attempts,
    checks: plan.checks,
    metrics: plan.entry?.summary?.metrics ?? {},
    storeError
  };
  if (plan.kind === "assign") {
    return { ...base, promoted: true, tag: plan.tag, already: false, refused: [] };
  }
  if (plan.kind === "already") {
    return { ...base, promoted: false, tag: plan.tag, already: true, refused: [] };
  }
  return {
    ...base,
    promoted: false,
    tag: null,
    already: false,
    refused: plan.reasons,
    pushed: null
  };
}

// src/io/deploy/hook.ts
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";
function hookVariables(t, recordFile) {
  return {
    LEPTON_MODEL: t.model,
    LEPTON_VERSION: t.version,
    LEPTON_TAG: t.tag,
    LEPTON_STAGE_TAG: t.stageTag ?? "",
    LEPTON_COMMIT: t.commit,
    LEPTON_STAGE: t.stage,
    LEPTON_PREVIOUS_VERSION: t.previousVersion ?? "",
    LEPTON_ARTIFACT: t.artifact ?? "",
    LEPTON_RECORD: recordFile
  };
}
async function runDeployHook(options) {
  const { hook, target } = options;
  const dir = await mkdtemp(join3(options.tempDir ?? tmpdir(), "lepton-deploy-"));
  const recordFile = join3(dir, "record.json");
  const started = Date.now();
  try {
    await writeFile(recordFile, JSON.stringify(target.record, null, 2) + "\n", { mode: 384 });
    const env = {};
    for (const [k2, v] of Object.entries(options.env)) if (v !== void 0) env[k2] = v;
    await runEvalCommand({
      command: hook.command,
      cwd: options.cwd,
      env: { ...env, ...hookVariables(target, recordFile) },
      timeoutMs: hook.timeoutMs,
      killGraceMs: options.killGraceMs,
      output: options.output,
      warn: options.warn,
      label: "deploy hook",
      timeoutKey: `stages.${target.stage}.deploy.timeout`,
      ...options.settleMs !== void 0 && { settleMs: options.settleMs },
      ...options.signal && { signal: options.signal }
    });
    return {
      ok: true,
      exitCode: 0,
      timedOut: false,
      durationMs: Date.now() - started,
      error: null,
      details: []
    };
  } catch (e) {
    if (e instanceof CommandFailure) {
      return failed(e.message, e.details, e.exitCode, e.timedOut, started);
    }
    if (options.signal?.aborted) throw e;
    if (isLeptonError(e) && e.kind === "eval") {
      return failed(e.message, e.details, null, false, started);
    }
    throw e;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
function failed(message, details, exitCode, timedOut, started) {
  return {
    ok: false,
    exitCode,
    timedOut,
    durationMs: Date.now() - started,
    error: message,
    details
  };
}

// src/app/deploy.ts
function hookOf(ctx, name) {
  const stage = ctx.manifest.stages.find((s2) => s2.name === name);
  if (!stage) {
    const known = ctx.manifest.stages.map((s2) => s2.name);
    throw new LeptonError("invalid", `${ctx.manifest.model} has no stage "${name}"`, [
      known.length ? `stages in the manifest: ${known.join(", ")}` : "the manifest declares no stages"
    ]);
  }
  if (!stage.deploy) {
    throw new LeptonError("invalid", `stage ${name} has no deploy hook`, [
      `add stages.${name}.deploy.command to the manifest`
    ]);
  }
  return { stage, hook: stage.deploy };
}
function holderBefore(registry, stage, n) {
  const before = registry.events.filter((e) => e.n < n);
  const withdrawn = new Set(registry.versions.filter((v) => v.deregistered).map((v) => v.version));
  return holders(before, withdrawn)[stage]?.version ?? null;
}
function artifactOf(record2) {
  const a2 = record2?.artifact;
  if (!a2) return null;
  return a2.ref ?? a2.url ?? null;
}
var killGrace = (ctx, s2) => {
  if (s2.killGraceMs !== void 0) return s2.killGraceMs;
  const v = Number(ctx.env.LEPTON_KILL_GRACE_MS);
  return ctx.env.LEPTON_KILL_GRACE_MS && Number.isFinite(v) && v >= 0 ? v : DEFAULT_KILL_GRACE_MS;
};
async function runOnce(ctx, one2, s2) {
  const m = ctx.manifest;
  const target = {
    model: m.model,
    stage: one2.stage,
    version: one2.entry.version,
    tag: one2.entry.tag,
    environment: one2.hook.environment,
    url: one2.hook.url
  };
  const tracked = s2.tracker ? await s2.tracker.start(target) : null;
  const record2 = await readRecord(ctx.git, one2.entry);
  const run = await ctx.log.group(
    `deploy: v${one2.entry.version} \u2192 ${one2.stage}`,
    () => runDeployHook({
      hook: one2.hook,
      target: {
        model: m.model,
        stage: one2.stage,
        version: one2.entry.version,
        tag: one2.entry.tag,
        stageTag: one2.stageTag,
        commit: one2.entry.commit,
        previousVersion: one2.previous,
        artifact: artifactOf(record2),
        record: record2 ?? { model: m.model, version: one2.entry.version }
      },
      cwd: ctx.modelDir,
      env: ctx.env,
      killGraceMs: killGrace(ctx, s2),
      output: (c) => ctx.log.output(c),
      warn: (w) => ctx.log.warn(w),
      ...s2.tempDir !== void 0 && { tempDir: s2.tempDir },
      ...s2.settleMs !== void 0 && { settleMs: s2.settleMs },
      ...ctx.signal && { signal: ctx.signal }
    })
  );
  const note = run.ok ? `v${one2.entry.version} deployed to ${one2.stage}` : `v${one2.entry.version}: ${run.error ?? "deploy failed"}`;
  if (run.ok) ctx.log.info(`${note} in ${(run.durationMs / 1e3).toFixed(1)}s`);
  else ctx.log.warn(`deploy of ${note}`);
  if (tracked && s2.tracker) await s2.tracker.finish(tracked, target, run.ok, note);
  return {
    model: m.model,
    stage: one2.stage,
    version: one2.entry.version,
    tag: one2.entry.tag,
    cause: one2.cause,
    environment: one2.hook.environment,
    url: one2.hook.url,
    ok: run.ok,
    exitCode: run.exitCode,
    timedOut: run.timedOut,
    durationMs: run.durationMs,
    error: run.error,
    details: run.details,
    deployment: tracked
  };
}
async function deploy(ctx, options) {
  const m = ctx.manifest;
  if (options.model !== void 0 && options.model !== m.model) {
    throw new LeptonError(
      "invalid",
      `--model ${options.model}: ${ctx.manifestPath} is the manifest of ${m.model}`,
      [`pass that model's manifest with -m PATH/lepton.yml`]
    );
  }
  const { hook } = hookOf(ctx, options.stage);
  if (options.fetchHistory) await ensureHistory(ctx, options.remote ?? "origin");
  const registry = await readRegistry(ctx.git, m.model);
  const holder = registry.stages[options.stage] ?? null;
  let version;
  if (options.version !== void 0) {
    const v = parseVersionArg(options.version, m.model);
    if (v === null) {
      throw new LeptonError(
        "invalid",
        `${options.version}: expected a version (1.2.0, v1.2.0 or ${m.model}@v1.2.0)`
      );
    }
    if (!stagesEverHeld(registry.events, v).has(options.stage)) {
      throw new LeptonError("invalid", `v${v} has never been in ${options.stage}`, [
        holder?.version ? `${options.stage} holds v${holder.version} now (deploy it without --version)` : `nothing holds ${options.stage}`
      ]);
    }
    version = v;
  } else {
    if (!holder?.version) {
      throw new LeptonError(
        "invalid",
        `nothing holds ${options.stage}: there is no version to deploy`,
        [`promote a version first: lepton promote VERSION ${options.stage}`]
      );
    }
    version = holder.version;
  }
  const entry = findVersion(registry, version);
  if (!entry) throw unknownVersionError(registry, version);
  const assignment = lastAssignment(registry.events, options.stage, version);
  const run = await runOnce(
    ctx,
    {
      hook,
      stage: options.stage,
      entry,
      stageTag: assignment?.tag ?? null,
      previous: assignment ? holderBefore(registry, options.stage, assignment.n) : null,
      cause: "redeploy"
    },
    options
  );
  return {
    model: m.model,
    stage: options.stage,
    version,
    ok: run.ok,
    exitCode: run.exitCode,
    durationMs: run.durationMs,
    runs: [run],
    rollback: null,
    kept: run.ok ? null : `lepton deploy changes no tag: v${version} still holds ${options.stage}${holder?.version === version ? "" : ` (v${holder?.version ?? "?"} does)`}; \`lepton rollback ${options.stage}\` withdraws it`
  };
}
function lastAssignment(events, stage, version) {
  return events.filter((e) => e.action === "assign" && e.stage === stage && e.version === version).sort((a2, b) => b.n - a2.n)[0] ?? null;
}
async function promoteAndDeploy(ctx, options, settings = {}) {
  const p = await promote(ctx, options);
  const stage = ctx.manifest.stages.find((s2) => s2.name === p.stage);
  const hook = stage?.deploy ?? null;
  if (!hook || !p.promoted || p.tag === null) {
    if (hook && p.already) {
      ctx.log.info(
        `v${p.version} already holds ${p.stage}: nothing deployed (lepton deploy ${p.stage} deploys it again)`
      );
    }
    return { ...p, deploy: null };
  }
  const registry = await readRegistry(ctx.git, ctx.manifest.model);
  const entry = findVersion(registry, p.version);
  const event2 = registry.events.find((e) => e.tag === p.tag);
  if (!entry || !event2) throw new LeptonError("git", `${p.tag} is gone right after it was made`);
  const first = await runOnce(
    ctx,
    {
      hook,
      stage: p.stage,
      entry,
      stageTag: p.tag,
      previous: holderBefore(registry, p.stage, event2.n),
      cause: "promote"
    },
    settings
  );
  const report = {
    runs: [first],
    rollback: null,
    kept: null
  };
  if (!first.ok) await rollBack(ctx, options, settings, hook, first, report);
  return { ...p, deploy: { model: p.model, stage: p.stage, ...report } };
}
async function rollBack(ctx, options, settings, hook, failed2, report) {
  const stays = `the stage tag stays: v${failed2.version} holds ${failed2.stage} though its deploy failed (\`lepton deploy ${failed2.stage}\` retries it, \`lepton rollback ${failed2.stage}\` withdraws it)`;
  if (!hook.rollbackOnFailure) {
    report.kept = `stages.${failed2.stage}.deploy.rollback_on_failure is false; ${stays}`;
    return;
  }
  if (!settings.withdraw) {
    report.kept = `no rollback is available here; ${stays}`;
    return;
  }
  const reason = `deploy of v${failed2.version} to ${failed2.stage} failed: ${failed2.error ?? "the hook failed"}`;
  let step;
  try {
    step = await settings.withdraw(ctx, {
      stage: failed2.stage,
      version: failed2.version,
      reason,
      exitCode: failed2.exitCode,
      push: options.push ?? false,
      remote: options.remote ?? "origin",
      // Whatever the promotion was given, the withdrawal is given: the same registry, the same
      // credentials and the same remote.
      ...options.store !== void 0 && { store: options.store },
      ...options.budgetMs !== void 0 && { budgetMs: options.budgetMs },
      ...options.maxAttempts !== void 0 && { maxAttempts: options.maxAttempts }
    });
  } catch (e) {
    report.kept = `the rollback failed (${e instanceof Error ? e.message : String(e)}); ${stays}`;
    ctx.log.warn(report.kept);
    return;
  }
  report.rollback = step;
  ctx.log.info(
    `rolled back: ${step.tag} withdraws v${step.version}; ${failed2.stage} ${step.to ? `falls back to v${step.to.version}` : "is empty now"}`
  );
  if (!step.to) return;
  const registry = await readRegistry(ctx.git, ctx.manifest.model);
  const entry = findVersion(registry, step.to.version);
  if (!entry) return;
  report.runs.push(
    await runOnce(
      ctx,
      {
        hook,
        stage: failed2.stage,
        entry,
        stageTag: step.to.tag,
        previous: failed2.version,
        cause: "rollback"
      },
      settings
    )
  );
}
function deployAfterRollback(ctx, stageName, settings = {}) {
  const hook = ctx.manifest.stages.find((s2) => s2.name === stageName)?.deploy;
  if (!hook) return void 0;
  return async (target) => {
    const registry = await readRegistry(ctx.git, ctx.manifest.model);
    const entry = findVersion(registry, target.version);
    if (!entry) return false;
    const assignment = lastAssignment(registry.events, target.stage, target.version);
    const run = await runOnce(
      ctx,
      {
        hook,
        stage: target.stage,
        entry,
        stageTag: assignment?.tag ?? null,
        previous: target.previous || null,
        cause: "rollback"
      },
      settings
    );
    return run.ok;
  };
}

// src/core/delivery/rollback.ts
function activeAssignment(events, stage, version) {
  let newest = null;
  for (const e of events) {
    if (e.stage !== stage || e.target !== version) continue;
    if (newest === null || e.n > newest.n || e.n === newest.n && e.date > newest.date) newest = e;
  }
  return newest?.action === "assign" ? newest : null;
}
function planRollback(input) {
  const { registry, stage } = input;
  const holder = registry.stages[stage] ?? null;
  let current;
  if (input.pinned !== void 0) {
    current = activeAssignment(registry.events, stage, input.pinned);
    if (current === null) return { kind: "gone", version: input.pinned };
  } else {
    if (holder === null) {
      return {
        kind: "refused",
        message: `${stage} holds no version of ${registry.model}: nothing to roll back`,
        hints: [`lepton history ${stage} shows what it held before`]
      };
    }
    current = holder;
  }
  const version = current.target;
  if (version === null) {
    return {
      kind: "refused",
      message: `${stage} is held by commit ${current.commit.slice(0, 12)} (${current.tag}), which no version tag names: Lepton cannot record which version it withdraws`,
      hints: ["withdraw it with GTO (gto unassign) or promote a version to the stage"]
    };
  }
  const deregistered = new Set(
    registry.versions.filter((v) => v.deregistered).map((v) => v.version)
  );
  const withdrawal = {
    action: "unassign",
    stage,
    n: Math.max(registry.maxN, ...registry.events.map((e) => e.n)) + 1,
    tag: "",
    object: "",
    version: null,
    target: version,
    commit: current.commit,
    date: "",
    summary: null
  };
  const after = holders([...registry.events, withdrawal], deregistered)[stage] ?? null;
  if (after !== null && after.version === null) {
    return {
      kind: "refused",
      message: `withdrawing v${version} would leave ${stage} to commit ${after.commit.slice(0, 12)} (${after.tag}), which no version tag names`,
      hints: ["promote the version it should fall back to instead"]
    };
  }
  const to = after && after.version !== null ? { version: after.version, tag: after.tag } : null;
  if (to === null && !input.allowEmpty) {
    return {
      kind: "refused",
      message: `v${version} is the only version ${stage} holds: rolling it back leaves ${stage} empty`,
      hints: [`or promote the version it should hold instead: lepton promote VERSION ${stage}`],
      emptiable: true
    };
  }
  return {
    kind: "withdraw",
    from: { version, tag: current.tag, commit: current.commit },
    to
  };
}
function monitorRollbackReason(checks) {
  const failed2 = checks.filter((c) => !c.passed && c.level === "error");
  const lines = failed2.map((c) => plainCheckLine(c).replace(/^FAIL {2}/, ""));
  return `monitor failed: ${lines.join("; ") || "a threshold failed"}`;
}

// src/app/rollback.ts
async function rollback(ctx, options) {
  if (!ctx.repoRoot) {
    throw new LeptonError("invalid", "rollback needs a git repository: stages are git tags");
  }
  const m = ctx.manifest;
  if (options.model !== void 0 && options.model !== m.model) {
    throw new LeptonError(
      "invalid",
      `--model ${options.model}: ${ctx.manifestPath} is the manifest of ${m.model}`,
      [`pass that model's manifest with -m PATH/lepton.yml`]
    );
  }
  const reason = options.reason.trim();
  if (reason === "") {
    throw new LeptonError("invalid", "rollback needs a reason (--reason TEXT)", [
      "it goes into the unassignment tag: the audit trail says why the version was withdrawn"
    ]);
  }
  const remote = options.remote ?? "origin";
  const history2 = options.fetchHistory ? await ensureHistory(ctx, remote) : null;
  const tagsFetched = history2?.state === "fetched" || history2?.state === "complete" && history2.fetched;
  const budgetMs = options.push ? options.budgetMs ?? ctx.settings.pushBudgetMs : 0;
  if (options.push && !tagsFetched) {
    try {
      await fetchModelTags(ctx.git, remote, m.model, (w) => ctx.log.warn(w));
    } catch (e) {
      ctx.log.warn(
        `could not fetch ${remote}'s tags (${e instanceof Error ? e.message : String(e)}); deciding on the local tags`
      );
    }
  }
  const stage = options.stage;
  let identity3 = null;
  let pinned = options.version;
  let first = true;
  let made = null;
  let gone = null;
  let goneFrom = null;
  const decide = async () => {
    const [registry2, counter] = await Promise.all([
      readRegistry(ctx.git, m.model),
      readEventCounter(ctx.git, m.model)
    ]);
    if (first) {
      first = false;
      const known = /* @__PURE__ */ new Set([
        ...m.stages.map((s2) => s2.name),
        ...registry2.events.map((e) => e.stage)
      ]);
      if (!known.has(stage)) {
        throw new LeptonError("invalid", `${m.model} has no stage "${stage}"`, [
          known.size ? `stages: ${[...known].join(", ")}` : "the manifest declares no stages"
        ]);
      }
    }
    const plan = planRollback({
      registry: registry2,
      stage,
      allowEmpty: options.allowEmpty ?? false,
      ...pinned !== void 0 && { pinned }
    });
    if (plan.kind === "refused") {
      const how = plan.emptiable && options.allowEmptyHint ? [options.allowEmptyHint] : [];
      throw new LeptonError("invalid", plan.message, [...how, ...plan.hints]);
    }
    if (plan.kind === "gone") {
      const holder2 = registry2.stages[stage] ?? null;
      gone = holder2?.version ? { version: holder2.version, tag: holder2.tag } : null;
      const last = registry2.events.find(
        (e) => e.stage === stage && e.action === "assign" && e.target === plan.version
      );
      goneFrom = { version: plan.version, tag: last?.tag ?? "" };
      made = null;
      return null;
    }
    pinned = plan.from.version;
    identity3 ??= await resolveIdentity(ctx.git, ctx.settings);
    const n = nextEventN(registry2.maxN, counter.n);
    const tag = unassignTag(m.model, stage, n);
    const record3 = {
      kind: "unassign",
      schema: 1,
      model: m.model,
      stage,
      version: plan.from.version,
      n,
      from: { version: plan.from.version, tag: plan.from.tag },
      to: plan.to,
      reason,
      by: actor(identity3, ctx.settings),
      at: ctx.now().toISOString(),
      runUrl: ctx.settings.runUrl,
      ...options.exitCode !== void 0 && { exitCode: options.exitCode }
    };
    const object2 = await createTag(ctx.git, {
      name: tag,
      commit: plan.from.commit,
      message: formatUnassignMessage(record3),
      identity: identity3
    });
    if (!object2) {
      throw new LeptonError("git", `tag ${tag} appeared while this run was deciding`, [
        "run the command again"
      ]);
    }
    made = { record: record3, tag, from: record3.from };
    return { tag, own: object2, event: { n, counter } };
  };
  let pushed = null;
  let attempts = null;
  if (options.push) {
    const published = await publish({
      git: ctx.git,
      remote,
      model: m.model,
      decide,
      log: (msg) => ctx.log.info(msg),
      onLost: (tag) => ctx.log.info(`${remote} took ${tag}'s N first: deciding again`),
      ...options.maxAttempts !== void 0 && { maxAttempts: options.maxAttempts },
      budgetMs
    });
    if (published.candidate) pushed = published.pushed;
    attempts = published.attempts;
  } else {
    await decide();
  }
  const done = made;
  if (done === null) {
    ctx.log.info(`v${pinned ?? "?"} was withdrawn from ${stage} by a concurrent run already`);
  } else {
    ctx.log.info(`${done.tag}: v${done.from.version} withdrawn from ${stage}`);
  }
  const registry = await readRegistry(ctx.git, m.model);
  const holder = registry.stages[stage] ?? null;
  const to = holder?.version != null ? { version: holder.version, tag: holder.tag } : gone;
  const toEntry = to ? findVersion(registry, to.version) : null;
  let storeMoved = false;
  let storeError = null;
  if (m.store && done !== null) {
    if (!toEntry || !to) {
      ctx.log.warn(
        `${stage} is empty now; the model store's :${stage} tag still names v${done.from.version} (a registry cannot remove a tag)`
      );
    } else if (!options.push) {
      ctx.log.info(
        `the model store's :${stage} tag is not moved: the rollback is not pushed (git push ${remote} '${done.tag}', then lepton promote ${to.version} ${stage} --push moves it)`
      );
    } else {
      const toRecord = await readRecord(ctx.git, toEntry);
      try {
        storeMoved = await pointStageTag(ctx, toRecord, stage, options.store);
      } catch (e) {
        if (!(e instanceof LeptonError)) throw e;
        storeError = storeFailure(e, to.version, stage, remote);
        ctx.log.warn(`${e.message}: the model store's :${stage} tag was not moved`);
      }
    }
  }
  let deployed = null;
  if (options.deploy && toEntry && to) {
    deployed = await options.deploy({
      stage,
      version: to.version,
      tag: toEntry.tag,
      commit: toEntry.commit,
      previous: done?.from.version ?? pinned ?? ""
    });
  }
  const record2 = done?.record;
  return {
    model: m.model,
    stage,
    from: done?.from ?? goneFrom ?? { version: pinned ?? "", tag: "" },
    to,
    tag: done?.tag ?? null,
    n: record2?.n ?? null,
    reason,
    by: record2?.by ?? actor(identity3 ?? await resolveIdentity(ctx.git, ctx.settings), ctx.settings),
    at: record2?.at ?? ctx.now().toISOString(),
    runUrl: record2?.runUrl ?? ctx.settings.runUrl,
    pushed,
    attempts,
    storeMoved,
    storeError,
    deployed
  };
}
function storeFailure(e, version, stage, remote) {
  const via = remote === "origin" ? "" : ` --remote ${remote}`;
  return {
    message: e.message,
    details: [
      // The last detail is the store's own "run the same command again", wrong here.
      ...e.details.slice(0, -1),
      `the rollback's git tag is made and ${stage} holds v${version}; only the model store's :${stage} tag was not moved. Do not roll back again: run lepton promote ${version} ${stage} --push${via} (it makes no tag and deploys nothing: it only moves the OCI tag)`
    ]
  };
}
function actor(id, settings) {
  if (settings.ci) {
    const who = settings.actor ? ` for ${settings.actor}` : "";
    return `github-actions${who} (${settings.runUrl ?? "workflow run"})`;
  }
  return `${id.name} <${id.email}>`;
}

// src/app/deploy-rollback.ts
var withdrawOnFailure = async (ctx, req) => {
  const r = await rollback(ctx, {
    stage: req.stage,
    version: req.version,
    reason: req.reason,
    exitCode: req.exitCode,
    allowEmpty: true,
    push: req.push,
    remote: req.remote,
    ...req.store !== void 0 && { store: req.store },
    ...req.budgetMs !== void 0 && { budgetMs: req.budgetMs },
    ...req.maxAttempts !== void 0 && { maxAttempts: req.maxAttempts }
  });
  return {
    // null: a concurrent run withdrew it first; its tag is the rollback asked for.
    tag: r.tag ?? "(withdrawn by a concurrent run)",
    version: r.from.version,
    to: r.to,
    pushed: r.pushed,
    reason: r.reason,
    storeError: r.storeError
  };
};

// src/app/eval.ts
import { resolve } from "node:path";

// node_modules/pure-rand/lib/esm/generator/xoroshiro128plus.js
var jumps = [
  3639956645,
  3750757012,
  1261568508,
  386426335
];
var XoroShiro128Plus = class XoroShiro128Plus2 {
  constructor(s01, s00, s11, s10) {
    this.s01 = s01;
    this.s00 = s00;
    this.s11 = s11;
    this.s10 = s10;
  }
  clone() {
    return new XoroShiro128Plus2(this.s01, this.s00, this.s11, this.s10);
  }
  next() {
    const out = this.s00 + this.s10 | 0;
    const a0 = this.s10 ^ this.s00;
    const a1 = this.s11 ^ this.s01;
    const s00 = this.s00;
    const s01 = this.s01;
    this.s00 = s00 << 24 ^ s01 >>> 8 ^ a0 ^ a0 << 16;
    this.s01 = s01 << 24 ^ s00 >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
    this.s10 = a1 << 5 ^ a0 >>> 27;
    this.s11 = a0 << 5 ^ a1 >>> 27;
    return out;
  }
  jump() {
    let ns01 = 0;
    let ns00 = 0;
    let ns11 = 0;
    let ns10 = 0;
    let s01 = this.s01;
    let s00 = this.s00;
    let s11 = this.s11;
    let s10 = this.s10;
    for (let i = 0; i !== 4; ++i) {
      const ji = jumps[i];
      for (let mask = 1; mask; mask <<= 1) {
        if (ji & mask) {
          ns01 ^= s01;
          ns00 ^= s00;
          ns11 ^= s11;
          ns10 ^= s10;
        }
        const a0 = s10 ^ s00;
        const a1 = s11 ^ s01;
        const s00_ = s00;
        const s01_ = s01;
        s00 = s00_ << 24 ^ s01_ >>> 8 ^ a0 ^ a0 << 16;
        s01 = s01_ << 24 ^ s00_ >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
        s10 = a1 << 5 ^ a0 >>> 27;
        s11 = a0 << 5 ^ a1 >>> 27;
      }
    }
    this.s01 = ns01;
    this.s00 = ns00;
    this.s11 = ns11;
    this.s10 = ns10;
  }
  getState() {
    return [
      this.s01,
      this.s00,
      this.s11,
      this.s10
    ];
  }
};
function xoroshiro128plusFromState(state) {
  if (!(state.length === 4)) throw new Error("The state must have been produced by a xoroshiro128plus RandomGenerator");
  return new XoroShiro128Plus(state[0], state[1], state[2], state[3]);
}

// node_modules/simple-statistics/dist/simple-statistics.mjs
function quantileSorted(x2, p) {
  var idx = (x2.length - 1) * p;
  if (x2.length === 0) {
    throw new Error("quantile requires at least one data point.");
  } else if (p < 0 || p > 1) {
    throw new Error("quantiles must be between 0 and 1");
  } else if (p === 1) {
    return x2[x2.length - 1];
  } else if (p === 0) {
    return x2[0];
  } else if (idx % 1 !== 0) {
    var lower = Math.floor(idx);
    var upper = Math.ceil(idx);
    var fraction = idx - lower;
    return x2[lower] + fraction * (x2[upper] - x2[lower]);
  } else {
    return x2[idx];
  }
}
var epsilon = 1e-4;
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k2 in item) {
    var v = item[k2];
    if (this.data[category][k2] === void 0) {
      this.data[category][k2] = {};
    }
    if (this.data[category][k2][v] === void 0) {
      this.data[category][k2][v] = 0;
    }
    this.data[category][k2][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score(item) {
  var odds = {};
  var category;
  for (var k2 in item) {
    var v = item[k2];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k2]) {
        odds[category][k2 + "_" + v] = (this.data[category][k2][v] || 0) / this.totalCount;
      } else {
        odds[category][k2 + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum += tmp;
  }
  return Math.round((0.5 + sum / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
function inverseErrorFunction(x2) {
  var a2 = 8 * (Math.PI - 3) / (3 * Math.PI * (4 - Math.PI));
  var inv = Math.sqrt(
    Math.sqrt(
      Math.pow(2 / (Math.PI * a2) + Math.log(1 - x2 * x2) / 2, 2) - Math.log(1 - x2 * x2) / a2
    ) - (2 / (Math.PI * a2) + Math.log(1 - x2 * x2) / 2)
  );
  if (x2 >= 0) {
    return inv;
  } else {
    return -inv;
  }
}
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
};
function probit(p) {
  if (p === 0) {
    p = epsilon;
  } else if (p >= 1) {
    p = 1 - epsilon;
  }
  return Math.sqrt(2) * inverseErrorFunction(2 * p - 1);
}

// src/core/noise/bootstrap.ts
var DEFAULT_RESAMPLES = 2e3;
var DEFAULT_CONFIDENCE = 0.95;
function seedFrom(hex2) {
  const clean = hex2.replace(/^sha256:/, "").padEnd(32, "0");
  const words = [0, 8, 16, 24].map((i) => Number.parseInt(clean.slice(i, i + 8), 16) | 0);
  return words.every((w) => w === 0 || Number.isNaN(w)) ? [2654435769, 1, 2, 3] : words;
}
function resampleCount(options) {
  const r = options.resamples ?? DEFAULT_RESAMPLES;
  if (!Number.isInteger(r) || r < 1e3)
    throw new RangeError(`resamples must be an integer \u2265 1000, got ${r}`);
  return r;
}
function mean(values) {
  let s2 = 0;
  for (let i = 0; i < values.length; i++) s2 += values[i];
  return s2 / values.length;
}
function resampledMean(values, rng) {
  const n = values.length;
  const scale = n / 4294967296;
  let s2 = 0;
  for (let i = 0; i < n; i++) s2 += values[(rng.next() >>> 0) * scale | 0];
  return s2 / n;
}
function percentileInterval(value2, n, options, statistic) {
  const resamples = resampleCount(options);
  const rng = xoroshiro128plusFromState(options.seed);
  const stats = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) stats[b] = statistic(rng);
  const sorted = Array.from(stats.sort());
  const c = options.confidence ?? DEFAULT_CONFIDENCE;
  return {
    value: value2,
    n,
    ci: [quantileSorted(sorted, (1 - c) / 2), quantileSorted(sorted, (1 + c) / 2)]
  };
}
function meanInterval(values, options) {
  if (values.length === 0) throw new RangeError("no values to resample");
  return percentileInterval(
    mean(values),
    values.length,
    options,
    (rng) => resampledMean(values, rng)
  );
}
function pairedChange(current, baseline, options) {
  if (current.length !== baseline.length)
    throw new RangeError("paired values must have one baseline value per example");
  const diffs = new Float64Array(current.length);
  for (let i = 0; i < diffs.length; i++)
    diffs[i] = current[i] - baseline[i];
  return { ...meanInterval(diffs, options), pairing: "paired" };
}
function unpairedChange(current, baseline, options) {
  if (current.length === 0 || baseline.length === 0) throw new RangeError("no values to resample");
  const value2 = mean(current) - mean(baseline);
  const change = percentileInterval(
    value2,
    current.length,
    options,
    (rng) => resampledMean(current, rng) - resampledMean(baseline, rng)
  );
  return { ...change, pairing: "unpaired" };
}
function excludesZero(change) {
  return change.ci[0] > 0 || change.ci[1] < 0;
}

// src/core/noise/samples.ts
var ID = "id";
function fail(source, message) {
  throw new LeptonError("eval", `samples file ${source}: ${message}`, [
    'expected JSON Lines ({"id": "ex-1", "correct": 1, "f1": 0.8} per line) or CSV with a header row `id,correct,f1`'
  ]);
}
var DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
function cell(source, where, column, raw, csv) {
  if (typeof raw === "boolean") return raw ? 1 : 0;
  const v = csv && typeof raw === "string" && DECIMAL.test(raw.trim()) ? Number(raw) : raw;
  if (typeof v !== "number" || !Number.isFinite(v)) {
    fail(
      source,
      `${where}: "${column}" is ${JSON.stringify(raw) ?? String(raw)}, not a finite number`
    );
  }
  return v;
}
function build(source, header, rows, csv) {
  const idAt = header.indexOf(ID);
  if (idAt < 0) fail(source, 'no "id" column');
  const metricCols = header.map((name, i) => ({ name, i })).filter((c) => c.i !== idAt);
  if (metricCols.length === 0) fail(source, 'no metric column beside "id"');
  const seenNames = /* @__PURE__ */ new Set();
  for (const c of metricCols) {
    if (c.name === "" || seenNames.has(c.name))
      fail(source, `column name "${c.name}" is empty or repeated`);
    seenNames.add(c.name);
  }
  if (rows.length === 0) fail(source, "no examples");
  const columns = {};
  for (const c of metricCols) columns[c.name] = new Float64Array(rows.length);
  const ids = new Array(rows.length);
  const seenIds = /* @__PURE__ */ new Set();
  rows.forEach((row, r) => {
    const where = `row ${r + 1}`;
    const id = row[idAt];
    if (typeof id !== "string" && typeof id !== "number" || String(id) === "")
      fail(source, `${where}: "id" is missing`);
    const key = String(id);
    if (seenIds.has(key)) fail(source, `${where}: id "${key}" appears twice`);
    seenIds.add(key);
    ids[r] = key;
    for (const c of metricCols)
      columns[c.name][r] = cell(source, where, c.name, row[c.i], csv);
  });
  return { ids, columns };
}
function fromJsonLines(source, text2) {
  const objects = [];
  text2.split("\n").forEach((line2, i) => {
    if (line2.trim() === "") return;
    let value2;
    try {
      value2 = JSON.parse(line2);
    } catch {
      fail(source, `line ${i + 1} is not JSON`);
    }
    if (value2 === null || typeof value2 !== "object" || Array.isArray(value2))
      fail(source, `line ${i + 1} is not a JSON object`);
    objects.push(value2);
  });
  const first = objects[0];
  if (!first) fail(source, "no examples");
  const header = Object.keys(first);
  const rows = objects.map((o, i) => {
    const keys = Object.keys(o);
    if (keys.length !== header.length || keys.some((k2) => !header.includes(k2)))
      fail(source, `row ${i + 1} has keys ${keys.join(", ")}, the first row ${header.join(", ")}`);
    return header.map((k2) => o[k2]);
  });
  return build(source, header, rows, false);
}
function fromCsv(source, text2) {
  let rows;
  try {
    rows = parse(text2, { bom: true, trim: true, skip_empty_lines: true });
  } catch (e) {
    fail(source, `not valid CSV: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`);
  }
  const [header, ...body] = rows;
  if (!header) fail(source, "no header row");
  return build(source, header, body, true);
}
function parseSamples(source, text2) {
  const jsonl = /\.(jsonl|ndjson)$/i.test(source) || text2.trimStart().startsWith("{");
  return jsonl ? fromJsonLines(source, text2) : fromCsv(source, text2);
}
function pairById(current, baseline, metric) {
  const a2 = current.columns[metric];
  const b = baseline.columns[metric];
  if (!a2 || !b || current.ids.length !== baseline.ids.length) return null;
  const at = /* @__PURE__ */ new Map();
  baseline.ids.forEach((id, i) => at.set(id, i));
  const aligned = new Float64Array(a2.length);
  for (let i = 0; i < current.ids.length; i++) {
    const j = at.get(current.ids[i]);
    if (j === void 0) return null;
    aligned[i] = b[j];
  }
  return { current: a2, baseline: aligned };
}

// src/core/noise/run.ts
function sampleMeans(samples) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const [name, v] of Object.entries(samples.columns)) {
    let s2 = 0;
    for (let i = 0; i < v.length; i++) s2 += v[i];
    out[name] = s2 / v.length;
  }
  return out;
}
function writtenPrecision(value2) {
  const text2 = String(value2);
  if (/e/i.test(text2)) return Math.abs(value2) * 1e-9;
  const places = text2.split(".")[1]?.length ?? 0;
  return 0.5 * 10 ** -places;
}
function withSampleMeans(metrics, samples, source) {
  const out = Object.assign(
    /* @__PURE__ */ Object.create(null),
    metrics
  );
  const problems = [];
  for (const [name, mean2] of Object.entries(sampleMeans(samples))) {
    if (!Object.prototype.hasOwnProperty.call(metrics, name)) {
      out[name] = mean2;
      continue;
    }
    const v = metrics[name];
    const slack2 = writtenPrecision(v) + 1e-12 * Math.max(1, Math.abs(v));
    if (!(Math.abs(mean2 - v) <= slack2)) {
      problems.push(
        `${name}: ${v} in the metrics file, but the mean of its samples column is ${mean2} (n = ${samples.ids.length})`
      );
    }
  }
  if (problems.length) {
    throw new LeptonError(
      "eval",
      `${source}: ${problems.length} samples column(s) disagree with the metric of the same name`,
      [
        ...problems,
        "a samples column is the per-example values whose mean is the metric; rename the column, or write the metric as that mean"
      ]
    );
  }
  return out;
}
function intervalsOf(samples, fingerprint) {
  const seed = seedFrom(fingerprint);
  const out = /* @__PURE__ */ Object.create(null);
  for (const [name, v] of Object.entries(samples.columns)) out[name] = meanInterval(v, { seed });
  return out;
}
function changesOf(current, baseline, fingerprint, baselineLabel, only) {
  const seed = seedFrom(fingerprint);
  const changes = /* @__PURE__ */ Object.create(null);
  const unpaired = [];
  for (const name of Object.keys(current.columns).sort()) {
    const a2 = current.columns[name];
    const b = baseline.columns[name];
    if (!b || only && !only.has(name)) continue;
    const pair = pairById(current, baseline, name);
    if (pair) changes[name] = pairedChange(pair.current, pair.baseline, { seed });
    else {
      changes[name] = unpairedChange(a2, b, { seed });
      unpaired.push(name);
    }
  }
  const notes = unpaired.length ? [
    `${unpaired.join(", ")}: unpaired intervals \u2014 the examples' ids differ from ${baselineLabel}'s (${current.ids.length} here, ${baseline.ids.length} there), so the change could not be matched example by example`
  ] : [];
  return { changes, notes };
}

// src/core/report/noise.ts
var MINUS = "\u2212";
function unitsOf(values) {
  const proportion = values.every((v) => v === null || v >= 0 && v <= 1);
  return proportion ? { scale: 100, unit: " pt" } : { scale: 1, unit: "" };
}
function magnitude(x2, digits = 2) {
  return Math.abs(x2).toPrecision(digits).replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
}
function signed(x2, digits) {
  const text2 = magnitude(x2, digits);
  return x2 < 0 ? `${MINUS}${text2}` : `+${text2}`;
}
function describeChange(change, check) {
  const { scale, unit: unit2 } = unitsOf([check.actual, check.baseline]);
  const [lo, hi] = change.ci;
  return `${signed(change.value * scale, 2)}${unit2}, 95% CI ${signed(lo * scale, 2)} \u2026 ${signed(hi * scale, 2)} (${change.pairing}, n = ${change.n})`;
}
function withinNoiseText(change, check) {
  return `within noise: ${describeChange(change, check)}`;
}
function noiseRefusalText(refusal, change, check) {
  const described = describeChange(change, check);
  if (refusal.kind === "few-samples") {
    const sides = change.pairing === "paired" ? `${refusal.n} matched examples` : `${refusal.n} examples here and ${refusal.baselineN} in the baseline`;
    return `not excused as noise (${described}): ${sides}, fewer than the ${refusal.minSamples} each side needs (eval.min_samples) \u2014 too few examples to tell a real ${what(check)} from noise`;
  }
  const { scale, unit: unit2 } = unitsOf([check.actual, check.baseline]);
  const times = refusal.width / refusal.allowed;
  return `not excused as noise (${described}): the interval is ${magnitude(times)}\xD7 as wide as the allowed ${what(check)} of ${magnitude(refusal.allowed * scale)}${unit2} (at most ${refusal.multiple}\xD7) \u2014 too few or too noisy examples to see a ${what(check)} of that size (80% power only from ${magnitude(refusal.detectable * scale)}${unit2})`;
}
var what = (check) => check.rule === "max_rise" ? "rise" : "drop";
function samplesFellText(n, baselineN, baselineLabel) {
  return `the eval scored ${n} example${n === 1 ? "" : "s"}, fewer than half of ${baselineLabel}'s ${baselineN}: check that it ran on its whole data set (intervals and "within noise" rest on these examples)`;
}

// src/core/noise/verdict.ts
var DEFAULT_MIN_SAMPLES = 30;
var MAX_WIDTH_MULTIPLE = 10;
var POWER = 0.8;
var SAMPLES_FELL_BELOW = 0.5;
function allowedChange(check) {
  if (typeof check.bound === "number") return check.bound;
  const pct = check.bound.endsWith("%") ? Number.parseFloat(check.bound) : Number.NaN;
  if (!Number.isFinite(pct) || check.baseline === null) return null;
  return Math.abs(check.baseline) * pct / 100;
}
function detectableChange(change, confidence = DEFAULT_CONFIDENCE, power = POWER) {
  const z2 = probit((1 + confidence) / 2);
  const se = (change.ci[1] - change.ci[0]) / (2 * z2);
  return (z2 + probit(power)) * se;
}
function noiseRefusal(check, change, options = {}) {
  const minSamples = options.minSamples ?? DEFAULT_MIN_SAMPLES;
  const baselineN = change.pairing === "paired" ? change.n : options.baselineN ?? change.n;
  if (Math.min(change.n, baselineN) < minSamples) {
    return { kind: "few-samples", n: change.n, baselineN, minSamples };
  }
  const allowed = allowedChange(check);
  const width = change.ci[1] - change.ci[0];
  if (allowed !== null && allowed > 0 && width > MAX_WIDTH_MULTIPLE * allowed) {
    return {
      kind: "too-wide",
      width,
      allowed,
      multiple: MAX_WIDTH_MULTIPLE,
      detectable: detectableChange(change)
    };
  }
  return null;
}
function samplesFell(n, baselineN) {
  return n < baselineN * SAMPLES_FELL_BELOW;
}
function applyNoise(gate, changes, noisy, options = {}) {
  const checks = gate.checks.map((c) => {
    const change = Object.prototype.hasOwnProperty.call(changes, c.metric) ? changes[c.metric] : void 0;
    if (!change) return c;
    const relative5 = c.rule === "max_drop" || c.rule === "max_rise";
    if (relative5 && !c.passed && c.level === "error" && noisy.has(c.metric) && !excludesZero(change)) {
      const refused = noiseRefusal(c, change, options);
      if (refused) {
        const because = noiseRefusalText(refused, change, c);
        return {
          ...c,
          change,
          noiseRefused: refused,
          reason: `${c.reason ?? "broke its bound"}; ${because}`
        };
      }
      return {
        ...c,
        change,
        level: "warn",
        reason: `${withinNoiseText(change, c)}; ${c.reason ?? "broke its bound"}`
      };
    }
    return { ...c, change };
  });
  return { checks, passed: checks.every((c) => c.passed || c.level !== "error") };
}

// src/core/noise/codec.ts
var MAGIC = "lepton-samples/1\n";
var isSmallInts = (v) => v.every((x2) => Number.isInteger(x2) && x2 >= 0 && x2 <= 255);
function decimalPlaces(values) {
  for (let k2 = 0; k2 <= 9; k2++) {
    const scale = 10 ** k2;
    if (values.every((v) => Math.abs(v * scale) < 2 ** 31 && Math.round(v * scale) / scale === v))
      return k2;
  }
  return null;
}
function shuffled(words) {
  const bytes = new Uint8Array(words.buffer);
  const out = new Uint8Array(bytes.length);
  const n = words.length;
  for (let i = 0; i < n; i++)
    for (let p = 0; p < 4; p++) out[p * n + i] = bytes[i * 4 + p];
  return out;
}
function unshuffled(planes, n) {
  const bytes = new Uint8Array(n * 4);
  for (let i = 0; i < n; i++)
    for (let p = 0; p < 4; p++) bytes[i * 4 + p] = planes[p * n + i];
  return bytes.buffer;
}
function encodeColumn(name, v) {
  if (isSmallInts(v)) return { name, type: "u8", bytes: Uint8Array.from(v) };
  const places = decimalPlaces(v);
  if (places !== null) {
    const scale = 10 ** places;
    const ints = Int32Array.from(v, (x2) => Math.round(x2 * scale));
    return { name, type: "dec", places, bytes: shuffled(ints) };
  }
  return { name, type: "f32", bytes: shuffled(new Float32Array(v)) };
}
function encodeSamples(samples) {
  const enc = new TextEncoder();
  const ids = enc.encode(JSON.stringify(samples.ids));
  const names = Object.keys(samples.columns).sort();
  const blocks = names.map((name) => encodeColumn(name, samples.columns[name]));
  const header = {
    n: samples.ids.length,
    idBytes: ids.length,
    columns: blocks.map(({ name, type, ...rest }) => ({
      name,
      type,
      ..."places" in rest && { places: rest.places }
    }))
  };
  const head = enc.encode(`${MAGIC}${JSON.stringify(header)}
`);
  const parts = [head, ids, ...blocks.map((b) => b.bytes)];
  const out = new Uint8Array(parts.reduce((s2, p) => s2 + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
function decodeSamples(bytes, source) {
  const bad = (why) => {
    throw new LeptonError("git", `${source} is not a Lepton samples blob: ${why}`);
  };
  const dec = new TextDecoder();
  const magic = dec.decode(bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) bad("wrong format line");
  const nl = bytes.indexOf(10, MAGIC.length);
  if (nl < 0) bad("no header");
  let header;
  try {
    header = JSON.parse(dec.decode(bytes.subarray(MAGIC.length, nl)));
  } catch {
    return bad("header is not JSON");
  }
  const { n, idBytes, columns } = header;
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(idBytes) || !Array.isArray(columns))
    bad("header fields");
  let at = nl + 1;
  let ids;
  try {
    ids = JSON.parse(dec.decode(bytes.subarray(at, at + idBytes)));
  } catch {
    bad("ids are not JSON");
  }
  if (!Array.isArray(ids) || ids.length !== n || !ids.every((i) => typeof i === "string"))
    bad("id count");
  at += idBytes;
  const out = {};
  for (const c of columns) {
    const size = c.type === "u8" ? n : n * 4;
    if (at + size > bytes.length) bad(`column ${c.name} is cut short`);
    const block = bytes.slice(at, at + size);
    if (c.type === "u8") out[c.name] = Float64Array.from(block);
    else if (c.type === "f32")
      out[c.name] = new Float64Array(new Float32Array(unshuffled(block, n)));
    else {
      const scale = 10 ** (c.places ?? 0);
      out[c.name] = Float64Array.from(new Int32Array(unshuffled(block, n)), (x2) => x2 / scale);
    }
    at += size;
  }
  if (at !== bytes.length) bad("trailing bytes");
  return { ids, columns: out };
}

// src/io/noise/store.ts
var samplesRef = (model, version) => `refs/lepton/samples/${model}/${version}`;
async function writeSamplesBlob(git, samples) {
  const r = await git.run(["hash-object", "-w", "--stdin"], { input: encodeSamples(samples) });
  return r.stdout.trim();
}
async function writeSamplesRef(git, model, version, blob) {
  const r = await git.run(["update-ref", samplesRef(model, version), blob, ""], {
    allowFailure: true
  });
  return r.code === 0;
}
async function readSamplesBlob(git, blob, fetchFrom) {
  const read = async () => {
    const r = await git.run(["cat-file", "blob", blob], { allowFailure: true, encoding: "latin1" });
    return r.code === 0 ? decodeSamples(Buffer.from(r.stdout, "latin1"), `samples blob ${blob}`) : null;
  };
  const here = await read();
  if (here || !fetchFrom) return here;
  const f = await git.run(
    ["fetch", "--no-tags", "--quiet", fetchFrom.remote, `${fetchFrom.ref}:${fetchFrom.ref}`],
    {
      allowFailure: true
    }
  );
  return f.code === 0 ? read() : null;
}

// src/app/noise.ts
var samplesPaths = (spec) => spec.samples ? [spec.samples] : [];
async function readRunSamples(ctx, before, startedAtMs) {
  const path2 = ctx.manifest.eval.samples;
  if (!path2) return null;
  const problem = await staleness(ctx.modelDir, path2, before, startedAtMs);
  if (problem) {
    throw new LeptonError(
      "eval",
      "the samples file was not written by this eval (never reading stale examples)",
      [problem]
    );
  }
  return parseSamples(path2, await readEvalOutput(ctx.modelDir, path2));
}
function mergeSampleMeans(ctx, metrics, samples) {
  return samples ? withSampleMeans(metrics, samples, ctx.manifest.eval.samples ?? "samples") : metrics;
}
async function noiseOf(ctx, input) {
  if (!ctx.manifest.eval.samples) return null;
  if (!input.samples) {
    const r = input.reusedRecord;
    return {
      intervals: r?.intervals ?? {},
      changes: {},
      samples: r?.samples ?? null,
      notes: r?.intervals ? [] : ["no confidence intervals: the reused metrics came without samples"]
    };
  }
  const intervals = intervalsOf(input.samples, input.fingerprint);
  const samples = ctx.repoRoot ? { blob: await writeSamplesBlob(ctx.git, input.samples), n: input.samples.ids.length } : null;
  const notes = [];
  let changes = {};
  let baselineN = null;
  const { baseline, baselineRecord } = input;
  if (baseline && baselineRecord) {
    const label = `v${baseline.version}`;
    const stored = baselineRecord.samples;
    baselineN = stored?.n ?? null;
    const n = input.samples.ids.length;
    if (baselineN !== null && samplesFell(n, baselineN))
      notes.push(samplesFellText(n, baselineN, label));
    const theirs = stored && ctx.repoRoot ? await readSamplesBlob(ctx.git, stored.blob, {
      remote: input.remote ?? "origin",
      ref: samplesRef(ctx.manifest.model, baseline.version)
    }) : null;
    if (theirs) {
      baselineN = theirs.ids.length;
      const c = changesOf(input.samples, theirs, input.fingerprint, label);
      changes = c.changes;
      notes.push(...c.notes);
    } else {
      notes.push(
        stored ? `no change intervals: the samples of ${label} (${stored.blob.slice(0, 12)}) are neither here nor on the remote; relative checks use the point estimates` : `no change intervals: ${label} recorded no per-example samples; relative checks use the point estimates`
      );
    }
  }
  return { intervals, changes, samples, notes, baselineN };
}
function gateWithNoise(ctx, gate, noise, hasBaseline) {
  if (!noise) return { gate, notes: [] };
  const noisy = new Set(ctx.manifest.eval.thresholds.filter((t) => t.noise).map((t) => t.metric));
  const notes = [...noise.notes];
  if (hasBaseline && Object.keys(noise.changes).length > 0) {
    for (const m of noisy) {
      if (!noise.changes[m])
        notes.push(
          `${m}: noise: warn, but the samples of both runs have no column ${m}; judged on the point estimate`
        );
    }
  }
  const options = {
    ...ctx.manifest.eval.minSamples !== void 0 && { minSamples: ctx.manifest.eval.minSamples },
    baselineN: noise.baselineN ?? null
  };
  return { gate: applyNoise(gate, noise.changes, noisy, options), notes };
}
function noiseRecordFields(noise) {
  if (!noise) return {};
  return {
    ...Object.keys(noise.intervals).length > 0 && { intervals: noise.intervals },
    ...noise.samples && { samples: noise.samples }
  };
}
async function samplesPush(ctx, record2) {
  const blob = record2?.samples?.blob;
  if (!record2 || !blob || !await hasBlob(ctx.git, blob)) return [];
  return [{ ref: samplesRef(record2.model, record2.version), object: blob }];
}
async function keepSamplesRef(ctx, record2) {
  const blob = record2?.samples?.blob;
  if (!record2 || !blob || !await hasBlob(ctx.git, blob)) return;
  await writeSamplesRef(ctx.git, record2.model, record2.version, blob);
}

// src/app/baseline-thresholds.ts
import { basename } from "node:path";
function relative2(bound) {
  if (typeof bound === "number") return { kind: "absolute", value: bound };
  const m = /^(\d+(?:\.\d+)?)%$/.exec(bound);
  return m ? { kind: "percent", value: Number(m[1]) } : null;
}
function thresholdsOfChecks(checks) {
  const by = /* @__PURE__ */ new Map();
  for (const c of checks) {
    const t = by.get(c.metric) ?? { metric: c.metric, level: c.level };
    by.set(c.metric, t);
    if (c.rule === "min" && typeof c.bound === "number") t.min = c.bound;
    else if (c.rule === "max" && typeof c.bound === "number") t.max = c.bound;
    else {
      const r = relative2(c.bound);
      if (r && c.rule === "max_drop") t.maxDrop = r;
      if (r && c.rule === "max_rise") t.maxRise = r;
    }
  }
  return [...by.values()];
}
async function baselineThresholds(ctx, record2) {
  if (!record2) return null;
  const name = basename(ctx.manifestPath);
  const text2 = /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(record2.commit) ? await fileAtCommit(ctx.git.at(ctx.modelDir), record2.commit, `./${name}`).catch(() => null) : null;
  const parsed = text2 === null ? null : validateManifest(text2, name);
  if (parsed?.ok) {
    const m = parsed.manifest;
    return {
      thresholds: {
        eval: m.eval.thresholds,
        stages: m.stages.map((s2) => ({ name: s2.name, thresholds: s2.thresholds }))
      },
      from: "manifest"
    };
  }
  ctx.log.info(
    `thresholds compared with v${record2.version}'s recorded checks: its ${name} at ${record2.commit.slice(0, 12)} ${text2 === null ? "could not be read" : "is not valid now"}`
  );
  return { thresholds: { eval: thresholdsOfChecks(record2.checks), stages: [] }, from: "checks" };
}

// src/app/eval.ts
function evalJson(outcome) {
  return {
    model: outcome.model,
    fingerprint: outcome.fingerprint.fingerprint,
    passed: outcome.passed,
    reused: outcome.reused,
    baseline: outcome.baseline && { version: outcome.baseline.version, tag: outcome.baseline.tag },
    metrics: outcome.metrics,
    checks: outcome.checks,
    changed: outcome.changed,
    skipped: outcome.skipped.map((s2) => ({ tag: s2.tag, reason: s2.reason })),
    ignored: outcome.ignored.map(({ metric, value: value2 }) => ({ metric, value: value2 })),
    ...outcome.noise && {
      intervals: outcome.noise.intervals,
      changes: outcome.noise.changes,
      samples: outcome.noise.samples
    },
    thresholdChanges: outcome.thresholdChanges
  };
}
function evalCacheKey(model, fingerprint, settings) {
  const hex2 = (h) => h.replace(/^sha256:/, "");
  return `lepton-eval-1-${model}-${hex2(fingerprint)}-${hex2(settings)}`;
}
function killGrace2(ctx, options) {
  if (options.killGraceMs !== void 0) return options.killGraceMs;
  return ctx.settings.killGraceMs;
}
function childEnv(ctx, fp, baseline) {
  const env = {};
  for (const [k2, v] of Object.entries(ctx.env)) if (v !== void 0) env[k2] = v;
  return {
    ...env,
    ...ctx.manifest.eval.env,
    LEPTON_MODEL: ctx.manifest.model,
    LEPTON_FINGERPRINT: fp.fingerprint,
    LEPTON_BASELINE_VERSION: baseline?.version ?? ""
  };
}
async function runEval(ctx, fp, baseline, options) {
  const spec = ctx.manifest.eval;
  const before = await snapshotMetricsFiles(ctx.modelDir, [...spec.metrics, ...samplesPaths(spec)]);
  const run = await ctx.log.group(
    `eval: ${oneLine(spec.command, 100)}`,
    () => runEvalCommand({
      command: spec.command,
      cwd: resolve(ctx.modelDir, spec.workdir),
      env: childEnv(ctx, fp, baseline),
      timeoutMs: spec.timeoutMs,
      killGraceMs: killGrace2(ctx, options),
      output: (chunk) => ctx.log.output(chunk),
      warn: (message) => ctx.log.warn(message),
      ...ctx.signal && { signal: ctx.signal }
    })
  );
  ctx.log.info(`eval finished in ${(run.durationMs / 1e3).toFixed(1)}s`);
  const read = await readMetricsFiles(
    ctx.modelDir,
    spec.metrics,
    before,
    run.startedAtMs,
    () => metricsKeyLocation(ctx)
  );
  const samples = await readRunSamples(ctx, before, run.startedAtMs);
  return { read: { ...read, values: mergeSampleMeans(ctx, read.values, samples) }, samples };
}
async function restoreCached(ctx, key) {
  if (!ctx.evalCache) return null;
  try {
    const cached = await ctx.evalCache.restore(key);
    if (!cached) return null;
    const values = emptyRecord();
    for (const [k2, v] of Object.entries(cached)) if (typeof v === "number") values[k2] = v;
    return { values, nonNumeric: emptyRecord(), nonNumericValues: emptyRecord() };
  } catch (e) {
    ctx.log.warn(`eval cache not read: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}
async function saveCached(ctx, key, metrics) {
  if (!ctx.evalCache) return;
  try {
    await ctx.evalCache.save(key, metrics);
  } catch (e) {
    ctx.log.warn(`eval cache not saved: ${e instanceof Error ? e.message : String(e)}`);
  }
}
function finite(values) {
  const out = emptyRecord();
  for (const [k2, v] of Object.entries(values)) if (Number.isFinite(v)) out[k2] = v;
  return out;
}
function fromRecord(record2) {
  const nonNumeric = emptyRecord();
  const nonNumericValues = emptyRecord();
  for (const i of record2.ignored ?? []) {
    nonNumeric[i.metric] = i.what ?? JSON.stringify(i.value);
    nonNumericValues[i.metric] = i.value;
  }
  return { values: record2.metrics, nonNumeric, nonNumericValues };
}
async function evaluate(ctx, options = {}) {
  const m = ctx.manifest;
  if (!ctx.repoRoot && options.baseline !== void 0) {
    throw new LeptonError("invalid", "--baseline needs a git repository (versions are git tags)");
  }
  if (options.fetchHistory) await ensureHistory(ctx);
  const [fp, registry] = await Promise.all([
    options.fingerprint ?? fingerprintProject(ctx, { deferSave: true }),
    ctx.repoRoot ? options.registry ?? readRegistry(ctx.git, m.model) : null
  ]);
  const settings = evalSettingsWithFiles(evalSettingsHash(m.eval), fp.evalFiles);
  const excluded = /* @__PURE__ */ new Map();
  let choice = { entry: null, skipped: [] };
  for (let round2 = 0; registry && round2 <= registry.versions.length; round2++) {
    choice = await chooseBaseline(ctx.git, registry, options.baseline, excluded);
    const e = choice.entry;
    const reusable = e?.summary?.fingerprint === fp.fingerprint && e.summary.evalSettings === settings;
    if (!e || options.force || !reusable) break;
    const why = await untrustedRecord(ctx, e);
    if (why === null) break;
    excluded.set(e.tag, `not trusted: ${why}`);
  }
  const entry = choice.entry;
  const baseline = entry && { version: entry.version, tag: entry.tag };
  const record2 = entry && await readRecord(ctx.git, entry);
  for (const line2 of baselineWarnings(choice.skipped, []).skipped) ctx.log.warn(line2);
  const before = baselineThresholds(ctx, record2);
  before.catch(() => void 0);
  const changed = {
    ...changedParts(fp, record2),
    ...record2 && record2.evalSettings !== settings && { eval: true }
  };
  let read;
  let reused = false;
  let reusedFrom = null;
  let samples = null;
  const withSamples = m.eval.samples !== void 0;
  const cacheKey2 = evalCacheKey(m.model, fp.fingerprint, settings);
  const sameAsBaseline = baseline !== null && record2 !== null && record2.fingerprint === fp.fingerprint && record2.evalSettings === settings;
  const cached = options.force || options.measured || withSamples || sameAsBaseline ? null : await restoreCached(ctx, cacheKey2);
  if (options.measured) {
    read = await options.measured(fp.fingerprint, settings);
  } else if (!options.force && sameAsBaseline && baseline && record2) {
    ctx.log.info(
      `eval: reusing the metrics of v${baseline.version} (same fingerprint and eval settings; --force runs it anyway)`
    );
    read = fromRecord(record2);
    reused = true;
    reusedFrom = baseline;
  } else if (cached) {
    ctx.log.info("eval: reusing metrics from the eval cache (same fingerprint and eval settings)");
    read = cached;
    reused = true;
  } else {
    ({ read, samples } = await runEval(ctx, fp, baseline, options));
    if (!withSamples) await saveCached(ctx, cacheKey2, finite(read.values));
  }
  const pointGate = checkThresholds({
    thresholds: m.eval.thresholds,
    metrics: read.values,
    nonNumeric: read.nonNumeric,
    baseline: record2?.metrics ?? null,
    ...baseline && { baselineVersion: baseline.version }
  });
  const noise = await noiseOf(ctx, {
    samples,
    fingerprint: fp.fingerprint,
    baseline,
    baselineRecord: record2,
    reusedRecord: reusedFrom ? record2 : null
  });
  const { gate, notes: noiseNotes } = gateWithNoise(ctx, pointGate, noise, baseline !== null);
  for (const line2 of noiseNotes) ctx.log.info(line2);
  for (const line2 of baselineWarnings([], gate.checks).newMetrics) ctx.log.warn(line2);
  const metrics = finite(read.values);
  const ignored = ignoredValues(read, new Set(m.eval.thresholds.map((t) => t.metric)));
  const trend = registry ? trendOf(registry.versions, gate.checks, metrics) : null;
  const was = await before;
  const changes = was ? thresholdChanges(
    was.thresholds,
    {
      eval: m.eval.thresholds,
      // A record's checks know nothing of stages: only the eval's thresholds are compared.
      stages: was.from === "manifest" ? m.stages.map((s2) => ({ name: s2.name, thresholds: s2.thresholds })) : []
    },
    record2?.metrics ?? null
  ) : [];
  return {
    model: m.model,
    fingerprint: fp,
    passed: gate.passed,
    reused,
    reusedFrom,
    baseline,
    baselineRecord: record2,
    skipped: choice.skipped,
    metrics,
    checks: gate.checks,
    changed,
    evalSettings: settings,
    ignored,
    noise,
    noiseNotes,
    trend,
    thresholdChanges: changes,
    thresholdsFrom: was?.from ?? null
  };
}

// src/core/registry/bump.ts
var import_gt = __toESM(require_gt(), 1);
var import_inc = __toESM(require_inc(), 1);
var import_parse = __toESM(require_parse(), 1);
var import_prerelease = __toESM(require_prerelease(), 1);
var import_valid = __toESM(require_valid(), 1);
var ORDER = ["none", "patch", "minor", "major"];
function bumpFor(changed, rules) {
  const levels = ["none"];
  if (changed.components.length) levels.push(rules.components);
  if (changed.data.length) levels.push(rules.data);
  return levels.reduce((a2, b) => ORDER.indexOf(b) > ORDER.indexOf(a2) ? b : a2);
}
function nextVersion(latest, bump, first) {
  if (latest === null) return first;
  if (bump === "none") return null;
  const base = (0, import_parse.default)(latest);
  if (!base) throw new LeptonError("invalid", `not a semantic version: ${latest}`);
  return (0, import_inc.default)(`${base.major}.${base.minor}.${base.patch}`, bump);
}
function checkOverride(version, latest) {
  const v = (0, import_valid.default)(version.replace(/^v/, ""));
  if (!v || (0, import_prerelease.default)(v) || (0, import_parse.default)(v)?.build.length) {
    throw new LeptonError("invalid", `--version ${version}: expected X.Y.Z (for example 1.4.0)`);
  }
  if (latest !== null && !(0, import_gt.default)(v, latest)) {
    throw new LeptonError(
      "invalid",
      `--version ${v} must be higher than the latest recorded version, ${latest}`
    );
  }
  return v;
}

// src/core/plan/record.ts
var BUMP_NONE_NOTE = 'only parts whose versioning.bump is "none" changed: no new version';
function planRecord(input) {
  const { registry, outcome, manifest, head, recorded, options } = input;
  if (recorded) {
    return {
      kind: "recorded",
      version: recorded.entry.version,
      tag: recorded.entry.tag,
      record: recorded.record
    };
  }
  const onHead = versionOnCommit(registry, head);
  if (onHead) throw oneVersionPerCommit(head, onHead);
  const latest = registry.versions[0] ?? null;
  let version;
  let bump = null;
  if (options.version !== void 0) {
    const wanted = options.version.replace(/^v/, "");
    if (options.retry && findVersion(registry, wanted)) {
      throw new LeptonError(
        "git",
        `version ${wanted} was recorded meanwhile by another run, for other content`,
        ["run again with a higher --version, or without it"]
      );
    }
    version = checkOverride(options.version, latest?.version ?? null);
  } else {
    ({ version, bump } = bumped(
      registry,
      input.latestRecord,
      outcome.fingerprint,
      manifest.versioning
    ));
  }
  if (version === null) return { kind: "none", note: BUMP_NONE_NOTE };
  return {
    kind: "create",
    version,
    tag: versionTag(manifest.model, version),
    commit: head,
    bump,
    record: versionRecord(manifest.model, outcome, version, head, options)
  };
}
function bumped(registry, latestRecord, fingerprint, versioning) {
  const { first, bump: rules } = versioning;
  const latest = registry.versions[0] ?? null;
  const level = latest ? bumpFor(changedParts(fingerprint, latestRecord), rules) : null;
  let version = latest ? nextVersion(latest.version, level ?? "minor", first) : first;
  const taken = new Set(registry.skipped.map((s2) => s2.version));
  while (version !== null && taken.has(version)) {
    version = nextVersion(version, level === null || level === "none" ? "patch" : level, first);
  }
  return { version, bump: level };
}
function versionRecord(model, outcome, version, commit, options) {
  const hashes = (parts) => Object.fromEntries(parts.map((p) => [p.name, p.hash]));
  return {
    kind: "version",
    schema: 1,
    model,
    version,
    commit,
    created: options.created,
    fingerprint: outcome.fingerprint.fingerprint,
    components: hashes(outcome.fingerprint.components),
    data: hashes(outcome.fingerprint.data),
    metrics: outcome.metrics,
    ...outcome.ignored.length > 0 && { ignored: outcome.ignored },
    checks: outcome.checks,
    passed: outcome.passed,
    baseline: outcome.baseline && { version: outcome.baseline.version, tag: outcome.baseline.tag },
    evalSettings: outcome.evalSettings,
    reused: outcome.reused,
    runUrl: options.runUrl,
    artifact: null
  };
}
function versionOnCommit(registry, commit) {
  return registry.versions.find((v) => v.commit === commit && !v.lightweight && !v.deregistered) ?? null;
}
function oneVersionPerCommit(head, onHead) {
  const what2 = onHead.summary ? "recorded for other content" : "made without a Lepton record";
  return new LeptonError(
    "invalid",
    `${head.slice(0, 12)} already carries ${onHead.tag} (${what2}); a commit holds one version of a model`,
    ["commit the change, then record the new commit"]
  );
}
function checkVersionOverride(registry, override) {
  const v = checkOverride(override, registry.versions[0]?.version ?? null);
  const taken = registry.skipped.find((s2) => s2.version === v);
  if (taken) {
    throw new LeptonError(
      "invalid",
      `--version ${v}: the tag ${versionTag(registry.model, v)} exists already (${taken.reason})`,
      ["choose a higher --version"]
    );
  }
  return v;
}

// src/app/early.ts
function askRecordQuestions(ctx) {
  const state = worktreeState(ctx.git);
  state.catch(() => void 0);
  const identity3 = resolveIdentity(ctx.git, ctx.settings);
  identity3.catch(() => void 0);
  return { state, identity: identity3, listing: startModelListing(ctx) };
}
var startModelListing = (ctx) => startListing(ctx.git.at(ctx.modelDir));

// src/app/record-checks.ts
import { realpathSync } from "node:fs";
import { join as join4, relative as relative3, resolve as resolve2, sep as sep2 } from "node:path";
function refuseDirtyTree(ctx, differing) {
  const root = ctx.repoRoot;
  const toRepo = (abs) => relative3(root, abs).split(sep2).join("/");
  const prefix = toRepo(ctx.modelDir);
  const matchers = partsOf(ctx.manifest).map(({ kind, part }) => ({
    label: `${kind} "${part.name}"`,
    // `!` exclusions apply, as in the fingerprint.
    test: partMatcher(part.paths)
  }));
  const evalPaths = ctx.manifest.eval.paths ?? [];
  if (evalPaths.length) matchers.push({ label: "eval.paths", test: partMatcher(evalPaths) });
  const outputs = partMatcher([...ctx.manifest.eval.metrics, ...ctx.manifest.artifacts]);
  const manifest = toRepo(ctx.manifestPath);
  const named2 = evalFilesPart(ctx.manifest)?.optional ?? [];
  const commandFile = named2.length ? partMatcher(named2) : () => false;
  const dirty = [];
  for (const path2 of differing) {
    if (path2 === manifest) {
      dirty.push(`${path2} (the manifest: its thresholds decide whether the version passed)`);
      continue;
    }
    const inModel = rebaseName(path2, prefix);
    if (commandFile(inModel)) {
      dirty.push(`${path2} (named by eval.command)`);
      continue;
    }
    const owner = matchers.find((m) => m.test(inModel));
    if (!owner) continue;
    dirty.push(
      outputs(inModel) ? `${path2} (${owner.label}; the eval or build writes it: add it to .gitignore, not to a commit)` : `${path2} (${owner.label})`
    );
  }
  if (dirty.length === 0) return;
  const shown = dirty.slice(0, 20);
  if (dirty.length > shown.length) shown.push(`\u2026 and ${dirty.length - shown.length} more`);
  throw new LeptonError(
    "invalid",
    `${dirty.length} file${dirty.length === 1 ? "" : "s"} of the model differ${dirty.length === 1 ? "s" : ""} from HEAD: commit them (or stash them) first, since the version tag would name HEAD`,
    shown
  );
}
async function refuseLinksOutsideHead(ctx, listing, differing) {
  const root = ctx.repoRoot;
  const m = ctx.manifest;
  const paths = [...partsOf(m).flatMap(({ part }) => part.paths), ...m.eval.paths ?? []];
  const climb = Math.max(0, ...paths.map((p) => climbOf(p.replace(/^!/, ""))));
  const depth = relative3(root, ctx.modelDir) === "" ? 0 : relative3(root, ctx.modelDir).split(sep2).length;
  if (climb > depth) return;
  const base = resolve2(ctx.modelDir, ...Array(climb).fill(".."));
  const raw = climb === 0 && listing.cwd === ctx.modelDir ? await listing.raw : await listGitIndex(ctx.git.at(base));
  const prefix = relative3(root, ctx.modelDir).split(sep2).join("/");
  const selected = partMatcher(paths);
  const rootReal = realpathSync.native(root);
  const targets = /* @__PURE__ */ new Map();
  for (const name of trackedLinks(raw)) {
    const abs = join4(base, name);
    if (!selected(rebaseName(relative3(root, abs).split(sep2).join("/"), prefix))) continue;
    let real;
    try {
      real = decodeName(realpathSync.native(fsPath(abs), { encoding: "buffer" }));
    } catch {
      continue;
    }
    if (real !== rootReal && !real.startsWith(rootReal + sep2)) continue;
    const target = relative3(rootReal, real).split(sep2).join("/");
    if (!hasEscapedBytes(target)) targets.set(target, relative3(root, abs).split(sep2).join("/"));
  }
  if (targets.size === 0) return;
  const tracked = await trackedRegularFiles(ctx.git.at(root), [...targets.keys()]);
  const changed = new Set(differing);
  const problems = [];
  for (const [target, link] of targets) {
    if (!tracked.has(target))
      problems.push(`${link} \u2192 ${target}, which git does not track (ignored or untracked)`);
    else if (changed.has(target)) problems.push(`${link} \u2192 ${target}, which differs from HEAD`);
  }
  if (problems.length === 0) return;
  throw new LeptonError(
    "invalid",
    `${problems.length} symlink${problems.length === 1 ? "" : "s"} of the model lead${problems.length === 1 ? "s" : ""} to content HEAD does not hold: commit the target${problems.length === 1 ? "" : "s"} (or point the link at a committed file) first, since the version tag would name HEAD`,
    problems.slice(0, 20)
  );
}
async function refuseBeforeEval(ctx, registry, head, override, fingerprint) {
  if (override !== void 0) checkVersionOverride(registry, override);
  const onHead = versionOnCommit(registry, head);
  if (!onHead) return;
  if (onHead.summary) {
    const fp = await (fingerprint ?? fingerprintProject(ctx));
    if (await findTrustedByFingerprint(ctx, registry, fp.fingerprint)) return;
  }
  throw oneVersionPerCommit(head, onHead);
}

// src/app/record.ts
function recordJson(r) {
  return {
    ...evalJson(r.outcome),
    version: r.version,
    tag: r.tag,
    created: r.created,
    pushed: r.pushed,
    artifact: r.record?.artifact ?? null,
    attempts: r.attempts,
    commit: r.commit
  };
}
function missingHistoryHints(h, remote) {
  switch (h.cause) {
    case "no-remote":
      return [
        "a first version in a repository with no remote needs --no-baseline: lepton record --no-baseline",
        "a copy of a repository that has versions: add its remote first (git remote add origin URL), then record"
      ];
    case "no-such-remote":
      return [
        `record from the remote that holds the versions (${h.remotes.map((r) => `--remote ${r}`).join(", ")}), or pass --no-baseline to record against the local tags only`
      ];
    case "unreachable":
      return [
        `fetch the tags when ${remote} can be reached (git fetch${h.shallow ? " --unshallow" : ""} ${remote} 'refs/tags/*:refs/tags/*'), or pass --no-baseline to record against the local tags only`
      ];
  }
}
async function record(ctx, options = {}) {
  if (!ctx.repoRoot) {
    throw new LeptonError("invalid", "record needs a git repository: versions are git tags");
  }
  const model = ctx.manifest.model;
  const remote = options.remote ?? "origin";
  const budgetMs = options.push ? options.budgetMs ?? ctx.settings.pushBudgetMs : 0;
  const { state, identity: identityAsked, listing } = options.questions ?? askRecordQuestions(ctx);
  let dirty = null;
  let taking;
  let links;
  try {
    const { head: head2, paths } = await state;
    if (head2 !== null) refuseDirtyTree(ctx, paths);
    if (head2 !== null) links = refuseLinksOutsideHead(ctx, listing, paths);
    links?.catch(() => void 0);
    taking = fingerprintProject(ctx, { listing, deferSave: true });
    taking.catch(() => void 0);
  } catch (e) {
    dirty = e;
  }
  const fetched = options.history ? await options.history : null;
  const head = committedHead(await state);
  if (dirty !== null) throw dirty;
  await links;
  const identity3 = await identityAsked;
  let tagsFetched = options.tagsFetched === true;
  if (options.fetchHistory) {
    const history2 = await ensureHistory(ctx, remote, Boolean(options.noBaseline));
    if (history2.state === "fetched" || history2.state === "complete" && history2.fetched) {
      tagsFetched = true;
    }
    if (history2.state === "missing" && !options.noBaseline) {
      throw new LeptonError(
        "invalid",
        `not recording: ${history2.why}, so the baseline and the latest version may be missing`,
        missingHistoryHints(history2, remote)
      );
    }
  }
  if (options.push && !tagsFetched) await fetchForDecision(ctx, remote);
  const before = fetched?.registry ?? options.registry ?? await readRegistry(ctx.git, model);
  await refuseBeforeEval(ctx, before, head, options.version, taking);
  const outcome = await evaluate(ctx, {
    ...taking && { fingerprint: taking },
    ...options.force && { force: true },
    ...options.baseline !== void 0 && { baseline: options.baseline },
    ...options.measured && { measured: options.measured },
    registry: before
  });
  const fingerprint = outcome.fingerprint.fingerprint;
  const runUrl = ctx.settings.runUrl;
  const decide = async (attempt) => {
    const registry = attempt === 1 && options.push ? before : await readRegistry(ctx.git, model);
    const found = await findTrustedByFingerprint(ctx, registry, fingerprint);
    const latest = found || options.version !== void 0 ? null : registry.versions[0] ?? null;
    const plan2 = planRecord({
      registry,
      outcome,
      manifest: ctx.manifest,
      head,
      recorded: found && { entry: found, record: await readRecord(ctx.git, found) },
      latestRecord: latest && await readRecord(ctx.git, latest),
      options: {
        ...options.version !== void 0 && { version: options.version },
        retry: attempt > 1,
        created: ctx.now().toISOString(),
        runUrl
      }
    });
    if (plan2.kind === "none") return { plan: plan2, step: { kind: "none" } };
    if (plan2.kind === "recorded") {
      const extra2 = await samplesPush(ctx, plan2.record);
      return { plan: plan2, step: { kind: "existing", tag: plan2.tag, extra: extra2 } };
    }
    const extra = await options.beforeTag?.(outcome, plan2.version) ?? {};
    const record2 = await storeArtifact(
      ctx,
      { ...plan2.record, artifact: extra.artifact ?? null, ...noiseRecordFields(outcome.noise) },
      options.store
    );
    const made = { ...plan2, record: record2 };
    const message = formatVersionMessage(record2);
    return {
      plan: made,
      step: {
        kind: "create",
        tag: plan2.tag,
        commit: plan2.commit,
        message,
        identity: identity3,
        extra: await samplesPush(ctx, record2)
      }
    };
  };
  const { plan, pushed, attempts } = await applyTagPlan({
    git: ctx.git,
    push: options.push === true,
    remote,
    model,
    decide,
    log: (m) => ctx.log.info(m),
    ...options.maxAttempts !== void 0 && { maxAttempts: options.maxAttempts },
    budgetMs
  });
  if (plan.kind !== "none" && options.push) {
    await tagStoredVersion(ctx, plan.record, options.store);
  } else if (plan.kind !== "none" && ctx.manifest.store && plan.record?.artifact?.ref) {
    ctx.log.info(
      `the model store's tag :${plan.version} is not set: the version tag is not pushed (lepton record --push pushes it and sets the OCI tag)`
    );
  }
  if (plan.kind !== "none") await keepSamplesRef(ctx, plan.record);
  if (plan.kind === "create") await warnIfBehind(ctx, before, plan.tag, head);
  const base = { outcome, pushed, attempts, commit: head };
  if (plan.kind === "none") {
    return { ...base, version: null, tag: null, created: false, record: null, note: plan.note };
  }
  const { version, tag, record: rec } = plan;
  return { ...base, version, tag, created: plan.kind === "create", record: rec, note: null };
}
async function warnIfBehind(ctx, registry, tag, head) {
  if (registry.versions.length === 0) return;
  const later = await versionsAfter(ctx.git, registry, head);
  if (later.length === 0) return;
  const names = later.slice(0, 3).map((v) => v.tag);
  const more = later.length > names.length ? ` and ${later.length - names.length} more` : "";
  ctx.log.warn(
    `${tag} is recorded on an older commit than ${names.join(", ")}${more} (their commits descend from ${head.slice(0, 12)}): work built on those commits keeps the version nearest it in history as its baseline, not ${tag}`
  );
}
async function fetchForDecision(ctx, remote) {
  try {
    await fetchModelTags(ctx.git, remote, ctx.manifest.model, (m) => ctx.log.warn(m));
  } catch (e) {
    ctx.log.warn(
      `could not fetch ${remote}'s tags (${e instanceof Error ? e.message : String(e)}); deciding on the local tags`
    );
  }
}

// src/app/history.ts
import { basename as basename2 } from "node:path";

// src/core/delivery/history.ts
var text = (v) => typeof v === "string" && v !== "" ? v : null;
function historyEvent(e) {
  const s2 = e.summary;
  return {
    n: e.n,
    tag: e.tag,
    kind: e.action,
    stage: e.stage,
    version: e.target,
    at: e.date,
    by: text(s2?.kind === "unassign" ? s2.by : s2?.promotedBy),
    reason: text(s2?.kind === "unassign" ? s2.reason : null),
    runUrl: text(s2?.runUrl)
  };
}
function historyOf(registry, stage) {
  return registry.events.filter((e) => stage === void 0 || e.stage === stage).map(historyEvent).sort((a2, b) => b.n - a2.n || b.at.localeCompare(a2.at) || b.tag.localeCompare(a2.tag));
}
function holdersAt(registry, at, stages, withdrawn = /* @__PURE__ */ new Set()) {
  const before = registry.events.filter((e) => Date.parse(e.date) <= at);
  const held = holders(before, withdrawn);
  const out = {};
  const names = [.../* @__PURE__ */ new Set([...stages, ...registry.events.map((e) => e.stage)])];
  for (const s2 of names) {
    const e = held[s2];
    out[s2] = e ? { version: e.version, tag: e.tag } : null;
  }
  return out;
}

// src/app/history.ts
function parseAt(text2) {
  const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text2);
  const withZone = /T.*(Z|[+-]\d{2}:?\d{2})$/.test(text2) || !text2.includes("T") ? text2 : `${text2}Z`;
  const ms = iso ? Date.parse(withZone) : NaN;
  if (!Number.isFinite(ms)) {
    throw new LeptonError("invalid", `--at "${text2}" is not an ISO 8601 time`, [
      "e.g. 2026-11-01T12:00:00Z, or a date: 2026-11-01"
    ]);
  }
  return ms;
}
async function history(ctx, options = {}) {
  const m = ctx.manifest;
  const stageNames = m.stages.map((s2) => s2.name);
  const registry = await readRegistry(ctx.git, m.model);
  const known = /* @__PURE__ */ new Set([...stageNames, ...registry.events.map((e) => e.stage)]);
  if (options.stage !== void 0 && !known.has(options.stage)) {
    throw new LeptonError(
      "invalid",
      `stage "${options.stage}" is not in ${basename2(ctx.manifestPath)}`,
      [`stages: ${[...known].join(", ") || "(none)"}`]
    );
  }
  if (options.at !== void 0) {
    const at = parseAt(options.at);
    const all = holdersAt(registry, at, stageNames);
    const stages = options.stage === void 0 ? all : { [options.stage]: all[options.stage] ?? null };
    return { model: m.model, at: new Date(at).toISOString(), stages };
  }
  return { model: m.model, events: historyOf(registry, options.stage) };
}

// src/core/monitor/promql.ts
var VARIABLE = /\$(model|version|stage)\b/y;
function escapeIn(value2, quote) {
  return value2.replace(/\\/g, "\\\\").replace(quote === '"' ? /"/g : /'/g, `\\${quote}`).replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}
function substitute(query, vars, where = "query") {
  let out = "";
  let quote = null;
  for (let i = 0; i < query.length; ) {
    const ch = query[i];
    if (ch === "$") {
      VARIABLE.lastIndex = i;
      const m = VARIABLE.exec(query);
      if (m) {
        const value2 = vars[m[1]];
        if (quote === null) out += `"${escapeIn(value2, '"')}"`;
        else if (quote === "`") {
          if (value2.includes("`")) {
            throw new LeptonError(
              "invalid",
              `${where}: $${m[1]} holds a backtick and sits in a raw string`
            );
          }
          out += value2;
        } else out += escapeIn(value2, quote);
        i += m[0].length;
        continue;
      }
    }
    if (quote !== null && quote !== "`" && ch === "\\") {
      out += query.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (quote === null && (ch === '"' || ch === "'" || ch === "`")) quote = ch;
    else if (ch === quote) quote = null;
    out += ch;
    i++;
  }
  if (quote !== null)
    throw new LeptonError("invalid", `${where}: a ${quote} string is never closed`);
  return out;
}

// src/io/prometheus/query.ts
function sampleValue(pair) {
  if (!Array.isArray(pair) || typeof pair[1] !== "string") return null;
  const text2 = pair[1];
  if (text2 === "+Inf") return Infinity;
  if (text2 === "-Inf") return -Infinity;
  const v = Number(text2);
  return text2.trim() !== "" && !Number.isNaN(v) ? v : text2 === "NaN" ? NaN : null;
}
async function queryValue(settings, query) {
  const base = settings.url.replace(/\/+$/, "");
  const url = `${base}/api/v1/query?${new URLSearchParams({ query }).toString()}`;
  let response;
  try {
    response = await fetch(url, {
      headers: {
        accept: "application/json",
        ...settings.token && { authorization: `Bearer ${settings.token}` }
      },
      signal: AbortSignal.timeout(settings.timeoutMs ?? 3e4)
    });
  } catch (e) {
    const cause = e.cause;
    const why = cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
    throw new LeptonError("eval", `Prometheus at ${base} cannot be reached: ${why}`);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new LeptonError(
      "eval",
      `Prometheus at ${base} answered HTTP ${response.status} without the API's JSON`
    );
  }
  if (body.status !== "success") {
    throw new LeptonError(
      "eval",
      `Prometheus refused the query (HTTP ${response.status}, ${body.errorType ?? "error"}): ${body.error ?? "no message"}`,
      [`query: ${query}`]
    );
  }
  const type = body.data?.resultType;
  const result = body.data?.result;
  if (type === "scalar") {
    const v2 = sampleValue(result);
    return v2 === null ? { ok: false, reason: "the scalar result has no value" } : { ok: true, value: v2 };
  }
  if (type !== "vector" || !Array.isArray(result)) {
    return { ok: false, reason: `the query returned a ${type ?? "missing"} result, not one value` };
  }
  if (result.length === 0) return { ok: false, reason: "the query returned no series (no data)" };
  if (result.length > 1) {
    return {
      ok: false,
      reason: `the query returned ${result.length} series; aggregate it to one (e.g. avg(\u2026) or sum(\u2026))`
    };
  }
  const v = sampleValue(result[0].value);
  return v === null ? { ok: false, reason: "the series has no value" } : { ok: true, value: v };
}

// src/app/monitor.ts
async function monitor(ctx, stageName, options = {}) {
  const m = ctx.manifest;
  const stage = m.stages.find((s2) => s2.name === stageName);
  if (!stage) {
    throw new LeptonError("invalid", `stage "${stageName}" is not in the manifest`, [
      `stages: ${m.stages.map((s2) => s2.name).join(", ") || "(none)"}`
    ]);
  }
  const spec = stage.monitor;
  if (!spec) {
    throw new LeptonError("invalid", `stage "${stageName}" has no monitor section`, [
      `add stages.${stageName}.monitor: {queries: {METRIC: 'PromQL'}, thresholds: \u2026}`
    ]);
  }
  const url = spec.prometheus ?? options.prometheusUrl;
  if (!url) {
    throw new LeptonError("invalid", `no Prometheus server for stages.${stageName}.monitor`, [
      "set stages.NAME.monitor.prometheus or LEPTON_PROMETHEUS_URL"
    ]);
  }
  const registry = await readRegistry(ctx.git, m.model);
  const holder = registry.stages[stageName];
  if (!holder?.version) {
    throw new LeptonError("invalid", `stage "${stageName}" holds no version: nothing to monitor`);
  }
  const version = holder.version;
  const entry = registry.versions.find((v) => v.version === version);
  const recorded = entry?.summary?.metrics ?? {};
  const settings = {
    url,
    ...options.prometheusToken && { token: options.prometheusToken },
    ...options.timeoutMs !== void 0 && { timeoutMs: options.timeoutMs }
  };
  const live = {};
  const problems = [];
  for (const [metric, template] of Object.entries(spec.queries)) {
    const query = substitute(
      template,
      { model: m.model, version, stage: stageName },
      `stages.${stageName}.monitor.queries.${metric}`
    );
    ctx.log.info(`monitor: ${metric}: ${query}`);
    const answer = await queryValue(settings, query);
    if (answer.ok) live[metric] = answer.value;
    else problems.push(`${metric}: ${answer.reason}`);
  }
  if (problems.length) {
    throw new LeptonError(
      "eval",
      `monitor of ${m.model} v${version} in ${stageName} cannot judge: ${problems.length} quer${problems.length === 1 ? "y has" : "ies have"} no value`,
      problems
    );
  }
  const gate = checkThresholds({ thresholds: spec.thresholds, metrics: live, baseline: recorded });
  let rolled = null;
  if (!gate.passed && (options.rollback || spec.rollback)) {
    rolled = await rollbackOnFailure(ctx, stageName, version, gate.checks, options.rollbackWith);
  }
  return {
    model: m.model,
    stage: stageName,
    version,
    passed: gate.passed,
    metrics: live,
    recorded,
    checks: gate.checks,
    rolledBack: rolled?.tag != null,
    ...(options.rollback || spec.rollback) && { rollback: rolled }
  };
}
async function rollbackOnFailure(ctx, stage, version, checks, settings = {}) {
  try {
    return await rollback(ctx, {
      ...settings,
      stage,
      version,
      reason: monitorRollbackReason(checks)
    });
  } catch (e) {
    if (!(e instanceof LeptonError) || e.kind !== "invalid") throw e;
    ctx.log.warn(`monitor failed, and ${stage} cannot be rolled back: ${e.message}`);
    for (const d of e.details) ctx.log.warn(`  ${d}`);
    return null;
  }
}

// src/app/export.ts
import { relative as relative4 } from "node:path";

// src/core/monitor/openmetrics.ts
function escapeLabelValue(value2) {
  return value2.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}
var labels = (pairs) => `{${Object.entries(pairs).map(([k2, v]) => `${k2}="${escapeLabelValue(v)}"`).join(",")}}`;
function number(v) {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "+Inf";
  if (v === -Infinity) return "-Inf";
  return String(v);
}
function renderOpenMetrics(models) {
  const sorted = [...models].sort((a2, b) => a2.model < b.model ? -1 : a2.model > b.model ? 1 : 0);
  const family = (name, help, series) => [
    `# HELP ${name} ${help}`,
    `# TYPE ${name} gauge`,
    ...series
  ];
  const versionInfo = [];
  const metric = [];
  const stageInfo = [];
  const stageChange = [];
  for (const m of sorted) {
    const versions = [...m.versions].sort((a2, b) => a2.version < b.version ? -1 : 1);
    for (const v of versions) {
      versionInfo.push(
        `lepton_model_version_info${labels({ model: m.model, version: v.version, commit: v.commit })} 1`
      );
      for (const name of Object.keys(v.metrics).sort()) {
        metric.push(
          `lepton_model_metric${labels({ model: m.model, version: v.version, metric: name })} ${number(v.metrics[name])}`
        );
      }
    }
    for (const stage of Object.keys(m.stages).sort()) {
      const s2 = m.stages[stage];
      if (!s2) continue;
      if (s2.version !== null)
        stageInfo.push(
          `lepton_stage_version_info${labels({ model: m.model, stage, version: s2.version })} 1`
        );
      if (s2.changedAt !== null)
        stageChange.push(
          `lepton_stage_last_change_timestamp_seconds${labels({ model: m.model, stage })} ${s2.changedAt / 1e3}`
        );
    }
  }
  return [
    ...family(
      "lepton_model_version_info",
      "A recorded model version (the latest and every stage holder).",
      versionInfo
    ),
    ...family(
      "lepton_model_metric",
      "A metric of a version as its recorded eval measured it.",
      metric
    ),
    ...family("lepton_stage_version_info", "The version a stage holds now.", stageInfo),
    ...family(
      "lepton_stage_last_change_timestamp_seconds",
      "When the stage last changed (its newest event).",
      stageChange
    ),
    "# EOF",
    ""
  ].join("\n");
}

// src/app/export.ts
async function readAllModels(git) {
  const paths = await findManifests(git);
  const seen = /* @__PURE__ */ new Map();
  const out = [];
  for (const path2 of paths) {
    const name = relative4(git.cwd, path2);
    const model = await loadManifest(path2, name);
    const other = seen.get(model.model);
    if (other) {
      throw new LeptonError("invalid", `model "${model.model}" is named by two manifests`, [
        other,
        name
      ]);
    }
    seen.set(model.model, name);
    out.push({ manifest: name, model, registry: await readRegistry(git, model.model) });
  }
  return out;
}
function exportModel({ model, registry }) {
  const wanted = /* @__PURE__ */ new Set();
  const latest = registry.versions.find((v) => v.summary);
  if (latest) wanted.add(latest.version);
  const stages = {};
  const names = /* @__PURE__ */ new Set([...model.stages.map((s2) => s2.name), ...Object.keys(registry.stages)]);
  for (const stage of names) {
    const holder = registry.stages[stage] ?? null;
    if (holder?.version) wanted.add(holder.version);
    const newest = registry.events.find((e) => e.stage === stage);
    stages[stage] = {
      version: holder?.version ?? null,
      changedAt: newest ? Date.parse(newest.date) : null
    };
  }
  const versions = registry.versions.filter((v) => wanted.has(v.version)).map((v) => ({ version: v.version, commit: v.commit, metrics: v.summary?.metrics ?? {} }));
  return { model: model.model, versions, stages };
}
async function exportOpenMetrics(git) {
  return renderOpenMetrics((await readAllModels(git)).map(exportModel));
}

// src/app/positioned.ts
async function withManifestPositions(app, file, run) {
  try {
    return await run();
  } catch (e) {
    if (!isLeptonError(e) || e.kind !== "invalid" || e instanceof ManifestInvalidError) throw e;
    let errors;
    try {
      ({ errors } = await checkTree(app, file));
    } catch {
      throw e;
    }
    if (errors.length) throw new ManifestInvalidError(file, errors);
    throw e;
  }
}

// src/app/site.ts
import { lstat, mkdir, readdir, rename, rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import { basename as basename3, dirname, join as join5 } from "node:path";

// src/core/site/api.ts
var modelApiPath = (model) => `api/models/${model}.json`;
var versionApiPath = (model, version) => `api/models/${model}/versions/${version}.json`;
var stageApiPath = (model, stage) => `api/models/${model}/stages/${stage}.json`;
function stageHolders(m) {
  const tagOf = new Map(m.registry.versions.map((v) => [v.version, v.tag]));
  const out = {};
  for (const s2 of m.model.stages) out[s2.name] = null;
  for (const [name, e] of Object.entries(m.registry.stages)) {
    out[name] = e?.version != null ? { version: e.version, tag: tagOf.get(e.version) ?? e.tag, stageTag: e.tag } : null;
  }
  return out;
}
function heldBy(stages) {
  const held = /* @__PURE__ */ new Map();
  for (const [name, h] of Object.entries(stages)) {
    if (h) held.set(h.version, [...held.get(h.version) ?? [], name]);
  }
  return held;
}
var summary = (v, model, stages) => ({
  version: v.version,
  tag: v.tag,
  commit: v.commit,
  created: v.record?.created ?? v.date,
  passed: v.record ? v.record.passed : null,
  metrics: v.record?.metrics ?? {},
  stages,
  deregistered: Boolean(v.deregistered),
  url: versionApiPath(model, v.version)
});
var event = (step) => {
  const e = step.event;
  const r = e.record;
  return {
    action: e.action,
    stage: e.stage,
    n: e.n,
    tag: e.tag,
    version: e.target,
    target: e.target,
    commit: e.commit,
    date: e.date,
    promotedBy: (r?.kind === "unassign" ? r.by : r?.promotedBy) ?? null,
    runUrl: r?.runUrl ?? null,
    reason: r?.kind === "unassign" ? r.reason : null,
    exitCode: r?.kind === "unassign" ? r.exitCode ?? null : null,
    heldBefore: step.before?.version ?? null,
    heldAfter: step.after?.version ?? null,
    withdrawnBy: step.withdrawnBy?.tag ?? null
  };
};
function timelineOf(m) {
  const deregistered = new Set(
    m.registry.versions.filter((v) => v.deregistered).map((v) => v.version)
  );
  return stageTimeline(m.registry.events, deregistered);
}
function apiDocuments(models) {
  const docs = /* @__PURE__ */ new Map();
  const index = [];
  for (const m of models) {
    const name = m.model.model;
    const stages = stageHolders(m);
    const held = heldBy(stages);
    const latest = m.registry.versions.find((v) => !v.deregistered) ?? null;
    index.push({
      model: name,
      manifest: m.manifest,
      description: m.model.description,
      versions: m.registry.versions.length,
      latest: latest ? {
        version: latest.version,
        tag: latest.tag,
        passed: latest.record ? latest.record.passed : null
      } : null,
      stages,
      url: modelApiPath(name)
    });
    const doc = {
      schema: 1,
      model: name,
      manifest: m.manifest,
      description: m.model.description,
      deprecated: Boolean(m.registry.deprecated),
      versions: m.registry.versions.map((v) => summary(v, name, held.get(v.version) ?? [])),
      stages,
      events: timelineOf(m).map(event)
    };
    docs.set(modelApiPath(name), doc);
    for (const v of m.registry.versions) {
      const d = {
        schema: 1,
        model: name,
        version: v.version,
        tag: v.tag,
        commit: v.commit,
        date: v.date,
        stages: held.get(v.version) ?? [],
        deregistered: Boolean(v.deregistered),
        record: v.record
      };
      docs.set(versionApiPath(name, v.version), d);
    }
    const byVersion = new Map(m.registry.versions.map((v) => [v.version, v]));
    for (const [stage, h] of Object.entries(stages)) {
      const v = h ? byVersion.get(h.version) : void 0;
      const assignedAt = h ? m.registry.stages[stage]?.date ?? null : null;
      const d = {
        schema: 1,
        model: name,
        stage,
        version: h?.version ?? null,
        tag: h?.tag ?? null,
        stageTag: h?.stageTag ?? null,
        commit: h ? v?.commit ?? m.registry.stages[stage]?.commit ?? null : null,
        assigned: assignedAt,
        artifact: v?.record?.artifact ?? null,
        runUrl: v?.record?.runUrl ?? null,
        fingerprint: v?.record?.fingerprint ?? null,
        passed: v?.record ? v.record.passed : null,
        metrics: v?.record?.metrics ?? null
      };
      docs.set(stageApiPath(name, stage), d);
    }
  }
  const list = { schema: 1, models: index };
  docs.set("api/models.json", list);
  return docs;
}

// node_modules/d3-array/dist/d3-array.mjs
function ascending(a2, b) {
  return a2 == null || b == null ? NaN : a2 < b ? -1 : a2 > b ? 1 : a2 >= b ? 0 : NaN;
}
function descending(a2, b) {
  return a2 == null || b == null ? NaN : b < a2 ? -1 : b > a2 ? 1 : b >= a2 ? 0 : NaN;
}
function bisector(f) {
  let compare1, compare2, delta;
  if (f.length !== 2) {
    compare1 = ascending;
    compare2 = (d, x2) => ascending(f(d), x2);
    delta = (d, x2) => f(d) - x2;
  } else {
    compare1 = f === ascending || f === descending ? f : zero;
    compare2 = f;
    delta = f;
  }
  function left(a2, x2, lo = 0, hi = a2.length) {
    if (lo < hi) {
      if (compare1(x2, x2) !== 0) return hi;
      do {
        const mid = lo + hi >>> 1;
        if (compare2(a2[mid], x2) < 0) lo = mid + 1;
        else hi = mid;
      } while (lo < hi);
    }
    return lo;
  }
  function right(a2, x2, lo = 0, hi = a2.length) {
    if (lo < hi) {
      if (compare1(x2, x2) !== 0) return hi;
      do {
        const mid = lo + hi >>> 1;
        if (compare2(a2[mid], x2) <= 0) lo = mid + 1;
        else hi = mid;
      } while (lo < hi);
    }
    return lo;
  }
  function center(a2, x2, lo = 0, hi = a2.length) {
    const i = left(a2, x2, lo, hi - 1);
    return i > lo && delta(a2[i - 1], x2) > -delta(a2[i], x2) ? i - 1 : i;
  }
  return { left, center, right };
}
function zero() {
  return 0;
}
function number2(x2) {
  return x2 === null ? NaN : +x2;
}
var ascendingBisect = bisector(ascending);
var bisectRight = ascendingBisect.right;
var bisectLeft = ascendingBisect.left;
var bisectCenter = bisector(number2).center;
var blur2 = Blur2(blurf);
var blurImage = Blur2(blurfImage);
function Blur2(blur) {
  return function(data, rx, ry = rx) {
    if (!((rx = +rx) >= 0)) throw new RangeError("invalid rx");
    if (!((ry = +ry) >= 0)) throw new RangeError("invalid ry");
    let { data: values, width, height } = data;
    if (!((width = Math.floor(width)) >= 0)) throw new RangeError("invalid width");
    if (!((height = Math.floor(height !== void 0 ? height : values.length / width)) >= 0)) throw new RangeError("invalid height");
    if (!width || !height || !rx && !ry) return data;
    const blurx = rx && blur(rx);
    const blury = ry && blur(ry);
    const temp = values.slice();
    if (blurx && blury) {
      blurh(blurx, temp, values, width, height);
      blurh(blurx, values, temp, width, height);
      blurh(blurx, temp, values, width, height);
      blurv(blury, values, temp, width, height);
      blurv(blury, temp, values, width, height);
      blurv(blury, values, temp, width, height);
    } else if (blurx) {
      blurh(blurx, values, temp, width, height);
      blurh(blurx, temp, values, width, height);
      blurh(blurx, values, temp, width, height);
    } else if (blury) {
      blurv(blury, values, temp, width, height);
      blurv(blury, temp, values, width, height);
      blurv(blury, values, temp, width, height);
    }
    return data;
  };
}
function blurh(blur, T, S, w, h) {
  for (let y2 = 0, n = w * h; y2 < n; ) {
    blur(T, S, y2, y2 += w, 1);
  }
}
function blurv(blur, T, S, w, h) {
  for (let x2 = 0, n = w * h; x2 < w; ++x2) {
    blur(T, S, x2, x2 + n, w);
  }
}
function blurfImage(radius) {
  const blur = blurf(radius);
  return (T, S, start, stop, step) => {
    start <<= 2, stop <<= 2, step <<= 2;
    blur(T, S, start + 0, stop + 0, step);
    blur(T, S, start + 1, stop + 1, step);
    blur(T, S, start + 2, stop + 2, step);
    blur(T, S, start + 3, stop + 3, step);
  };
}
function blurf(radius) {
  const radius0 = Math.floor(radius);
  if (radius0 === radius) return bluri(radius);
  const t = radius - radius0;
  const w = 2 * radius + 1;
  return (T, S, start, stop, step) => {
    if (!((stop -= step) >= start)) return;
    let sum = radius0 * S[start];
    const s0 = step * radius0;
    const s1 = s0 + step;
    for (let i = start, j = start + s0; i < j; i += step) {
      sum += S[Math.min(stop, i)];
    }
    for (let i = start, j = stop; i <= j; i += step) {
      sum += S[Math.min(stop, i + s0)];
      T[i] = (sum + t * (S[Math.max(start, i - s1)] + S[Math.min(stop, i + s1)])) / w;
      sum -= S[Math.max(start, i - s0)];
    }
  };
}
function bluri(radius) {
  const w = 2 * radius + 1;
  return (T, S, start, stop, step) => {
    if (!((stop -= step) >= start)) return;
    let sum = radius * S[start];
    const s2 = step * radius;
    for (let i = start, j = start + s2; i < j; i += step) {
      sum += S[Math.min(stop, i)];
    }
    for (let i = start, j = stop; i <= j; i += step) {
      sum += S[Math.min(stop, i + s2)];
      T[i] = sum / w;
      sum -= S[Math.max(start, i - s2)];
    }
  };
}
var InternMap = class extends Map {
  constructor(entries, key = keyof) {
    super();
    Object.defineProperties(this, { _intern: { value: /* @__PURE__ */ new Map() }, _key: { value: key } });
    if (entries != null) for (const [key2, value2] of entries) this.set(key2, value2);
  }
  get(key) {
    return super.get(intern_get(this, key));
  }
  has(key) {
    return super.has(intern_get(this, key));
  }
  set(key, value2) {
    return super.set(intern_set(this, key), value2);
  }
  delete(key) {
    return super.delete(intern_delete(this, key));
  }
};
function intern_get({ _intern, _key }, value2) {
  const key = _key(value2);
  return _intern.has(key) ? _intern.get(key) : value2;
}
function intern_set({ _intern, _key }, value2) {
  const key = _key(value2);
  if (_intern.has(key)) return _intern.get(key);
  _intern.set(key, value2);
  return value2;
}
function intern_delete({ _intern, _key }, value2) {
  const key = _key(value2);
  if (_intern.has(key)) {
    value2 = _intern.get(key);
    _intern.delete(key);
  }
  return value2;
}
function keyof(value2) {
  return value2 !== null && typeof value2 === "object" ? value2.valueOf() : value2;
}
var array = Array.prototype;
var slice = array.slice;
var e10 = Math.sqrt(50);
var e5 = Math.sqrt(10);
var e2 = Math.sqrt(2);
function tickSpec(start, stop, count) {
  const step = (stop - start) / Math.max(0, count), power = Math.floor(Math.log10(step)), error = step / Math.pow(10, power), factor = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1;
  let i1, i2, inc2;
  if (power < 0) {
    inc2 = Math.pow(10, -power) / factor;
    i1 = Math.round(start * inc2);
    i2 = Math.round(stop * inc2);
    if (i1 / inc2 < start) ++i1;
    if (i2 / inc2 > stop) --i2;
    inc2 = -inc2;
  } else {
    inc2 = Math.pow(10, power) * factor;
    i1 = Math.round(start / inc2);
    i2 = Math.round(stop / inc2);
    if (i1 * inc2 < start) ++i1;
    if (i2 * inc2 > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc2];
}
function ticks(start, stop, count) {
  stop = +stop, start = +start, count = +count;
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start, [i1, i2, inc2] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const n = i2 - i1 + 1, ticks2 = new Array(n);
  if (reverse) {
    if (inc2 < 0) for (let i = 0; i < n; ++i) ticks2[i] = (i2 - i) / -inc2;
    else for (let i = 0; i < n; ++i) ticks2[i] = (i2 - i) * inc2;
  } else {
    if (inc2 < 0) for (let i = 0; i < n; ++i) ticks2[i] = (i1 + i) / -inc2;
    else for (let i = 0; i < n; ++i) ticks2[i] = (i1 + i) * inc2;
  }
  return ticks2;
}
function tickIncrement(start, stop, count) {
  stop = +stop, start = +start, count = +count;
  return tickSpec(start, stop, count)[2];
}
function tickStep(start, stop, count) {
  stop = +stop, start = +start, count = +count;
  const reverse = stop < start, inc2 = reverse ? tickIncrement(stop, start, count) : tickIncrement(start, stop, count);
  return (reverse ? -1 : 1) * (inc2 < 0 ? 1 / -inc2 : inc2);
}
function range(start, stop, step) {
  start = +start, stop = +stop, step = (n = arguments.length) < 2 ? (stop = start, start = 0, 1) : n < 3 ? 1 : +step;
  var i = -1, n = Math.max(0, Math.ceil((stop - start) / step)) | 0, range2 = new Array(n);
  while (++i < n) {
    range2[i] = start + i * step;
  }
  return range2;
}
var shuffle = shuffler(Math.random);
function shuffler(random) {
  return function shuffle2(array3, i0 = 0, i1 = array3.length) {
    let m = i1 - (i0 = +i0);
    while (m) {
      const i = random() * m-- | 0, t = array3[m + i0];
      array3[m + i0] = array3[i + i0];
      array3[i + i0] = t;
    }
    return array3;
  };
}

// node_modules/d3-color/dist/d3-color.mjs
function define(constructor, factory, prototype) {
  constructor.prototype = factory.prototype = prototype;
  prototype.constructor = constructor;
}
function extend(parent, definition) {
  var prototype = Object.create(parent.prototype);
  for (var key in definition) prototype[key] = definition[key];
  return prototype;
}
function Color() {
}
var darker = 0.7;
var brighter = 1 / darker;
var reI = "\\s*([+-]?\\d+)\\s*";
var reN = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*";
var reP = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*";
var reHex = /^#([0-9a-f]{3,8})$/;
var reRgbInteger = new RegExp(`^rgb\\(${reI},${reI},${reI}\\)$`);
var reRgbPercent = new RegExp(`^rgb\\(${reP},${reP},${reP}\\)$`);
var reRgbaInteger = new RegExp(`^rgba\\(${reI},${reI},${reI},${reN}\\)$`);
var reRgbaPercent = new RegExp(`^rgba\\(${reP},${reP},${reP},${reN}\\)$`);
var reHslPercent = new RegExp(`^hsl\\(${reN},${reP},${reP}\\)$`);
var reHslaPercent = new RegExp(`^hsla\\(${reN},${reP},${reP},${reN}\\)$`);
var named = {
  aliceblue: 15792383,
  antiquewhite: 16444375,
  aqua: 65535,
  aquamarine: 8388564,
  azure: 15794175,
  beige: 16119260,
  bisque: 16770244,
  black: 0,
  blanchedalmond: 16772045,
  blue: 255,
  blueviolet: 9055202,
  brown: 10824234,
  burlywood: 14596231,
  cadetblue: 6266528,
  chartreuse: 8388352,
  chocolate: 13789470,
  coral: 16744272,
  cornflowerblue: 6591981,
  cornsilk: 16775388,
  crimson: 14423100,
  cyan: 65535,
  darkblue: 139,
  darkcyan: 35723,
  darkgoldenrod: 12092939,
  darkgray: 11119017,
  darkgreen: 25600,
  darkgrey: 11119017,
  darkkhaki: 12433259,
  darkmagenta: 9109643,
  darkolivegreen: 5597999,
  darkorange: 16747520,
  darkorchid: 10040012,
  darkred: 9109504,
  darksalmon: 15308410,
  darkseagreen: 9419919,
  darkslateblue: 4734347,
  darkslategray: 3100495,
  darkslategrey: 3100495,
  darkturquoise: 52945,
  darkviolet: 9699539,
  deeppink: 16716947,
  deepskyblue: 49151,
  dimgray: 6908265,
  dimgrey: 6908265,
  dodgerblue: 2003199,
  firebrick: 11674146,
  floralwhite: 16775920,
  forestgreen: 2263842,
  fuchsia: 16711935,
  gainsboro: 14474460,
  ghostwhite: 16316671,
  gold: 16766720,
  goldenrod: 14329120,
  gray: 8421504,
  green: 32768,
  greenyellow: 11403055,
  grey: 8421504,
  honeydew: 15794160,
  hotpink: 16738740,
  indianred: 13458524,
  indigo: 4915330,
  ivory: 16777200,
  khaki: 15787660,
  lavender: 15132410,
  lavenderblush: 16773365,
  lawngreen: 8190976,
  lemonchiffon: 16775885,
  lightblue: 11393254,
  lightcoral: 15761536,
  lightcyan: 14745599,
  lightgoldenrodyellow: 16448210,
  lightgray: 13882323,
  lightgreen: 9498256,
  lightgrey: 13882323,
  lightpink: 16758465,
  lightsalmon: 16752762,
  lightseagreen: 2142890,
  lightskyblue: 8900346,
  lightslategray: 7833753,
  lightslategrey: 7833753,
  lightsteelblue: 11584734,
  lightyellow: 16777184,
  lime: 65280,
  limegreen: 3329330,
  linen: 16445670,
  magenta: 16711935,
  maroon: 8388608,
  mediumaquamarine: 6737322,
  mediumblue: 205,
  mediumorchid: 12211667,
  mediumpurple: 9662683,
  mediumseagreen: 3978097,
  mediumslateblue: 8087790,
  mediumspringgreen: 64154,
  mediumturquoise: 4772300,
  mediumvioletred: 13047173,
  midnightblue: 1644912,
  mintcream: 16121850,
  mistyrose: 16770273,
  moccasin: 16770229,
  navajowhite: 16768685,
  navy: 128,
  oldlace: 16643558,
  olive: 8421376,
  olivedrab: 7048739,
  orange: 16753920,
  orangered: 16729344,
  orchid: 14315734,
  palegoldenrod: 15657130,
  palegreen: 10025880,
  paleturquoise: 11529966,
  palevioletred: 14381203,
  papayawhip: 16773077,
  peachpuff: 16767673,
  peru: 13468991,
  pink: 16761035,
  plum: 14524637,
  powderblue: 11591910,
  purple: 8388736,
  rebeccapurple: 6697881,
  red: 16711680,
  rosybrown: 12357519,
  royalblue: 4286945,
  saddlebrown: 9127187,
  salmon: 16416882,
  sandybrown: 16032864,
  seagreen: 3050327,
  seashell: 16774638,
  sienna: 10506797,
  silver: 12632256,
  skyblue: 8900331,
  slateblue: 6970061,
  slategray: 7372944,
  slategrey: 7372944,
  snow: 16775930,
  springgreen: 65407,
  steelblue: 4620980,
  tan: 13808780,
  teal: 32896,
  thistle: 14204888,
  tomato: 16737095,
  turquoise: 4251856,
  violet: 15631086,
  wheat: 16113331,
  white: 16777215,
  whitesmoke: 16119285,
  yellow: 16776960,
  yellowgreen: 10145074
};
define(Color, color, {
  copy(channels) {
    return Object.assign(new this.constructor(), this, channels);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: color_formatHex,
  // Deprecated! Use color.formatHex.
  formatHex: color_formatHex,
  formatHex8: color_formatHex8,
  formatHsl: color_formatHsl,
  formatRgb: color_formatRgb,
  toString: color_formatRgb
});
function color_formatHex() {
  return this.rgb().formatHex();
}
function color_formatHex8() {
  return this.rgb().formatHex8();
}
function color_formatHsl() {
  return hslConvert(this).formatHsl();
}
function color_formatRgb() {
  return this.rgb().formatRgb();
}
function color(format2) {
  var m, l;
  format2 = (format2 + "").trim().toLowerCase();
  return (m = reHex.exec(format2)) ? (l = m[1].length, m = parseInt(m[1], 16), l === 6 ? rgbn(m) : l === 3 ? new Rgb(m >> 8 & 15 | m >> 4 & 240, m >> 4 & 15 | m & 240, (m & 15) << 4 | m & 15, 1) : l === 8 ? rgba(m >> 24 & 255, m >> 16 & 255, m >> 8 & 255, (m & 255) / 255) : l === 4 ? rgba(m >> 12 & 15 | m >> 8 & 240, m >> 8 & 15 | m >> 4 & 240, m >> 4 & 15 | m & 240, ((m & 15) << 4 | m & 15) / 255) : null) : (m = reRgbInteger.exec(format2)) ? new Rgb(m[1], m[2], m[3], 1) : (m = reRgbPercent.exec(format2)) ? new Rgb(m[1] * 255 / 100, m[2] * 255 / 100, m[3] * 255 / 100, 1) : (m = reRgbaInteger.exec(format2)) ? rgba(m[1], m[2], m[3], m[4]) : (m = reRgbaPercent.exec(format2)) ? rgba(m[1] * 255 / 100, m[2] * 255 / 100, m[3] * 255 / 100, m[4]) : (m = reHslPercent.exec(format2)) ? hsla(m[1], m[2] / 100, m[3] / 100, 1) : (m = reHslaPercent.exec(format2)) ? hsla(m[1], m[2] / 100, m[3] / 100, m[4]) : named.hasOwnProperty(format2) ? rgbn(named[format2]) : format2 === "transparent" ? new Rgb(NaN, NaN, NaN, 0) : null;
}
function rgbn(n) {
  return new Rgb(n >> 16 & 255, n >> 8 & 255, n & 255, 1);
}
function rgba(r, g2, b, a2) {
  if (a2 <= 0) r = g2 = b = NaN;
  return new Rgb(r, g2, b, a2);
}
function rgbConvert(o) {
  if (!(o instanceof Color)) o = color(o);
  if (!o) return new Rgb();
  o = o.rgb();
  return new Rgb(o.r, o.g, o.b, o.opacity);
}
function rgb(r, g2, b, opacity) {
  return arguments.length === 1 ? rgbConvert(r) : new Rgb(r, g2, b, opacity == null ? 1 : opacity);
}
function Rgb(r, g2, b, opacity) {
  this.r = +r;
  this.g = +g2;
  this.b = +b;
  this.opacity = +opacity;
}
define(Rgb, rgb, extend(Color, {
  brighter(k2) {
    k2 = k2 == null ? brighter : Math.pow(brighter, k2);
    return new Rgb(this.r * k2, this.g * k2, this.b * k2, this.opacity);
  },
  darker(k2) {
    k2 = k2 == null ? darker : Math.pow(darker, k2);
    return new Rgb(this.r * k2, this.g * k2, this.b * k2, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Rgb(clampi(this.r), clampi(this.g), clampi(this.b), clampa(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && (-0.5 <= this.g && this.g < 255.5) && (-0.5 <= this.b && this.b < 255.5) && (0 <= this.opacity && this.opacity <= 1);
  },
  hex: rgb_formatHex,
  // Deprecated! Use color.formatHex.
  formatHex: rgb_formatHex,
  formatHex8: rgb_formatHex8,
  formatRgb: rgb_formatRgb,
  toString: rgb_formatRgb
}));
function rgb_formatHex() {
  return `#${hex(this.r)}${hex(this.g)}${hex(this.b)}`;
}
function rgb_formatHex8() {
  return `#${hex(this.r)}${hex(this.g)}${hex(this.b)}${hex((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function rgb_formatRgb() {
  const a2 = clampa(this.opacity);
  return `${a2 === 1 ? "rgb(" : "rgba("}${clampi(this.r)}, ${clampi(this.g)}, ${clampi(this.b)}${a2 === 1 ? ")" : `, ${a2})`}`;
}
function clampa(opacity) {
  return isNaN(opacity) ? 1 : Math.max(0, Math.min(1, opacity));
}
function clampi(value2) {
  return Math.max(0, Math.min(255, Math.round(value2) || 0));
}
function hex(value2) {
  value2 = clampi(value2);
  return (value2 < 16 ? "0" : "") + value2.toString(16);
}
function hsla(h, s2, l, a2) {
  if (a2 <= 0) h = s2 = l = NaN;
  else if (l <= 0 || l >= 1) h = s2 = NaN;
  else if (s2 <= 0) h = NaN;
  return new Hsl(h, s2, l, a2);
}
function hslConvert(o) {
  if (o instanceof Hsl) return new Hsl(o.h, o.s, o.l, o.opacity);
  if (!(o instanceof Color)) o = color(o);
  if (!o) return new Hsl();
  if (o instanceof Hsl) return o;
  o = o.rgb();
  var r = o.r / 255, g2 = o.g / 255, b = o.b / 255, min = Math.min(r, g2, b), max = Math.max(r, g2, b), h = NaN, s2 = max - min, l = (max + min) / 2;
  if (s2) {
    if (r === max) h = (g2 - b) / s2 + (g2 < b) * 6;
    else if (g2 === max) h = (b - r) / s2 + 2;
    else h = (r - g2) / s2 + 4;
    s2 /= l < 0.5 ? max + min : 2 - max - min;
    h *= 60;
  } else {
    s2 = l > 0 && l < 1 ? 0 : h;
  }
  return new Hsl(h, s2, l, o.opacity);
}
function hsl(h, s2, l, opacity) {
  return arguments.length === 1 ? hslConvert(h) : new Hsl(h, s2, l, opacity == null ? 1 : opacity);
}
function Hsl(h, s2, l, opacity) {
  this.h = +h;
  this.s = +s2;
  this.l = +l;
  this.opacity = +opacity;
}
define(Hsl, hsl, extend(Color, {
  brighter(k2) {
    k2 = k2 == null ? brighter : Math.pow(brighter, k2);
    return new Hsl(this.h, this.s, this.l * k2, this.opacity);
  },
  darker(k2) {
    k2 = k2 == null ? darker : Math.pow(darker, k2);
    return new Hsl(this.h, this.s, this.l * k2, this.opacity);
  },
  rgb() {
    var h = this.h % 360 + (this.h < 0) * 360, s2 = isNaN(h) || isNaN(this.s) ? 0 : this.s, l = this.l, m2 = l + (l < 0.5 ? l : 1 - l) * s2, m1 = 2 * l - m2;
    return new Rgb(
      hsl2rgb(h >= 240 ? h - 240 : h + 120, m1, m2),
      hsl2rgb(h, m1, m2),
      hsl2rgb(h < 120 ? h + 240 : h - 120, m1, m2),
      this.opacity
    );
  },
  clamp() {
    return new Hsl(clamph(this.h), clampt(this.s), clampt(this.l), clampa(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && (0 <= this.l && this.l <= 1) && (0 <= this.opacity && this.opacity <= 1);
  },
  formatHsl() {
    const a2 = clampa(this.opacity);
    return `${a2 === 1 ? "hsl(" : "hsla("}${clamph(this.h)}, ${clampt(this.s) * 100}%, ${clampt(this.l) * 100}%${a2 === 1 ? ")" : `, ${a2})`}`;
  }
}));
function clamph(value2) {
  value2 = (value2 || 0) % 360;
  return value2 < 0 ? value2 + 360 : value2;
}
function clampt(value2) {
  return Math.max(0, Math.min(1, value2 || 0));
}
function hsl2rgb(h, m1, m2) {
  return (h < 60 ? m1 + (m2 - m1) * h / 60 : h < 180 ? m2 : h < 240 ? m1 + (m2 - m1) * (240 - h) / 60 : m1) * 255;
}
var radians = Math.PI / 180;
var degrees = 180 / Math.PI;
var K = 18;
var Xn = 0.96422;
var Yn = 1;
var Zn = 0.82521;
var t0 = 4 / 29;
var t1 = 6 / 29;
var t2 = 3 * t1 * t1;
var t3 = t1 * t1 * t1;
function labConvert(o) {
  if (o instanceof Lab) return new Lab(o.l, o.a, o.b, o.opacity);
  if (o instanceof Hcl) return hcl2lab(o);
  if (!(o instanceof Rgb)) o = rgbConvert(o);
  var r = rgb2lrgb(o.r), g2 = rgb2lrgb(o.g), b = rgb2lrgb(o.b), y2 = xyz2lab((0.2225045 * r + 0.7168786 * g2 + 0.0606169 * b) / Yn), x2, z2;
  if (r === g2 && g2 === b) x2 = z2 = y2;
  else {
    x2 = xyz2lab((0.4360747 * r + 0.3850649 * g2 + 0.1430804 * b) / Xn);
    z2 = xyz2lab((0.0139322 * r + 0.0971045 * g2 + 0.7141733 * b) / Zn);
  }
  return new Lab(116 * y2 - 16, 500 * (x2 - y2), 200 * (y2 - z2), o.opacity);
}
function lab(l, a2, b, opacity) {
  return arguments.length === 1 ? labConvert(l) : new Lab(l, a2, b, opacity == null ? 1 : opacity);
}
function Lab(l, a2, b, opacity) {
  this.l = +l;
  this.a = +a2;
  this.b = +b;
  this.opacity = +opacity;
}
define(Lab, lab, extend(Color, {
  brighter(k2) {
    return new Lab(this.l + K * (k2 == null ? 1 : k2), this.a, this.b, this.opacity);
  },
  darker(k2) {
    return new Lab(this.l - K * (k2 == null ? 1 : k2), this.a, this.b, this.opacity);
  },
  rgb() {
    var y2 = (this.l + 16) / 116, x2 = isNaN(this.a) ? y2 : y2 + this.a / 500, z2 = isNaN(this.b) ? y2 : y2 - this.b / 200;
    x2 = Xn * lab2xyz(x2);
    y2 = Yn * lab2xyz(y2);
    z2 = Zn * lab2xyz(z2);
    return new Rgb(
      lrgb2rgb(3.1338561 * x2 - 1.6168667 * y2 - 0.4906146 * z2),
      lrgb2rgb(-0.9787684 * x2 + 1.9161415 * y2 + 0.033454 * z2),
      lrgb2rgb(0.0719453 * x2 - 0.2289914 * y2 + 1.4052427 * z2),
      this.opacity
    );
  }
}));
function xyz2lab(t) {
  return t > t3 ? Math.pow(t, 1 / 3) : t / t2 + t0;
}
function lab2xyz(t) {
  return t > t1 ? t * t * t : t2 * (t - t0);
}
function lrgb2rgb(x2) {
  return 255 * (x2 <= 31308e-7 ? 12.92 * x2 : 1.055 * Math.pow(x2, 1 / 2.4) - 0.055);
}
function rgb2lrgb(x2) {
  return (x2 /= 255) <= 0.04045 ? x2 / 12.92 : Math.pow((x2 + 0.055) / 1.055, 2.4);
}
function hclConvert(o) {
  if (o instanceof Hcl) return new Hcl(o.h, o.c, o.l, o.opacity);
  if (!(o instanceof Lab)) o = labConvert(o);
  if (o.a === 0 && o.b === 0) return new Hcl(NaN, 0 < o.l && o.l < 100 ? 0 : NaN, o.l, o.opacity);
  var h = Math.atan2(o.b, o.a) * degrees;
  return new Hcl(h < 0 ? h + 360 : h, Math.sqrt(o.a * o.a + o.b * o.b), o.l, o.opacity);
}
function hcl(h, c, l, opacity) {
  return arguments.length === 1 ? hclConvert(h) : new Hcl(h, c, l, opacity == null ? 1 : opacity);
}
function Hcl(h, c, l, opacity) {
  this.h = +h;
  this.c = +c;
  this.l = +l;
  this.opacity = +opacity;
}
function hcl2lab(o) {
  if (isNaN(o.h)) return new Lab(o.l, 0, 0, o.opacity);
  var h = o.h * radians;
  return new Lab(o.l, Math.cos(h) * o.c, Math.sin(h) * o.c, o.opacity);
}
define(Hcl, hcl, extend(Color, {
  brighter(k2) {
    return new Hcl(this.h, this.c, this.l + K * (k2 == null ? 1 : k2), this.opacity);
  },
  darker(k2) {
    return new Hcl(this.h, this.c, this.l - K * (k2 == null ? 1 : k2), this.opacity);
  },
  rgb() {
    return hcl2lab(this).rgb();
  }
}));
var A = -0.14861;
var B = 1.78277;
var C = -0.29227;
var D = -0.90649;
var E = 1.97294;
var ED = E * D;
var EB = E * B;
var BC_DA = B * C - D * A;
function cubehelixConvert(o) {
  if (o instanceof Cubehelix) return new Cubehelix(o.h, o.s, o.l, o.opacity);
  if (!(o instanceof Rgb)) o = rgbConvert(o);
  var r = o.r / 255, g2 = o.g / 255, b = o.b / 255, l = (BC_DA * b + ED * r - EB * g2) / (BC_DA + ED - EB), bl = b - l, k2 = (E * (g2 - l) - C * bl) / D, s2 = Math.sqrt(k2 * k2 + bl * bl) / (E * l * (1 - l)), h = s2 ? Math.atan2(k2, bl) * degrees - 120 : NaN;
  return new Cubehelix(h < 0 ? h + 360 : h, s2, l, o.opacity);
}
function cubehelix(h, s2, l, opacity) {
  return arguments.length === 1 ? cubehelixConvert(h) : new Cubehelix(h, s2, l, opacity == null ? 1 : opacity);
}
function Cubehelix(h, s2, l, opacity) {
  this.h = +h;
  this.s = +s2;
  this.l = +l;
  this.opacity = +opacity;
}
define(Cubehelix, cubehelix, extend(Color, {
  brighter(k2) {
    k2 = k2 == null ? brighter : Math.pow(brighter, k2);
    return new Cubehelix(this.h, this.s, this.l * k2, this.opacity);
  },
  darker(k2) {
    k2 = k2 == null ? darker : Math.pow(darker, k2);
    return new Cubehelix(this.h, this.s, this.l * k2, this.opacity);
  },
  rgb() {
    var h = isNaN(this.h) ? 0 : (this.h + 120) * radians, l = +this.l, a2 = isNaN(this.s) ? 0 : this.s * l * (1 - l), cosh2 = Math.cos(h), sinh2 = Math.sin(h);
    return new Rgb(
      255 * (l + a2 * (A * cosh2 + B * sinh2)),
      255 * (l + a2 * (C * cosh2 + D * sinh2)),
      255 * (l + a2 * (E * cosh2)),
      this.opacity
    );
  }
}));

// node_modules/d3-interpolate/dist/d3-interpolate.mjs
function basis(t12, v0, v1, v2, v3) {
  var t22 = t12 * t12, t32 = t22 * t12;
  return ((1 - 3 * t12 + 3 * t22 - t32) * v0 + (4 - 6 * t22 + 3 * t32) * v1 + (1 + 3 * t12 + 3 * t22 - 3 * t32) * v2 + t32 * v3) / 6;
}
function basis$1(values) {
  var n = values.length - 1;
  return function(t) {
    var i = t <= 0 ? t = 0 : t >= 1 ? (t = 1, n - 1) : Math.floor(t * n), v1 = values[i], v2 = values[i + 1], v0 = i > 0 ? values[i - 1] : 2 * v1 - v2, v3 = i < n - 1 ? values[i + 2] : 2 * v2 - v1;
    return basis((t - i / n) * n, v0, v1, v2, v3);
  };
}
function basisClosed(values) {
  var n = values.length;
  return function(t) {
    var i = Math.floor(((t %= 1) < 0 ? ++t : t) * n), v0 = values[(i + n - 1) % n], v1 = values[i % n], v2 = values[(i + 1) % n], v3 = values[(i + 2) % n];
    return basis((t - i / n) * n, v0, v1, v2, v3);
  };
}
var constant = (x2) => () => x2;
function linear(a2, d) {
  return function(t) {
    return a2 + t * d;
  };
}
function exponential(a2, b, y2) {
  return a2 = Math.pow(a2, y2), b = Math.pow(b, y2) - a2, y2 = 1 / y2, function(t) {
    return Math.pow(a2 + t * b, y2);
  };
}
function hue$1(a2, b) {
  var d = b - a2;
  return d ? linear(a2, d > 180 || d < -180 ? d - 360 * Math.round(d / 360) : d) : constant(isNaN(a2) ? b : a2);
}
function gamma(y2) {
  return (y2 = +y2) === 1 ? nogamma : function(a2, b) {
    return b - a2 ? exponential(a2, b, y2) : constant(isNaN(a2) ? b : a2);
  };
}
function nogamma(a2, b) {
  var d = b - a2;
  return d ? linear(a2, d) : constant(isNaN(a2) ? b : a2);
}
var rgb2 = (function rgbGamma(y2) {
  var color2 = gamma(y2);
  function rgb3(start, end) {
    var r = color2((start = rgb(start)).r, (end = rgb(end)).r), g2 = color2(start.g, end.g), b = color2(start.b, end.b), opacity = nogamma(start.opacity, end.opacity);
    return function(t) {
      start.r = r(t);
      start.g = g2(t);
      start.b = b(t);
      start.opacity = opacity(t);
      return start + "";
    };
  }
  rgb3.gamma = rgbGamma;
  return rgb3;
})(1);
function rgbSpline(spline) {
  return function(colors) {
    var n = colors.length, r = new Array(n), g2 = new Array(n), b = new Array(n), i, color2;
    for (i = 0; i < n; ++i) {
      color2 = rgb(colors[i]);
      r[i] = color2.r || 0;
      g2[i] = color2.g || 0;
      b[i] = color2.b || 0;
    }
    r = spline(r);
    g2 = spline(g2);
    b = spline(b);
    color2.opacity = 1;
    return function(t) {
      color2.r = r(t);
      color2.g = g2(t);
      color2.b = b(t);
      return color2 + "";
    };
  };
}
var rgbBasis = rgbSpline(basis$1);
var rgbBasisClosed = rgbSpline(basisClosed);
function numberArray(a2, b) {
  if (!b) b = [];
  var n = a2 ? Math.min(b.length, a2.length) : 0, c = b.slice(), i;
  return function(t) {
    for (i = 0; i < n; ++i) c[i] = a2[i] * (1 - t) + b[i] * t;
    return c;
  };
}
function isNumberArray(x2) {
  return ArrayBuffer.isView(x2) && !(x2 instanceof DataView);
}
function genericArray(a2, b) {
  var nb = b ? b.length : 0, na = a2 ? Math.min(nb, a2.length) : 0, x2 = new Array(na), c = new Array(nb), i;
  for (i = 0; i < na; ++i) x2[i] = value(a2[i], b[i]);
  for (; i < nb; ++i) c[i] = b[i];
  return function(t) {
    for (i = 0; i < na; ++i) c[i] = x2[i](t);
    return c;
  };
}
function date(a2, b) {
  var d = /* @__PURE__ */ new Date();
  return a2 = +a2, b = +b, function(t) {
    return d.setTime(a2 * (1 - t) + b * t), d;
  };
}
function number3(a2, b) {
  return a2 = +a2, b = +b, function(t) {
    return a2 * (1 - t) + b * t;
  };
}
function object(a2, b) {
  var i = {}, c = {}, k2;
  if (a2 === null || typeof a2 !== "object") a2 = {};
  if (b === null || typeof b !== "object") b = {};
  for (k2 in b) {
    if (k2 in a2) {
      i[k2] = value(a2[k2], b[k2]);
    } else {
      c[k2] = b[k2];
    }
  }
  return function(t) {
    for (k2 in i) c[k2] = i[k2](t);
    return c;
  };
}
var reA = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g;
var reB = new RegExp(reA.source, "g");
function zero2(b) {
  return function() {
    return b;
  };
}
function one(b) {
  return function(t) {
    return b(t) + "";
  };
}
function string(a2, b) {
  var bi = reA.lastIndex = reB.lastIndex = 0, am, bm, bs, i = -1, s2 = [], q = [];
  a2 = a2 + "", b = b + "";
  while ((am = reA.exec(a2)) && (bm = reB.exec(b))) {
    if ((bs = bm.index) > bi) {
      bs = b.slice(bi, bs);
      if (s2[i]) s2[i] += bs;
      else s2[++i] = bs;
    }
    if ((am = am[0]) === (bm = bm[0])) {
      if (s2[i]) s2[i] += bm;
      else s2[++i] = bm;
    } else {
      s2[++i] = null;
      q.push({ i, x: number3(am, bm) });
    }
    bi = reB.lastIndex;
  }
  if (bi < b.length) {
    bs = b.slice(bi);
    if (s2[i]) s2[i] += bs;
    else s2[++i] = bs;
  }
  return s2.length < 2 ? q[0] ? one(q[0].x) : zero2(b) : (b = q.length, function(t) {
    for (var i2 = 0, o; i2 < b; ++i2) s2[(o = q[i2]).i] = o.x(t);
    return s2.join("");
  });
}
function value(a2, b) {
  var t = typeof b, c;
  return b == null || t === "boolean" ? constant(b) : (t === "number" ? number3 : t === "string" ? (c = color(b)) ? (b = c, rgb2) : string : b instanceof color ? rgb2 : b instanceof Date ? date : isNumberArray(b) ? numberArray : Array.isArray(b) ? genericArray : typeof b.valueOf !== "function" && typeof b.toString !== "function" || isNaN(b) ? object : number3)(a2, b);
}
function round(a2, b) {
  return a2 = +a2, b = +b, function(t) {
    return Math.round(a2 * (1 - t) + b * t);
  };
}
var degrees2 = 180 / Math.PI;
var identity = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function decompose(a2, b, c, d, e, f) {
  var scaleX, scaleY, skewX;
  if (scaleX = Math.sqrt(a2 * a2 + b * b)) a2 /= scaleX, b /= scaleX;
  if (skewX = a2 * c + b * d) c -= a2 * skewX, d -= b * skewX;
  if (scaleY = Math.sqrt(c * c + d * d)) c /= scaleY, d /= scaleY, skewX /= scaleY;
  if (a2 * d < b * c) a2 = -a2, b = -b, skewX = -skewX, scaleX = -scaleX;
  return {
    translateX: e,
    translateY: f,
    rotate: Math.atan2(b, a2) * degrees2,
    skewX: Math.atan(skewX) * degrees2,
    scaleX,
    scaleY
  };
}
var svgNode;
function parseCss(value2) {
  const m = new (typeof DOMMatrix === "function" ? DOMMatrix : WebKitCSSMatrix)(value2 + "");
  return m.isIdentity ? identity : decompose(m.a, m.b, m.c, m.d, m.e, m.f);
}
function parseSvg(value2) {
  if (value2 == null) return identity;
  if (!svgNode) svgNode = document.createElementNS("http://www.w3.org/2000/svg", "g");
  svgNode.setAttribute("transform", value2);
  if (!(value2 = svgNode.transform.baseVal.consolidate())) return identity;
  value2 = value2.matrix;
  return decompose(value2.a, value2.b, value2.c, value2.d, value2.e, value2.f);
}
function interpolateTransform(parse2, pxComma, pxParen, degParen) {
  function pop(s2) {
    return s2.length ? s2.pop() + " " : "";
  }
  function translate(xa, ya, xb, yb, s2, q) {
    if (xa !== xb || ya !== yb) {
      var i = s2.push("translate(", null, pxComma, null, pxParen);
      q.push({ i: i - 4, x: number3(xa, xb) }, { i: i - 2, x: number3(ya, yb) });
    } else if (xb || yb) {
      s2.push("translate(" + xb + pxComma + yb + pxParen);
    }
  }
  function rotate(a2, b, s2, q) {
    if (a2 !== b) {
      if (a2 - b > 180) b += 360;
      else if (b - a2 > 180) a2 += 360;
      q.push({ i: s2.push(pop(s2) + "rotate(", null, degParen) - 2, x: number3(a2, b) });
    } else if (b) {
      s2.push(pop(s2) + "rotate(" + b + degParen);
    }
  }
  function skewX(a2, b, s2, q) {
    if (a2 !== b) {
      q.push({ i: s2.push(pop(s2) + "skewX(", null, degParen) - 2, x: number3(a2, b) });
    } else if (b) {
      s2.push(pop(s2) + "skewX(" + b + degParen);
    }
  }
  function scale(xa, ya, xb, yb, s2, q) {
    if (xa !== xb || ya !== yb) {
      var i = s2.push(pop(s2) + "scale(", null, ",", null, ")");
      q.push({ i: i - 4, x: number3(xa, xb) }, { i: i - 2, x: number3(ya, yb) });
    } else if (xb !== 1 || yb !== 1) {
      s2.push(pop(s2) + "scale(" + xb + "," + yb + ")");
    }
  }
  return function(a2, b) {
    var s2 = [], q = [];
    a2 = parse2(a2), b = parse2(b);
    translate(a2.translateX, a2.translateY, b.translateX, b.translateY, s2, q);
    rotate(a2.rotate, b.rotate, s2, q);
    skewX(a2.skewX, b.skewX, s2, q);
    scale(a2.scaleX, a2.scaleY, b.scaleX, b.scaleY, s2, q);
    a2 = b = null;
    return function(t) {
      var i = -1, n = q.length, o;
      while (++i < n) s2[(o = q[i]).i] = o.x(t);
      return s2.join("");
    };
  };
}
var interpolateTransformCss = interpolateTransform(parseCss, "px, ", "px)", "deg)");
var interpolateTransformSvg = interpolateTransform(parseSvg, ", ", ")", ")");
var epsilon2 = 1e-12;
function cosh(x2) {
  return ((x2 = Math.exp(x2)) + 1 / x2) / 2;
}
function sinh(x2) {
  return ((x2 = Math.exp(x2)) - 1 / x2) / 2;
}
function tanh(x2) {
  return ((x2 = Math.exp(2 * x2)) - 1) / (x2 + 1);
}
var zoom = (function zoomRho(rho, rho2, rho4) {
  function zoom2(p0, p1) {
    var ux0 = p0[0], uy0 = p0[1], w0 = p0[2], ux1 = p1[0], uy1 = p1[1], w1 = p1[2], dx = ux1 - ux0, dy = uy1 - uy0, d2 = dx * dx + dy * dy, i, S;
    if (d2 < epsilon2) {
      S = Math.log(w1 / w0) / rho;
      i = function(t) {
        return [
          ux0 + t * dx,
          uy0 + t * dy,
          w0 * Math.exp(rho * t * S)
        ];
      };
    } else {
      var d1 = Math.sqrt(d2), b0 = (w1 * w1 - w0 * w0 + rho4 * d2) / (2 * w0 * rho2 * d1), b1 = (w1 * w1 - w0 * w0 - rho4 * d2) / (2 * w1 * rho2 * d1), r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0), r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
      S = (r1 - r0) / rho;
      i = function(t) {
        var s2 = t * S, coshr0 = cosh(r0), u = w0 / (rho2 * d1) * (coshr0 * tanh(rho * s2 + r0) - sinh(r0));
        return [
          ux0 + u * dx,
          uy0 + u * dy,
          w0 * coshr0 / cosh(rho * s2 + r0)
        ];
      };
    }
    i.duration = Math.abs(S) * 1e3 * rho / Math.SQRT2;
    return i;
  }
  zoom2.rho = function(_) {
    var _1 = Math.max(1e-3, +_), _2 = _1 * _1, _4 = _2 * _2;
    return zoomRho(_1, _2, _4);
  };
  return zoom2;
})(Math.SQRT2, 2, 4);
function hsl2(hue) {
  return function(start, end) {
    var h = hue((start = hsl(start)).h, (end = hsl(end)).h), s2 = nogamma(start.s, end.s), l = nogamma(start.l, end.l), opacity = nogamma(start.opacity, end.opacity);
    return function(t) {
      start.h = h(t);
      start.s = s2(t);
      start.l = l(t);
      start.opacity = opacity(t);
      return start + "";
    };
  };
}
var hsl_default = hsl2(hue$1);
var hslLong = hsl2(nogamma);
function hcl2(hue) {
  return function(start, end) {
    var h = hue((start = hcl(start)).h, (end = hcl(end)).h), c = nogamma(start.c, end.c), l = nogamma(start.l, end.l), opacity = nogamma(start.opacity, end.opacity);
    return function(t) {
      start.h = h(t);
      start.c = c(t);
      start.l = l(t);
      start.opacity = opacity(t);
      return start + "";
    };
  };
}
var hcl_default = hcl2(hue$1);
var hclLong = hcl2(nogamma);
function cubehelix2(hue) {
  return (function cubehelixGamma(y2) {
    y2 = +y2;
    function cubehelix3(start, end) {
      var h = hue((start = cubehelix(start)).h, (end = cubehelix(end)).h), s2 = nogamma(start.s, end.s), l = nogamma(start.l, end.l), opacity = nogamma(start.opacity, end.opacity);
      return function(t) {
        start.h = h(t);
        start.s = s2(t);
        start.l = l(Math.pow(t, y2));
        start.opacity = opacity(t);
        return start + "";
      };
    }
    cubehelix3.gamma = cubehelixGamma;
    return cubehelix3;
  })(1);
}
var cubehelix_default = cubehelix2(hue$1);
var cubehelixLong = cubehelix2(nogamma);

// node_modules/d3-format/dist/d3-format.mjs
function formatDecimal(x2) {
  return Math.abs(x2 = Math.round(x2)) >= 1e21 ? x2.toLocaleString("en").replace(/,/g, "") : x2.toString(10);
}
function formatDecimalParts(x2, p) {
  if (!isFinite(x2) || x2 === 0) return null;
  var i = (x2 = p ? x2.toExponential(p - 1) : x2.toExponential()).indexOf("e"), coefficient = x2.slice(0, i);
  return [
    coefficient.length > 1 ? coefficient[0] + coefficient.slice(2) : coefficient,
    +x2.slice(i + 1)
  ];
}
function exponent(x2) {
  return x2 = formatDecimalParts(Math.abs(x2)), x2 ? x2[1] : NaN;
}
function formatGroup(grouping, thousands) {
  return function(value2, width) {
    var i = value2.length, t = [], j = 0, g2 = grouping[0], length = 0;
    while (i > 0 && g2 > 0) {
      if (length + g2 + 1 > width) g2 = Math.max(1, width - length);
      t.push(value2.substring(i -= g2, i + g2));
      if ((length += g2 + 1) > width) break;
      g2 = grouping[j = (j + 1) % grouping.length];
    }
    return t.reverse().join(thousands);
  };
}
function formatNumerals(numerals) {
  return function(value2) {
    return value2.replace(/[0-9]/g, function(i) {
      return numerals[+i];
    });
  };
}
var re = /^(?:(.)?([<>=^]))?([+\-( ])?([$#])?(0)?(\d+)?(,)?(\.\d+)?(~)?([a-z%])?$/i;
function formatSpecifier(specifier) {
  if (!(match = re.exec(specifier))) throw new Error("invalid format: " + specifier);
  var match;
  return new FormatSpecifier({
    fill: match[1],
    align: match[2],
    sign: match[3],
    symbol: match[4],
    zero: match[5],
    width: match[6],
    comma: match[7],
    precision: match[8] && match[8].slice(1),
    trim: match[9],
    type: match[10]
  });
}
formatSpecifier.prototype = FormatSpecifier.prototype;
function FormatSpecifier(specifier) {
  this.fill = specifier.fill === void 0 ? " " : specifier.fill + "";
  this.align = specifier.align === void 0 ? ">" : specifier.align + "";
  this.sign = specifier.sign === void 0 ? "-" : specifier.sign + "";
  this.symbol = specifier.symbol === void 0 ? "" : specifier.symbol + "";
  this.zero = !!specifier.zero;
  this.width = specifier.width === void 0 ? void 0 : +specifier.width;
  this.comma = !!specifier.comma;
  this.precision = specifier.precision === void 0 ? void 0 : +specifier.precision;
  this.trim = !!specifier.trim;
  this.type = specifier.type === void 0 ? "" : specifier.type + "";
}
FormatSpecifier.prototype.toString = function() {
  return this.fill + this.align + this.sign + this.symbol + (this.zero ? "0" : "") + (this.width === void 0 ? "" : Math.max(1, this.width | 0)) + (this.comma ? "," : "") + (this.precision === void 0 ? "" : "." + Math.max(0, this.precision | 0)) + (this.trim ? "~" : "") + this.type;
};
function formatTrim(s2) {
  out: for (var n = s2.length, i = 1, i0 = -1, i1; i < n; ++i) {
    switch (s2[i]) {
      case ".":
        i0 = i1 = i;
        break;
      case "0":
        if (i0 === 0) i0 = i;
        i1 = i;
        break;
      default:
        if (!+s2[i]) break out;
        if (i0 > 0) i0 = 0;
        break;
    }
  }
  return i0 > 0 ? s2.slice(0, i0) + s2.slice(i1 + 1) : s2;
}
var prefixExponent;
function formatPrefixAuto(x2, p) {
  var d = formatDecimalParts(x2, p);
  if (!d) return prefixExponent = void 0, x2.toPrecision(p);
  var coefficient = d[0], exponent2 = d[1], i = exponent2 - (prefixExponent = Math.max(-8, Math.min(8, Math.floor(exponent2 / 3))) * 3) + 1, n = coefficient.length;
  return i === n ? coefficient : i > n ? coefficient + new Array(i - n + 1).join("0") : i > 0 ? coefficient.slice(0, i) + "." + coefficient.slice(i) : "0." + new Array(1 - i).join("0") + formatDecimalParts(x2, Math.max(0, p + i - 1))[0];
}
function formatRounded(x2, p) {
  var d = formatDecimalParts(x2, p);
  if (!d) return x2 + "";
  var coefficient = d[0], exponent2 = d[1];
  return exponent2 < 0 ? "0." + new Array(-exponent2).join("0") + coefficient : coefficient.length > exponent2 + 1 ? coefficient.slice(0, exponent2 + 1) + "." + coefficient.slice(exponent2 + 1) : coefficient + new Array(exponent2 - coefficient.length + 2).join("0");
}
var formatTypes = {
  "%": (x2, p) => (x2 * 100).toFixed(p),
  "b": (x2) => Math.round(x2).toString(2),
  "c": (x2) => x2 + "",
  "d": formatDecimal,
  "e": (x2, p) => x2.toExponential(p),
  "f": (x2, p) => x2.toFixed(p),
  "g": (x2, p) => x2.toPrecision(p),
  "o": (x2) => Math.round(x2).toString(8),
  "p": (x2, p) => formatRounded(x2 * 100, p),
  "r": formatRounded,
  "s": formatPrefixAuto,
  "X": (x2) => Math.round(x2).toString(16).toUpperCase(),
  "x": (x2) => Math.round(x2).toString(16)
};
function identity2(x2) {
  return x2;
}
var map = Array.prototype.map;
var prefixes = ["y", "z", "a", "f", "p", "n", "\xB5", "m", "", "k", "M", "G", "T", "P", "E", "Z", "Y"];
function formatLocale(locale2) {
  var group = locale2.grouping === void 0 || locale2.thousands === void 0 ? identity2 : formatGroup(map.call(locale2.grouping, Number), locale2.thousands + ""), currencyPrefix = locale2.currency === void 0 ? "" : locale2.currency[0] + "", currencySuffix = locale2.currency === void 0 ? "" : locale2.currency[1] + "", decimal = locale2.decimal === void 0 ? "." : locale2.decimal + "", numerals = locale2.numerals === void 0 ? identity2 : formatNumerals(map.call(locale2.numerals, String)), percent = locale2.percent === void 0 ? "%" : locale2.percent + "", minus = locale2.minus === void 0 ? "\u2212" : locale2.minus + "", nan = locale2.nan === void 0 ? "NaN" : locale2.nan + "";
  function newFormat(specifier, options) {
    specifier = formatSpecifier(specifier);
    var fill = specifier.fill, align = specifier.align, sign2 = specifier.sign, symbol = specifier.symbol, zero3 = specifier.zero, width = specifier.width, comma = specifier.comma, precision = specifier.precision, trim = specifier.trim, type = specifier.type;
    if (type === "n") comma = true, type = "g";
    else if (!formatTypes[type]) precision === void 0 && (precision = 12), trim = true, type = "g";
    if (zero3 || fill === "0" && align === "=") zero3 = true, fill = "0", align = "=";
    var prefix = (options && options.prefix !== void 0 ? options.prefix : "") + (symbol === "$" ? currencyPrefix : symbol === "#" && /[boxX]/.test(type) ? "0" + type.toLowerCase() : ""), suffix = (symbol === "$" ? currencySuffix : /[%p]/.test(type) ? percent : "") + (options && options.suffix !== void 0 ? options.suffix : "");
    var formatType = formatTypes[type], maybeSuffix = /[defgprs%]/.test(type);
    precision = precision === void 0 ? 6 : /[gprs]/.test(type) ? Math.max(1, Math.min(21, precision)) : Math.max(0, Math.min(20, precision));
    function format2(value2) {
      var valuePrefix = prefix, valueSuffix = suffix, i, n, c;
      if (type === "c") {
        valueSuffix = formatType(value2) + valueSuffix;
        value2 = "";
      } else {
        value2 = +value2;
        var valueNegative = value2 < 0 || 1 / value2 < 0;
        value2 = isNaN(value2) ? nan : formatType(Math.abs(value2), precision);
        if (trim) value2 = formatTrim(value2);
        if (valueNegative && +value2 === 0 && sign2 !== "+") valueNegative = false;
        valuePrefix = (valueNegative ? sign2 === "(" ? sign2 : minus : sign2 === "-" || sign2 === "(" ? "" : sign2) + valuePrefix;
        valueSuffix = (type === "s" && !isNaN(value2) && prefixExponent !== void 0 ? prefixes[8 + prefixExponent / 3] : "") + valueSuffix + (valueNegative && sign2 === "(" ? ")" : "");
        if (maybeSuffix) {
          i = -1, n = value2.length;
          while (++i < n) {
            if (c = value2.charCodeAt(i), 48 > c || c > 57) {
              valueSuffix = (c === 46 ? decimal + value2.slice(i + 1) : value2.slice(i)) + valueSuffix;
              value2 = value2.slice(0, i);
              break;
            }
          }
        }
      }
      if (comma && !zero3) value2 = group(value2, Infinity);
      var length = valuePrefix.length + value2.length + valueSuffix.length, padding = length < width ? new Array(width - length + 1).join(fill) : "";
      if (comma && zero3) value2 = group(padding + value2, padding.length ? width - valueSuffix.length : Infinity), padding = "";
      switch (align) {
        case "<":
          value2 = valuePrefix + value2 + valueSuffix + padding;
          break;
        case "=":
          value2 = valuePrefix + padding + value2 + valueSuffix;
          break;
        case "^":
          value2 = padding.slice(0, length = padding.length >> 1) + valuePrefix + value2 + valueSuffix + padding.slice(length);
          break;
        default:
          value2 = padding + valuePrefix + value2 + valueSuffix;
          break;
      }
      return numerals(value2);
    }
    format2.toString = function() {
      return specifier + "";
    };
    return format2;
  }
  function formatPrefix2(specifier, value2) {
    var e = Math.max(-8, Math.min(8, Math.floor(exponent(value2) / 3))) * 3, k2 = Math.pow(10, -e), f = newFormat((specifier = formatSpecifier(specifier), specifier.type = "f", specifier), { suffix: prefixes[8 + e / 3] });
    return function(value3) {
      return f(k2 * value3);
    };
  }
  return {
    format: newFormat,
    formatPrefix: formatPrefix2
  };
}
var locale;
var format;
var formatPrefix;
defaultLocale({
  thousands: ",",
  grouping: [3],
  currency: ["$", ""]
});
function defaultLocale(definition) {
  locale = formatLocale(definition);
  format = locale.format;
  formatPrefix = locale.formatPrefix;
  return locale;
}
function precisionFixed(step) {
  return Math.max(0, -exponent(Math.abs(step)));
}
function precisionPrefix(step, value2) {
  return Math.max(0, Math.max(-8, Math.min(8, Math.floor(exponent(value2) / 3))) * 3 - exponent(Math.abs(step)));
}
function precisionRound(step, max) {
  step = Math.abs(step), max = Math.abs(max) - step;
  return Math.max(0, exponent(max) - exponent(step)) + 1;
}

// node_modules/d3-scale/dist/d3-scale.mjs
function initRange(domain, range2) {
  switch (arguments.length) {
    case 0:
      break;
    case 1:
      this.range(domain);
      break;
    default:
      this.range(range2).domain(domain);
      break;
  }
  return this;
}
var implicit = /* @__PURE__ */ Symbol("implicit");
function ordinal() {
  var index = new InternMap(), domain = [], range2 = [], unknown = implicit;
  function scale(d) {
    let i = index.get(d);
    if (i === void 0) {
      if (unknown !== implicit) return unknown;
      index.set(d, i = domain.push(d) - 1);
    }
    return range2[i % range2.length];
  }
  scale.domain = function(_) {
    if (!arguments.length) return domain.slice();
    domain = [], index = new InternMap();
    for (const value2 of _) {
      if (index.has(value2)) continue;
      index.set(value2, domain.push(value2) - 1);
    }
    return scale;
  };
  scale.range = function(_) {
    return arguments.length ? (range2 = Array.from(_), scale) : range2.slice();
  };
  scale.unknown = function(_) {
    return arguments.length ? (unknown = _, scale) : unknown;
  };
  scale.copy = function() {
    return ordinal(domain, range2).unknown(unknown);
  };
  initRange.apply(scale, arguments);
  return scale;
}
function band() {
  var scale = ordinal().unknown(void 0), domain = scale.domain, ordinalRange = scale.range, r0 = 0, r1 = 1, step, bandwidth, round2 = false, paddingInner = 0, paddingOuter = 0, align = 0.5;
  delete scale.unknown;
  function rescale() {
    var n = domain().length, reverse = r1 < r0, start = reverse ? r1 : r0, stop = reverse ? r0 : r1;
    step = (stop - start) / Math.max(1, n - paddingInner + paddingOuter * 2);
    if (round2) step = Math.floor(step);
    start += (stop - start - step * (n - paddingInner)) * align;
    bandwidth = step * (1 - paddingInner);
    if (round2) start = Math.round(start), bandwidth = Math.round(bandwidth);
    var values = range(n).map(function(i) {
      return start + step * i;
    });
    return ordinalRange(reverse ? values.reverse() : values);
  }
  scale.domain = function(_) {
    return arguments.length ? (domain(_), rescale()) : domain();
  };
  scale.range = function(_) {
    return arguments.length ? ([r0, r1] = _, r0 = +r0, r1 = +r1, rescale()) : [r0, r1];
  };
  scale.rangeRound = function(_) {
    return [r0, r1] = _, r0 = +r0, r1 = +r1, round2 = true, rescale();
  };
  scale.bandwidth = function() {
    return bandwidth;
  };
  scale.step = function() {
    return step;
  };
  scale.round = function(_) {
    return arguments.length ? (round2 = !!_, rescale()) : round2;
  };
  scale.padding = function(_) {
    return arguments.length ? (paddingInner = Math.min(1, paddingOuter = +_), rescale()) : paddingInner;
  };
  scale.paddingInner = function(_) {
    return arguments.length ? (paddingInner = Math.min(1, _), rescale()) : paddingInner;
  };
  scale.paddingOuter = function(_) {
    return arguments.length ? (paddingOuter = +_, rescale()) : paddingOuter;
  };
  scale.align = function(_) {
    return arguments.length ? (align = Math.max(0, Math.min(1, _)), rescale()) : align;
  };
  scale.copy = function() {
    return band(domain(), [r0, r1]).round(round2).paddingInner(paddingInner).paddingOuter(paddingOuter).align(align);
  };
  return initRange.apply(rescale(), arguments);
}
function pointish(scale) {
  var copy = scale.copy;
  scale.padding = scale.paddingOuter;
  delete scale.paddingInner;
  delete scale.paddingOuter;
  scale.copy = function() {
    return pointish(copy());
  };
  return scale;
}
function point() {
  return pointish(band.apply(null, arguments).paddingInner(1));
}
function constants(x2) {
  return function() {
    return x2;
  };
}
function number$1(x2) {
  return +x2;
}
var unit = [0, 1];
function identity$1(x2) {
  return x2;
}
function normalize(a2, b) {
  return (b -= a2 = +a2) ? function(x2) {
    return (x2 - a2) / b;
  } : constants(isNaN(b) ? NaN : 0.5);
}
function clamper(a2, b) {
  var t;
  if (a2 > b) t = a2, a2 = b, b = t;
  return function(x2) {
    return Math.max(a2, Math.min(b, x2));
  };
}
function bimap(domain, range2, interpolate) {
  var d0 = domain[0], d1 = domain[1], r0 = range2[0], r1 = range2[1];
  if (d1 < d0) d0 = normalize(d1, d0), r0 = interpolate(r1, r0);
  else d0 = normalize(d0, d1), r0 = interpolate(r0, r1);
  return function(x2) {
    return r0(d0(x2));
  };
}
function polymap(domain, range2, interpolate) {
  var j = Math.min(domain.length, range2.length) - 1, d = new Array(j), r = new Array(j), i = -1;
  if (domain[j] < domain[0]) {
    domain = domain.slice().reverse();
    range2 = range2.slice().reverse();
  }
  while (++i < j) {
    d[i] = normalize(domain[i], domain[i + 1]);
    r[i] = interpolate(range2[i], range2[i + 1]);
  }
  return function(x2) {
    var i2 = bisectRight(domain, x2, 1, j) - 1;
    return r[i2](d[i2](x2));
  };
}
function copy$1(source, target) {
  return target.domain(source.domain()).range(source.range()).interpolate(source.interpolate()).clamp(source.clamp()).unknown(source.unknown());
}
function transformer$2() {
  var domain = unit, range2 = unit, interpolate$1 = value, transform, untransform, unknown, clamp = identity$1, piecewise2, output, input;
  function rescale() {
    var n = Math.min(domain.length, range2.length);
    if (clamp !== identity$1) clamp = clamper(domain[0], domain[n - 1]);
    piecewise2 = n > 2 ? polymap : bimap;
    output = input = null;
    return scale;
  }
  function scale(x2) {
    return x2 == null || isNaN(x2 = +x2) ? unknown : (output || (output = piecewise2(domain.map(transform), range2, interpolate$1)))(transform(clamp(x2)));
  }
  scale.invert = function(y2) {
    return clamp(untransform((input || (input = piecewise2(range2, domain.map(transform), number3)))(y2)));
  };
  scale.domain = function(_) {
    return arguments.length ? (domain = Array.from(_, number$1), rescale()) : domain.slice();
  };
  scale.range = function(_) {
    return arguments.length ? (range2 = Array.from(_), rescale()) : range2.slice();
  };
  scale.rangeRound = function(_) {
    return range2 = Array.from(_), interpolate$1 = round, rescale();
  };
  scale.clamp = function(_) {
    return arguments.length ? (clamp = _ ? true : identity$1, rescale()) : clamp !== identity$1;
  };
  scale.interpolate = function(_) {
    return arguments.length ? (interpolate$1 = _, rescale()) : interpolate$1;
  };
  scale.unknown = function(_) {
    return arguments.length ? (unknown = _, scale) : unknown;
  };
  return function(t, u) {
    transform = t, untransform = u;
    return rescale();
  };
}
function continuous() {
  return transformer$2()(identity$1, identity$1);
}
function tickFormat(start, stop, count, specifier) {
  var step = tickStep(start, stop, count), precision;
  specifier = formatSpecifier(specifier == null ? ",f" : specifier);
  switch (specifier.type) {
    case "s": {
      var value2 = Math.max(Math.abs(start), Math.abs(stop));
      if (specifier.precision == null && !isNaN(precision = precisionPrefix(step, value2))) specifier.precision = precision;
      return formatPrefix(specifier, value2);
    }
    case "":
    case "e":
    case "g":
    case "p":
    case "r": {
      if (specifier.precision == null && !isNaN(precision = precisionRound(step, Math.max(Math.abs(start), Math.abs(stop))))) specifier.precision = precision - (specifier.type === "e");
      break;
    }
    case "f":
    case "%": {
      if (specifier.precision == null && !isNaN(precision = precisionFixed(step))) specifier.precision = precision - (specifier.type === "%") * 2;
      break;
    }
  }
  return format(specifier);
}
function linearish(scale) {
  var domain = scale.domain;
  scale.ticks = function(count) {
    var d = domain();
    return ticks(d[0], d[d.length - 1], count == null ? 10 : count);
  };
  scale.tickFormat = function(count, specifier) {
    var d = domain();
    return tickFormat(d[0], d[d.length - 1], count == null ? 10 : count, specifier);
  };
  scale.nice = function(count) {
    if (count == null) count = 10;
    var d = domain();
    var i0 = 0;
    var i1 = d.length - 1;
    var start = d[i0];
    var stop = d[i1];
    var prestep;
    var step;
    var maxIter = 10;
    if (stop < start) {
      step = start, start = stop, stop = step;
      step = i0, i0 = i1, i1 = step;
    }
    while (maxIter-- > 0) {
      step = tickIncrement(start, stop, count);
      if (step === prestep) {
        d[i0] = start;
        d[i1] = stop;
        return domain(d);
      } else if (step > 0) {
        start = Math.floor(start / step) * step;
        stop = Math.ceil(stop / step) * step;
      } else if (step < 0) {
        start = Math.ceil(start * step) / step;
        stop = Math.floor(stop * step) / step;
      } else {
        break;
      }
      prestep = step;
    }
    return scale;
  };
  return scale;
}
function linear2() {
  var scale = continuous();
  scale.copy = function() {
    return copy$1(scale, linear2());
  };
  initRange.apply(scale, arguments);
  return linearish(scale);
}

// node_modules/d3-path/dist/d3-path.mjs
var pi = Math.PI;
var tau = 2 * pi;
var epsilon3 = 1e-6;
var tauEpsilon = tau - epsilon3;
function append(strings) {
  this._ += strings[0];
  for (let i = 1, n = strings.length; i < n; ++i) {
    this._ += arguments[i] + strings[i];
  }
}
function appendRound(digits) {
  let d = Math.floor(digits);
  if (!(d >= 0)) throw new Error(`invalid digits: ${digits}`);
  if (d > 15) return append;
  const k2 = 10 ** d;
  return function(strings) {
    this._ += strings[0];
    for (let i = 1, n = strings.length; i < n; ++i) {
      this._ += Math.round(arguments[i] * k2) / k2 + strings[i];
    }
  };
}
function equal(x0, y0, x1, y1) {
  return x0 === x1 && y0 === y1;
}
function equalRound(digits) {
  const d = Math.floor(digits);
  if (!(d <= 15)) return equal;
  const k2 = 10 ** d;
  const r = function(value2) {
    return Math.round(value2 * k2);
  };
  return function(x0, y0, x1, y1) {
    return r(x0) === r(x1) && r(y0) === r(y1);
  };
}
var Path = class {
  constructor(digits) {
    this._x0 = this._y0 = // start of current subpath
    this._x1 = this._y1 = null;
    this._ = "";
    this._append = digits == null ? append : appendRound(digits);
    this._equal = digits == null ? equal : equalRound(digits);
  }
  moveTo(x2, y2) {
    this._append`M${this._x0 = this._x1 = +x2},${this._y0 = this._y1 = +y2}`;
  }
  closePath() {
    if (this._x1 !== null) {
      this._x1 = this._x0, this._y1 = this._y0;
      this._append`Z`;
    }
  }
  lineTo(x2, y2) {
    this._append`L${this._x1 = +x2},${this._y1 = +y2}`;
  }
  quadraticCurveTo(x1, y1, x2, y2) {
    this._append`Q${+x1},${+y1},${this._x1 = +x2},${this._y1 = +y2}`;
  }
  bezierCurveTo(x1, y1, x2, y2, x3, y3) {
    this._append`C${+x1},${+y1},${+x2},${+y2},${this._x1 = +x3},${this._y1 = +y3}`;
  }
  arcTo(x1, y1, x2, y2, r) {
    x1 = +x1, y1 = +y1, x2 = +x2, y2 = +y2, r = +r;
    if (r < 0) throw new Error(`negative radius: ${r}`);
    let x0 = this._x1, y0 = this._y1, x21 = x2 - x1, y21 = y2 - y1, x01 = x0 - x1, y01 = y0 - y1, l01_2 = x01 * x01 + y01 * y01;
    if (this._x1 === null) {
      this._append`M${this._x1 = x1},${this._y1 = y1}`;
    } else if (!(l01_2 > epsilon3)) ;
    else if (!(Math.abs(y01 * x21 - y21 * x01) > epsilon3) || !r) {
      this._append`L${this._x1 = x1},${this._y1 = y1}`;
    } else {
      let x20 = x2 - x0, y20 = y2 - y0, l21_2 = x21 * x21 + y21 * y21, l20_2 = x20 * x20 + y20 * y20, l21 = Math.sqrt(l21_2), l01 = Math.sqrt(l01_2), l = r * Math.tan((pi - Math.acos((l21_2 + l01_2 - l20_2) / (2 * l21 * l01))) / 2), t01 = l / l01, t21 = l / l21;
      if (Math.abs(t01 - 1) > epsilon3) {
        this._append`L${x1 + t01 * x01},${y1 + t01 * y01}`;
      }
      this._append`A${r},${r},0,0,${+(y01 * x20 > x01 * y20)},${this._x1 = x1 + t21 * x21},${this._y1 = y1 + t21 * y21}`;
    }
  }
  arc(x2, y2, r, a0, a1, ccw) {
    x2 = +x2, y2 = +y2, r = +r, ccw = !!ccw;
    if (r < 0) throw new Error(`negative radius: ${r}`);
    let dx = r * Math.cos(a0), dy = r * Math.sin(a0), x0 = x2 + dx, y0 = y2 + dy, cw = 1 ^ ccw, da = ccw ? a0 - a1 : a1 - a0;
    if (this._x1 === null) {
      this._append`M${x0},${y0}`;
    } else if (Math.abs(this._x1 - x0) > epsilon3 || Math.abs(this._y1 - y0) > epsilon3) {
      this._append`L${x0},${y0}`;
    }
    if (!r) return;
    if (da < 0) da = da % tau + tau;
    if (da > tauEpsilon) {
      this._append`A${r},${r},0,1,${cw},${x2 - dx},${y2 - dy}A${r},${r},0,1,${cw},${this._x1 = x0},${this._y1 = y0}`;
    } else if (da > epsilon3) {
      const x1 = x2 + r * Math.cos(a1);
      const y1 = y2 + r * Math.sin(a1);
      if (da >= pi && this._equal(x0, y0, x1, y1)) {
        da /= 2;
        let a00 = a0 + da;
        this._append`A${r},${r},0,${+(da >= pi)},${cw},${x2 + r * Math.cos(a00)},${y2 + r * Math.sin(a00)}`;
      }
      this._append`A${r},${r},0,${+(da >= pi)},${cw},${this._x1 = x1},${this._y1 = y1}`;
    }
  }
  rect(x2, y2, w, h) {
    this._append`M${this._x0 = this._x1 = +x2},${this._y0 = this._y1 = +y2}h${w = +w}v${+h}h${-w}Z`;
  }
  toString() {
    return this._;
  }
};
function path() {
  return new Path();
}
path.prototype = Path.prototype;

// node_modules/d3-shape/dist/d3-shape.mjs
function constant2(x2) {
  return function constant3() {
    return x2;
  };
}
var cos = Math.cos;
var sin = Math.sin;
var sqrt = Math.sqrt;
var epsilon4 = 1e-12;
var pi2 = Math.PI;
var halfPi = pi2 / 2;
var tau2 = 2 * pi2;
function withPath(shape) {
  let digits = 3;
  shape.digits = function(_) {
    if (!arguments.length) return digits;
    if (_ == null) {
      digits = null;
    } else {
      const d = Math.floor(_);
      if (!(d >= 0)) throw new RangeError(`invalid digits: ${_}`);
      digits = d;
    }
    return shape;
  };
  return () => new Path(digits);
}
var slice2 = Array.prototype.slice;
function array2(x2) {
  return typeof x2 === "object" && "length" in x2 ? x2 : Array.from(x2);
}
function Linear(context) {
  this._context = context;
}
Linear.prototype = {
  areaStart: function() {
    this._line = 0;
  },
  areaEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._point = 0;
  },
  lineEnd: function() {
    if (this._line || this._line !== 0 && this._point === 1) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function(x2, y2) {
    x2 = +x2, y2 = +y2;
    switch (this._point) {
      case 0:
        this._point = 1;
        this._line ? this._context.lineTo(x2, y2) : this._context.moveTo(x2, y2);
        break;
      case 1:
        this._point = 2;
      // falls through
      default:
        this._context.lineTo(x2, y2);
        break;
    }
  }
};
function curveLinear(context) {
  return new Linear(context);
}
function x(p) {
  return p[0];
}
function y(p) {
  return p[1];
}
function line(x$1, y$1) {
  var defined = constant2(true), context = null, curve = curveLinear, output = null, path2 = withPath(line2);
  x$1 = typeof x$1 === "function" ? x$1 : x$1 === void 0 ? x : constant2(x$1);
  y$1 = typeof y$1 === "function" ? y$1 : y$1 === void 0 ? y : constant2(y$1);
  function line2(data) {
    var i, n = (data = array2(data)).length, d, defined0 = false, buffer;
    if (context == null) output = curve(buffer = path2());
    for (i = 0; i <= n; ++i) {
      if (!(i < n && defined(d = data[i], i, data)) === defined0) {
        if (defined0 = !defined0) output.lineStart();
        else output.lineEnd();
      }
      if (defined0) output.point(+x$1(d, i, data), +y$1(d, i, data));
    }
    if (buffer) return output = null, buffer + "" || null;
  }
  line2.x = function(_) {
    return arguments.length ? (x$1 = typeof _ === "function" ? _ : constant2(+_), line2) : x$1;
  };
  line2.y = function(_) {
    return arguments.length ? (y$1 = typeof _ === "function" ? _ : constant2(+_), line2) : y$1;
  };
  line2.defined = function(_) {
    return arguments.length ? (defined = typeof _ === "function" ? _ : constant2(!!_), line2) : defined;
  };
  line2.curve = function(_) {
    return arguments.length ? (curve = _, context != null && (output = curve(context)), line2) : curve;
  };
  line2.context = function(_) {
    return arguments.length ? (_ == null ? context = output = null : output = curve(context = _), line2) : context;
  };
  return line2;
}
var curveRadialLinear = curveRadial(curveLinear);
function Radial(curve) {
  this._curve = curve;
}
Radial.prototype = {
  areaStart: function() {
    this._curve.areaStart();
  },
  areaEnd: function() {
    this._curve.areaEnd();
  },
  lineStart: function() {
    this._curve.lineStart();
  },
  lineEnd: function() {
    this._curve.lineEnd();
  },
  point: function(a2, r) {
    this._curve.point(r * Math.sin(a2), r * -Math.cos(a2));
  }
};
function curveRadial(curve) {
  function radial(context) {
    return new Radial(curve(context));
  }
  radial._curve = curve;
  return radial;
}
var sqrt3$2 = sqrt(3);
var tan30 = sqrt(1 / 3);
var tan30_2 = tan30 * 2;
var kr = sin(pi2 / 10) / sin(7 * pi2 / 10);
var kx = sin(tau2 / 10) * kr;
var ky = -cos(tau2 / 10) * kr;
var sqrt3$1 = sqrt(3);
var sqrt3 = sqrt(3);
var s = sqrt(3) / 2;
var k = 1 / sqrt(12);
var a = (k / 2 + 1) * 3;
function noop() {
}
function point$3(that, x2, y2) {
  that._context.bezierCurveTo(
    (2 * that._x0 + that._x1) / 3,
    (2 * that._y0 + that._y1) / 3,
    (that._x0 + 2 * that._x1) / 3,
    (that._y0 + 2 * that._y1) / 3,
    (that._x0 + 4 * that._x1 + x2) / 6,
    (that._y0 + 4 * that._y1 + y2) / 6
  );
}
function Basis(context) {
  this._context = context;
}
Basis.prototype = {
  areaStart: function() {
    this._line = 0;
  },
  areaEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._x0 = this._x1 = this._y0 = this._y1 = NaN;
    this._point = 0;
  },
  lineEnd: function() {
    switch (this._point) {
      case 3:
        point$3(this, this._x1, this._y1);
      // falls through
      case 2:
        this._context.lineTo(this._x1, this._y1);
        break;
    }
    if (this._line || this._line !== 0 && this._point === 1) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function(x2, y2) {
    x2 = +x2, y2 = +y2;
    switch (this._point) {
      case 0:
        this._point = 1;
        this._line ? this._context.lineTo(x2, y2) : this._context.moveTo(x2, y2);
        break;
      case 1:
        this._point = 2;
        break;
      case 2:
        this._point = 3;
        this._context.lineTo((5 * this._x0 + this._x1) / 6, (5 * this._y0 + this._y1) / 6);
      // falls through
      default:
        point$3(this, x2, y2);
        break;
    }
    this._x0 = this._x1, this._x1 = x2;
    this._y0 = this._y1, this._y1 = y2;
  }
};
function BasisClosed(context) {
  this._context = context;
}
BasisClosed.prototype = {
  areaStart: noop,
  areaEnd: noop,
  lineStart: function() {
    this._x0 = this._x1 = this._x2 = this._x3 = this._x4 = this._y0 = this._y1 = this._y2 = this._y3 = this._y4 = NaN;
    this._point = 0;
  },
  lineEnd: function() {
    switch (this._point) {
      case 1: {
        this._context.moveTo(this._x2, this._y2);
        this._context.closePath();
        break;
      }
      case 2: {
        this._context.moveTo((this._x2 + 2 * this._x3) / 3, (this._y2 + 2 * this._y3) / 3);
        this._context.lineTo((this._x3 + 2 * this._x2) / 3, (this._y3 + 2 * this._y2) / 3);
        this._context.closePath();
        break;
      }
      case 3: {
        this.point(this._x2, this._y2);
        this.point(this._x3, this._y3);
        this.point(this._x4, this._y4);
        break;
      }
    }
  },
  point: function(x2, y2) {
    x2 = +x2, y2 = +y2;
    switch (this._point) {
      case 0:
        this._point = 1;
        this._x2 = x2, this._y2 = y2;
        break;
      case 1:
        this._point = 2;
        this._x3 = x2, this._y3 = y2;
        break;
      case 2:
        this._point = 3;
        this._x4 = x2, this._y4 = y2;
        this._context.moveTo((this._x0 + 4 * this._x1 + x2) / 6, (this._y0 + 4 * this._y1 + y2) / 6);
        break;
      default:
        point$3(this, x2, y2);
        break;
    }
    this._x0 = this._x1, this._x1 = x2;
    this._y0 = this._y1, this._y1 = y2;
  }
};
function BasisOpen(context) {
  this._context = context;
}
BasisOpen.prototype = {
  areaStart: function() {
    this._line = 0;
  },
  areaEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._x0 = this._x1 = this._y0 = this._y1 = NaN;
    this._point = 0;
  },
  lineEnd: function() {
    if (this._line || this._line !== 0 && this._point === 3) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function(x2, y2) {
    x2 = +x2, y2 = +y2;
    switch (this._point) {
      case 0:
        this._point = 1;
        break;
      case 1:
        this._point = 2;
        break;
      case 2:
        this._point = 3;
        var x0 = (this._x0 + 4 * this._x1 + x2) / 6, y0 = (this._y0 + 4 * this._y1 + y2) / 6;
        this._line ? this._context.lineTo(x0, y0) : this._context.moveTo(x0, y0);
        break;
      case 3:
        this._point = 4;
      // falls through
      default:
        point$3(this, x2, y2);
        break;
    }
    this._x0 = this._x1, this._x1 = x2;
    this._y0 = this._y1, this._y1 = y2;
  }
};
function Bundle(context, beta) {
  this._basis = new Basis(context);
  this._beta = beta;
}
Bundle.prototype = {
  lineStart: function() {
    this._x = [];
    this._y = [];
    this._basis.lineStart();
  },
  lineEnd: function() {
    var x2 = this._x, y2 = this._y, j = x2.length - 1;
    if (j > 0) {
      var x0 = x2[0], y0 = y2[0], dx = x2[j] - x0, dy = y2[j] - y0, i = -1, t;
      while (++i <= j) {
        t = i / j;
        this._basis.point(
          this._beta * x2[i] + (1 - this._beta) * (x0 + t * dx),
          this._beta * y2[i] + (1 - this._beta) * (y0 + t * dy)
        );
      }
    }
    this._x = this._y = null;
    this._basis.lineEnd();
  },
  point: function(x2, y2) {
    this._x.push(+x2);
    this._y.push(+y2);
  }
};
var bundle = (function custom(beta) {
  function bundle2(context) {
    return beta === 1 ? new Basis(context) : new Bundle(context, beta);
  }
  bundle2.beta = function(beta2) {
    return custom(+beta2);
  };
  return bundle2;
})(0.85);
function point$2(that, x2, y2) {
  that._context.bezierCurveTo(
    that._x1 + that._k * (that._x2 - that._x0),
    that._y1 + that._k * (that._y2 - that._y0),
    that._x2 + that._k * (that._x1 - x2),
    that._y2 + that._k * (that._y1 - y2),
    that._x2,
    that._y2
  );
}
function Cardinal(context, tension) {
  this._context = context;
  this._k = (1 - tension) / 6;
}
Cardinal.prototype = {
  areaStart: function() {
    this._line = 0;
  },
  areaEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._x0 = this._x1 = this._x2 = this._y0 = this._y1 = this._y2 = NaN;
    this._point = 0;
  },
  lineEnd: function() {
    switch (this._point) {
      case 2:
        this._context.lineTo(this._x2, this._y2);
        break;
      case 3:
        point$2(this, this._x1, this._y1);
        break;
    }
    if (this._line || this._line !== 0 && this._point === 1) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function(x2, y2) {
    x2 = +x2, y2 = +y2;
    switch (this._point) {
      case 0:
        this._point = 1;
        this._line ? this._context.lineTo(x2, y2) : this._context.moveTo(x2, y2);
        break;
      case 1:
        this._point = 2;
        this._x1 = x2, this._y1 = y2;
        break;
      case 2:
        this._point = 3;
      // falls through
      default:
        point$2(this, x2, y2);
        break;
    }
    this._x0 = this._x1, this._x1 = this._x2, this._x2 = x2;
    this._y0 = this._y1, this._y1 = this._y2, this._y2 = y2;
  }
};
var cardinal = (function custom2(tension) {
  function cardinal2(context) {
    return new Cardinal(context, tension);
  }
  cardinal2.tension = function(tension2) {
    return custom2(+tension2);
  };
  return cardinal2;
})(0);
function CardinalClosed(context, tension) {
  this._context = context;
  this._k = (1 - tension) / 6;
}
CardinalClosed.prototype = {
  areaStart: noop,
  areaEnd: noop,
  lineStart: function() {
    this._x0 = this._x1 = this._x2 = this._x3 = this._x4 = this._x5 = this._y0 = this._y1 = this._y2 = this._y3 = this._y4 = this._y5 = NaN;
    this._point = 0;
  },
  lineEnd: function() {
    switch (this._point) {
      case 1: {
        this._context.moveTo(this._x3, this._y3);
        this._context.closePath();
        break;
      }
      case 2: {
        this._context.lineTo(this._x3, this._y3);
        this._context.closePath();
        break;
      }
      case 3: {
        this.point(this._x3, this._y3);
        this.point(this._x4, this._y4);
        this.point(this._x5, this._y5);
        break;
      }
    }
  },
  point: function(x2, y2) {
    x2 = +x2, y2 = +y2;
    switch (this._point) {
      case 0:
        this._point = 1;
        this._x3 = x2, this._y3 = y2;
        break;
      case 1:
        this._point = 2;
        this._context.moveTo(this._x4 = x2, this._y4 = y2);
        break;
      case 2:
        this._point = 3;
        this._x5 = x2, this._y5 = y2;
        break;
      default:
        point$2(this, x2, y2);
        break;
    }
    this._x0 = this._x1, this._x1 = this._x2, this._x2 = x2;
    this._y0 = this._y1, this._y1 = this._y2, this._y2 = y2;
  }
};
var cardinalClosed = (function custom3(tension) {
  function cardinal2(context) {
    return new CardinalClosed(context, tension);
  }
  cardinal2.tension = function(tension2) {
    return custom3(+tension2);
  };
  return cardinal2;
})(0);
function CardinalOpen(context, tension) {
  this._context = context;
  this._k = (1 - tension) / 6;
}
CardinalOpen.prototype = {
  areaStart: function() {
    this._line = 0;
  },
  areaEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._x0 = this._x1 = this._x2 = this._y0 = this._y1 = this._y2 = NaN;
    this._point = 0;
  },
  lineEnd: function() {
    if (this._line || this._line !== 0 && this._point === 3) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function(x2, y2) {
    x2 = +x2, y2 = +y2;
    switch (this._point) {
      case 0:
        this._point = 1;
        break;
      case 1:
        this._point = 2;
        break;
      case 2:
        this._point = 3;
        this._line ? this._context.lineTo(this._x2, this._y2) : this._context.moveTo(this._x2, this._y2);
        break;
      case 3:
        this._point = 4;
      // falls through
      default:
        point$2(this, x2, y2);
        break;
    }
    this._x0 = this._x1, this._x1 = this._x2, this._x2 = x2;
    this._y0 = this._y1, this._y1 = this._y2, this._y2 = y2;
  }
};
var cardinalOpen = (function custom4(tension) {
  function cardinal2(context) {
    return new CardinalOpen(context, tension);
  }
  cardinal2.tension = function(tension2) {
    return custom4(+tension2);
  };
  return cardinal2;
})(0);
function point$1(that, x2, y2) {
  var x1 = that._x1, y1 = that._y1, x22 = that._x2, y22 = that._y2;
  if (that._l01_a > epsilon4) {
    var a2 = 2 * that._l01_2a + 3 * that._l01_a * that._l12_a + that._l12_2a, n = 3 * that._l01_a * (that._l01_a + that._l12_a);
    x1 = (x1 * a2 - that._x0 * that._l12_2a + that._x2 * that._l01_2a) / n;
    y1 = (y1 * a2 - that._y0 * that._l12_2a + that._y2 * that._l01_2a) / n;
  }
  if (that._l23_a > epsilon4) {
    var b = 2 * that._l23_2a + 3 * that._l23_a * that._l12_a + that._l12_2a, m = 3 * that._l23_a * (that._l23_a + that._l12_a);
    x22 = (x22 * b + that._x1 * that._l23_2a - x2 * that._l12_2a) / m;
    y22 = (y22 * b + that._y1 * that._l23_2a - y2 * that._l12_2a) / m;
  }
  that._context.bezierCurveTo(x1, y1, x22, y22, that._x2, that._y2);
}
function CatmullRom(context, alpha) {
  this._context = context;
  this._alpha = alpha;
}
CatmullRom.prototype = {
  areaStart: function() {
    this._line = 0;
  },
  areaEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._x0 = this._x1 = this._x2 = this._y0 = this._y1 = this._y2 = NaN;
    this._l01_a = this._l12_a = this._l23_a = this._l01_2a = this._l12_2a = this._l23_2a = this._point = 0;
  },
  lineEnd: function() {
    switch (this._point) {
      case 2:
        this._context.lineTo(this._x2, this._y2);
        break;
      case 3:
        this.point(this._x2, this._y2);
        break;
    }
    if (this._line || this._line !== 0 && this._point === 1) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function(x2, y2) {
    x2 = +x2, y2 = +y2;
    if (this._point) {
      var x23 = this._x2 - x2, y23 = this._y2 - y2;
      this._l23_a = Math.sqrt(this._l23_2a = Math.pow(x23 * x23 + y23 * y23, this._alpha));
    }
    switch (this._point) {
      case 0:
        this._point = 1;
        this._line ? this._context.lineTo(x2, y2) : this._context.moveTo(x2, y2);
        break;
      case 1:
        this._point = 2;
        break;
      case 2:
        this._point = 3;
      // falls through
      default:
        point$1(this, x2, y2);
        break;
    }
    this._l01_a = this._l12_a, this._l12_a = this._l23_a;
    this._l01_2a = this._l12_2a, this._l12_2a = this._l23_2a;
    this._x0 = this._x1, this._x1 = this._x2, this._x2 = x2;
    this._y0 = this._y1, this._y1 = this._y2, this._y2 = y2;
  }
};
var catmullRom = (function custom5(alpha) {
  function catmullRom2(context) {
    return alpha ? new CatmullRom(context, alpha) : new Cardinal(context, 0);
  }
  catmullRom2.alpha = function(alpha2) {
    return custom5(+alpha2);
  };
  return catmullRom2;
})(0.5);
function CatmullRomClosed(context, alpha) {
  this._context = context;
  this._alpha = alpha;
}
CatmullRomClosed.prototype = {
  areaStart: noop,
  areaEnd: noop,
  lineStart: function() {
    this._x0 = this._x1 = this._x2 = this._x3 = this._x4 = this._x5 = this._y0 = this._y1 = this._y2 = this._y3 = this._y4 = this._y5 = NaN;
    this._l01_a = this._l12_a = this._l23_a = this._l01_2a = this._l12_2a = this._l23_2a = this._point = 0;
  },
  lineEnd: function() {
    switch (this._point) {
      case 1: {
        this._context.moveTo(this._x3, this._y3);
        this._context.closePath();
        break;
      }
      case 2: {
        this._context.lineTo(this._x3, this._y3);
        this._context.closePath();
        break;
      }
      case 3: {
        this.point(this._x3, this._y3);
        this.point(this._x4, this._y4);
        this.point(this._x5, this._y5);
        break;
      }
    }
  },
  point: function(x2, y2) {
    x2 = +x2, y2 = +y2;
    if (this._point) {
      var x23 = this._x2 - x2, y23 = this._y2 - y2;
      this._l23_a = Math.sqrt(this._l23_2a = Math.pow(x23 * x23 + y23 * y23, this._alpha));
    }
    switch (this._point) {
      case 0:
        this._point = 1;
        this._x3 = x2, this._y3 = y2;
        break;
      case 1:
        this._point = 2;
        this._context.moveTo(this._x4 = x2, this._y4 = y2);
        break;
      case 2:
        this._point = 3;
        this._x5 = x2, this._y5 = y2;
        break;
      default:
        point$1(this, x2, y2);
        break;
    }
    this._l01_a = this._l12_a, this._l12_a = this._l23_a;
    this._l01_2a = this._l12_2a, this._l12_2a = this._l23_2a;
    this._x0 = this._x1, this._x1 = this._x2, this._x2 = x2;
    this._y0 = this._y1, this._y1 = this._y2, this._y2 = y2;
  }
};
var catmullRomClosed = (function custom6(alpha) {
  function catmullRom2(context) {
    return alpha ? new CatmullRomClosed(context, alpha) : new CardinalClosed(context, 0);
  }
  catmullRom2.alpha = function(alpha2) {
    return custom6(+alpha2);
  };
  return catmullRom2;
})(0.5);
function CatmullRomOpen(context, alpha) {
  this._context = context;
  this._alpha = alpha;
}
CatmullRomOpen.prototype = {
  areaStart: function() {
    this._line = 0;
  },
  areaEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._x0 = this._x1 = this._x2 = this._y0 = this._y1 = this._y2 = NaN;
    this._l01_a = this._l12_a = this._l23_a = this._l01_2a = this._l12_2a = this._l23_2a = this._point = 0;
  },
  lineEnd: function() {
    if (this._line || this._line !== 0 && this._point === 3) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function(x2, y2) {
    x2 = +x2, y2 = +y2;
    if (this._point) {
      var x23 = this._x2 - x2, y23 = this._y2 - y2;
      this._l23_a = Math.sqrt(this._l23_2a = Math.pow(x23 * x23 + y23 * y23, this._alpha));
    }
    switch (this._point) {
      case 0:
        this._point = 1;
        break;
      case 1:
        this._point = 2;
        break;
      case 2:
        this._point = 3;
        this._line ? this._context.lineTo(this._x2, this._y2) : this._context.moveTo(this._x2, this._y2);
        break;
      case 3:
        this._point = 4;
      // falls through
      default:
        point$1(this, x2, y2);
        break;
    }
    this._l01_a = this._l12_a, this._l12_a = this._l23_a;
    this._l01_2a = this._l12_2a, this._l12_2a = this._l23_2a;
    this._x0 = this._x1, this._x1 = this._x2, this._x2 = x2;
    this._y0 = this._y1, this._y1 = this._y2, this._y2 = y2;
  }
};
var catmullRomOpen = (function custom7(alpha) {
  function catmullRom2(context) {
    return alpha ? new CatmullRomOpen(context, alpha) : new CardinalOpen(context, 0);
  }
  catmullRom2.alpha = function(alpha2) {
    return custom7(+alpha2);
  };
  return catmullRom2;
})(0.5);
function LinearClosed(context) {
  this._context = context;
}
LinearClosed.prototype = {
  areaStart: noop,
  areaEnd: noop,
  lineStart: function() {
    this._point = 0;
  },
  lineEnd: function() {
    if (this._point) this._context.closePath();
  },
  point: function(x2, y2) {
    x2 = +x2, y2 = +y2;
    if (this._point) this._context.lineTo(x2, y2);
    else this._point = 1, this._context.moveTo(x2, y2);
  }
};
function sign(x2) {
  return x2 < 0 ? -1 : 1;
}
function slope3(that, x2, y2) {
  var h0 = that._x1 - that._x0, h1 = x2 - that._x1, s0 = (that._y1 - that._y0) / (h0 || h1 < 0 && -0), s1 = (y2 - that._y1) / (h1 || h0 < 0 && -0), p = (s0 * h1 + s1 * h0) / (h0 + h1);
  return (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p)) || 0;
}
function slope2(that, t) {
  var h = that._x1 - that._x0;
  return h ? (3 * (that._y1 - that._y0) / h - t) / 2 : t;
}
function point2(that, t02, t12) {
  var x0 = that._x0, y0 = that._y0, x1 = that._x1, y1 = that._y1, dx = (x1 - x0) / 3;
  that._context.bezierCurveTo(x0 + dx, y0 + dx * t02, x1 - dx, y1 - dx * t12, x1, y1);
}
function MonotoneX(context) {
  this._context = context;
}
MonotoneX.prototype = {
  areaStart: function() {
    this._line = 0;
  },
  areaEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._x0 = this._x1 = this._y0 = this._y1 = this._t0 = NaN;
    this._point = 0;
  },
  lineEnd: function() {
    switch (this._point) {
      case 2:
        this._context.lineTo(this._x1, this._y1);
        break;
      case 3:
        point2(this, this._t0, slope2(this, this._t0));
        break;
    }
    if (this._line || this._line !== 0 && this._point === 1) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function(x2, y2) {
    var t12 = NaN;
    x2 = +x2, y2 = +y2;
    if (x2 === this._x1 && y2 === this._y1) return;
    switch (this._point) {
      case 0:
        this._point = 1;
        this._line ? this._context.lineTo(x2, y2) : this._context.moveTo(x2, y2);
        break;
      case 1:
        this._point = 2;
        break;
      case 2:
        this._point = 3;
        point2(this, slope2(this, t12 = slope3(this, x2, y2)), t12);
        break;
      default:
        point2(this, this._t0, t12 = slope3(this, x2, y2));
        break;
    }
    this._x0 = this._x1, this._x1 = x2;
    this._y0 = this._y1, this._y1 = y2;
    this._t0 = t12;
  }
};
function MonotoneY(context) {
  this._context = new ReflectContext(context);
}
(MonotoneY.prototype = Object.create(MonotoneX.prototype)).point = function(x2, y2) {
  MonotoneX.prototype.point.call(this, y2, x2);
};
function ReflectContext(context) {
  this._context = context;
}
ReflectContext.prototype = {
  moveTo: function(x2, y2) {
    this._context.moveTo(y2, x2);
  },
  closePath: function() {
    this._context.closePath();
  },
  lineTo: function(x2, y2) {
    this._context.lineTo(y2, x2);
  },
  bezierCurveTo: function(x1, y1, x2, y2, x3, y3) {
    this._context.bezierCurveTo(y1, x1, y2, x2, y3, x3);
  }
};
function Natural(context) {
  this._context = context;
}
Natural.prototype = {
  areaStart: function() {
    this._line = 0;
  },
  areaEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._x = [];
    this._y = [];
  },
  lineEnd: function() {
    var x2 = this._x, y2 = this._y, n = x2.length;
    if (n) {
      this._line ? this._context.lineTo(x2[0], y2[0]) : this._context.moveTo(x2[0], y2[0]);
      if (n === 2) {
        this._context.lineTo(x2[1], y2[1]);
      } else {
        var px = controlPoints(x2), py = controlPoints(y2);
        for (var i0 = 0, i1 = 1; i1 < n; ++i0, ++i1) {
          this._context.bezierCurveTo(px[0][i0], py[0][i0], px[1][i0], py[1][i0], x2[i1], y2[i1]);
        }
      }
    }
    if (this._line || this._line !== 0 && n === 1) this._context.closePath();
    this._line = 1 - this._line;
    this._x = this._y = null;
  },
  point: function(x2, y2) {
    this._x.push(+x2);
    this._y.push(+y2);
  }
};
function controlPoints(x2) {
  var i, n = x2.length - 1, m, a2 = new Array(n), b = new Array(n), r = new Array(n);
  a2[0] = 0, b[0] = 2, r[0] = x2[0] + 2 * x2[1];
  for (i = 1; i < n - 1; ++i) a2[i] = 1, b[i] = 4, r[i] = 4 * x2[i] + 2 * x2[i + 1];
  a2[n - 1] = 2, b[n - 1] = 7, r[n - 1] = 8 * x2[n - 1] + x2[n];
  for (i = 1; i < n; ++i) m = a2[i] / b[i - 1], b[i] -= m, r[i] -= m * r[i - 1];
  a2[n - 1] = r[n - 1] / b[n - 1];
  for (i = n - 2; i >= 0; --i) a2[i] = (r[i] - a2[i + 1]) / b[i];
  b[n - 1] = (x2[n] + a2[n - 1]) / 2;
  for (i = 0; i < n - 1; ++i) b[i] = 2 * x2[i + 1] - a2[i + 1];
  return [a2, b];
}
function Step(context, t) {
  this._context = context;
  this._t = t;
}
Step.prototype = {
  areaStart: function() {
    this._line = 0;
  },
  areaEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._x = this._y = NaN;
    this._point = 0;
  },
  lineEnd: function() {
    if (0 < this._t && this._t < 1 && this._point === 2) this._context.lineTo(this._x, this._y);
    if (this._line || this._line !== 0 && this._point === 1) this._context.closePath();
    if (this._line >= 0) this._t = 1 - this._t, this._line = 1 - this._line;
  },
  point: function(x2, y2) {
    x2 = +x2, y2 = +y2;
    switch (this._point) {
      case 0:
        this._point = 1;
        this._line ? this._context.lineTo(x2, y2) : this._context.moveTo(x2, y2);
        break;
      case 1:
        this._point = 2;
      // falls through
      default: {
        if (this._t <= 0) {
          this._context.lineTo(this._x, y2);
          this._context.lineTo(x2, y2);
        } else {
          var x1 = this._x * (1 - this._t) + x2 * this._t;
          this._context.lineTo(x1, this._y);
          this._context.lineTo(x1, y2);
        }
        break;
      }
    }
    this._x = x2, this._y = y2;
  }
};

// src/core/site/html.ts
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function esc(text2) {
  return String(text2).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
function clip(text2, max) {
  const chars = Array.from(text2);
  return chars.length <= max ? text2 : `${chars.slice(0, max).join("")}\u2026`;
}
function safeUrl(url) {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? esc(u.href) : null;
  } catch {
    return null;
  }
}
function relativePath(from, to) {
  const dir = from.split("/").slice(0, -1);
  const target = to.split("/");
  let same = 0;
  while (same < dir.length && same < target.length && dir[same] === target[same]) same++;
  const rel = [...Array(dir.length - same).fill(".."), ...target.slice(same)].join("/");
  return rel || (target[target.length - 1] ?? "");
}
function href(from, to) {
  const rel = relativePath(from, to);
  return esc(
    rel.split("/").map((s2) => s2 === ".." ? s2 : encodeURIComponent(s2)).join("/")
  );
}
var CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
var STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --accent: #0969da; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --ok: #3fb950; --bad: #f85149; --warn: #d29922; --accent: #4493f8; } }
body { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
a { color: var(--accent); }
nav { font-size: 13px; color: var(--muted); margin-bottom: .5rem; }
table { border-collapse: collapse; margin: .5rem 0 1.5rem; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid var(--line); padding: .25rem .75rem .25rem 0; text-align: left; vertical-align: top; }
th { font-weight: 600; }
td.num { text-align: right; }
.pass { color: var(--ok); } .fail { color: var(--bad); } .muted { color: var(--muted); }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; }
figure { margin: 1rem 0 2rem; } figcaption { font-weight: 600; margin-bottom: .25rem; }
svg.chart { max-width: 100%; height: auto; font: 11px system-ui, sans-serif; }
svg.chart .axis line, svg.chart .axis path { stroke: var(--muted); }
svg.chart text { fill: var(--muted); }
svg.chart .series { fill: none; stroke: var(--accent); stroke-width: 1.5; }
svg.chart .point { fill: var(--accent); }
svg.chart .point.failed { fill: var(--bad); }
svg.chart .threshold { stroke: var(--bad); stroke-dasharray: 6 4; }
svg.chart .promotion { stroke: var(--ok); stroke-dasharray: 2 3; }
svg.chart .promotion-label { fill: var(--ok); }
svg.chart .promotion.withdrawn { stroke: var(--warn); stroke-dasharray: 8 3 1 3; }
svg.chart .promotion-label.withdrawn { fill: var(--warn); }
.withdrawn { color: var(--bad); }
.reason { white-space: pre-wrap; overflow-wrap: anywhere; }
td .reason { display: inline-block; min-width: 14rem; max-width: 32rem; }
.legend { font-size: 12px; margin: .25rem 0 0; }
pre { overflow-x: auto; font-size: 12px; border: 1px solid var(--line); padding: .5rem; }
`;
function page(opts) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>${esc(opts.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<nav>${opts.nav}</nav>
${opts.body}
<footer class="muted"><small>Generated by Lepton from the repository's tags. JSON: <a href="${href(opts.path, "api/models.json")}">api/models.json</a></small></footer>
</body>
</html>
`;
}
function table(head, rows, caption) {
  const th = head.map((h) => `<th scope="col">${h}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("\n");
  return `<table>${caption ? `<caption class="muted">${caption}</caption>` : ""}<thead><tr>${th}</tr></thead><tbody>
${body}
</tbody></table>`;
}
var passFail = (passed) => passed === null ? '<span class="muted">no record</span>' : passed ? '<span class="pass">passed</span>' : '<span class="fail">failed</span>';
function extLink(url, label) {
  const u = safeUrl(url);
  return u ? `<a href="${u}" rel="noopener noreferrer">${esc(label)}</a>` : "";
}

// src/core/site/chart.ts
var TOOLTIP_REASON = 200;
var W = 720;
var H = 240;
var M = { top: 16, right: 16, bottom: 28, left: 56 };
var LABEL_CHAR = 6;
var promotionLabel = (p) => p.withdrawn ? `${p.stage} (withdrawn)` : p.stage;
var runsPastEdge = (x2, label) => x2 + 3 + label.length * LABEL_CHAR > W - M.right;
var LABEL_ROWS = Math.floor((H - M.top - M.bottom - 8) / 11);
function labelRows(labels2) {
  const spans = labels2.map((l, i) => {
    const width = l.label.length * LABEL_CHAR + 6;
    const start = runsPastEdge(l.x, l.label) ? l.x - width : l.x;
    return { i, start, end: start + width };
  });
  spans.sort((a2, b) => a2.start - b.start || a2.i - b.i);
  const ends = [];
  const out = new Array(labels2.length).fill(0);
  for (const s2 of spans) {
    let row = ends.findIndex((end) => end <= s2.start);
    if (row < 0) row = ends.length < LABEL_ROWS ? ends.length : LABEL_ROWS - 1;
    ends[row] = Math.max(ends[row] ?? -Infinity, s2.end);
    out[s2.i] = row;
  }
  return out;
}
function promotionTitle(p) {
  const w = p.withdrawn;
  if (!w) return `${p.stage} \u2190 ${p.version}`;
  const why = w.reason === null ? "" : `: ${clip(w.reason, TOOLTIP_REASON)}`;
  const to = w.to === null ? `${p.stage} left empty` : `${p.stage} fell back to ${w.to}`;
  return `${p.stage} \u2190 ${p.version}, withdrawn ${w.date} (${w.tag})${why}; ${to}`;
}
function trendSvg(chart, id) {
  const versions = chart.points.map((p) => p.version);
  const values = [...chart.points.map((p) => p.value), ...chart.thresholds.map((t) => t.value)];
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : 1;
  const pad = hi === lo ? Math.abs(hi) * 0.05 || 1 : (hi - lo) * 0.08;
  const y2 = linear2().domain([lo - pad, hi + pad]).range([H - M.bottom, M.top]).nice();
  const x2 = point().domain(versions).range([M.left, W - M.right]).padding(0.5);
  const xOf = (v) => x2(v) ?? M.left;
  const path2 = line().x((p) => xOf(p.version)).y((p) => y2(p.value))(chart.points) ?? "";
  const yTicks = y2.ticks(5).map(
    (t) => `<g class="tick"><line x1="${M.left - 4}" x2="${M.left}" y1="${y2(t)}" y2="${y2(t)}"/><text x="${M.left - 6}" y="${y2(t) + 3}" text-anchor="end">${esc(formatNumber(t))}</text></g>`
  ).join("");
  const every = Math.max(1, Math.ceil(versions.length / 10));
  const xTicks = versions.filter((_, i) => i % every === 0 || i === versions.length - 1).map(
    (v) => `<text x="${xOf(v)}" y="${H - M.bottom + 16}" text-anchor="middle">${esc(v)}</text>`
  ).join("");
  const thresholds = chart.thresholds.map(
    (t) => `<g><line class="threshold" x1="${M.left}" x2="${W - M.right}" y1="${y2(t.value)}" y2="${y2(t.value)}"><title>${esc(`${t.label} ${formatNumber(t.value)}`)}</title></line><text x="${W - M.right}" y="${y2(t.value) - 3}" text-anchor="end">${esc(t.label)}</text></g>`
  ).join("");
  const known = new Set(versions);
  const shown = chart.promotions.filter((p) => known.has(p.version));
  const rows = labelRows(shown.map((p) => ({ x: xOf(p.version), label: promotionLabel(p) })));
  const promotions = shown.map((p, i) => {
    const cls = p.withdrawn ? " withdrawn" : "";
    const data = p.withdrawn ? ` data-withdrawn-by="${esc(p.withdrawn.tag)}"` : "";
    const x0 = xOf(p.version);
    const label = promotionLabel(p);
    const at = runsPastEdge(x0, label) ? `x="${x0 - 3}" text-anchor="end"` : `x="${x0 + 3}"`;
    return `<g><line class="promotion${cls}"${data} x1="${x0}" x2="${x0}" y1="${M.top}" y2="${H - M.bottom}"><title>${esc(promotionTitle(p))}</title></line><text class="promotion-label${cls}" ${at} y="${M.top + 8 + (rows[i] ?? 0) * 11}">${esc(label)}</text></g>`;
  }).join("");
  const withdrawn = chart.promotions.filter((p) => p.withdrawn && known.has(p.version));
  const r = chart.points.length > 200 ? 1.5 : 3;
  const points = chart.points.map(
    (p) => `<circle class="point${p.passed === false ? " failed" : ""}" data-version="${esc(p.version)}" cx="${xOf(p.version)}" cy="${y2(p.value)}" r="${r}"><title>${esc(`${p.version}: ${formatNumber(p.value)}`)}</title></circle>`
  ).join("");
  const first = chart.points[0];
  const last = chart.points[chart.points.length - 1];
  const desc = first && last ? `${chart.points.length} versions, from ${first.version} (${formatNumber(first.value)}) to ${last.version} (${formatNumber(last.value)}), range ${formatNumber(Math.min(...chart.points.map((p) => p.value)))} to ${formatNumber(Math.max(...chart.points.map((p) => p.value)))}.` + (chart.thresholds.length ? ` Thresholds: ${chart.thresholds.map((t) => `${t.label} ${formatNumber(t.value)}`).join(", ")}.` : "") + (withdrawn.length ? ` Promotions later withdrawn: ${withdrawn.map(promotionTitle).join("; ")}.` : "") : "No version recorded this metric.";
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="${id}-t ${id}-d" data-metric="${esc(chart.metric)}" data-points="${chart.points.length}">
<title id="${id}-t">${esc(chart.metric)} across versions</title>
<desc id="${id}-d">${esc(desc)}</desc>
<g class="axis"><line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${H - M.bottom}"/><line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}"/>${yTicks}${xTicks}</g>
${thresholds}${promotions}
<path class="series" d="${path2}"/>
${points}
</svg>`;
}

// src/core/site/pages.ts
var modelPagePath = (model) => `models/${model}/index.html`;
var versionPagePath = (model, version) => `models/${model}/versions/${version}.html`;
var num = (n) => n == null || !Number.isFinite(n) ? "\u2014" : esc(formatNumber(n));
function commitCell(commit, opts) {
  const base = safeUrl(opts.repoUrl ?? null);
  const short = `<code>${esc(commit.slice(0, 7))}</code>`;
  return base && /^[0-9a-f]{7,64}$/.test(commit) ? `<a href="${base.replace(/\/$/, "")}/commit/${esc(commit)}" rel="noopener noreferrer">${short}</a>` : short;
}
var byOf = (e) => (e.record?.kind === "unassign" ? e.record.by : e.record?.promotedBy) ?? "";
var CELL_REASON = 300;
function reasonOf(e, max = Infinity) {
  if (e.record?.kind !== "unassign") return "";
  const text2 = e.record.reason;
  const shown = clip(text2, max);
  const title = shown === text2 ? "" : ` title="${esc(text2)}"`;
  return `<span class="reason"${title}>${esc(shown)}</span>`;
}
var versionLink = (from, model, version) => `<a href="${href(from, versionPagePath(model, version))}">${esc(version)}</a>`;
function eventCell(s2) {
  if (s2.event.action === "assign") {
    return s2.withdrawnBy ? `promoted <span class="withdrawn">(withdrawn by <code>${esc(s2.withdrawnBy.tag)}</code>)</span>` : "promoted";
  }
  const what2 = s2.event.record ? "rolled back" : "unassigned";
  return s2.withdrew ? `<span class="withdrawn">${what2}</span>` : `<span class="withdrawn">${what2}</span> <span class="muted">(no assignment of it was active)</span>`;
}
var heldAfterCell = (from, model, s2) => s2.after?.version ? versionLink(from, model, s2.after.version) : s2.after ? `<code>${esc(s2.after.commit.slice(0, 7))}</code>` : '<span class="muted">empty</span>';
function thresholdedMetrics(m) {
  const all = [
    ...m.model.eval.thresholds,
    ...m.model.stages.flatMap((s2) => s2.thresholds)
  ];
  return [...new Set(all.map((t) => t.metric))];
}
function absoluteBounds(m, metric) {
  const out = [];
  const add = (ts, scope) => {
    for (const t of ts) {
      if (t.metric !== metric) continue;
      if (t.min !== void 0) out.push({ label: `${scope} min`, value: t.min });
      if (t.max !== void 0) out.push({ label: `${scope} max`, value: t.max });
    }
  };
  add(m.model.eval.thresholds, "eval");
  for (const s2 of m.model.stages) add(s2.thresholds, s2.name);
  return out;
}
var ascending2 = (m) => [...m.registry.versions].reverse();
function promotionsOf(timeline) {
  const stepOf = new Map(timeline.map((s2) => [s2.event, s2]));
  return [...timeline].reverse().filter((s2) => s2.event.action === "assign" && s2.event.version).map((s2) => {
    const u = s2.withdrawnBy;
    const r = u?.record;
    return {
      version: s2.event.version,
      stage: s2.event.stage,
      withdrawn: u ? {
        tag: u.tag,
        date: u.date,
        reason: r?.kind === "unassign" ? r.reason : null,
        to: stepOf.get(u)?.after?.version ?? null
      } : null
    };
  });
}
function trendCharts(m, timeline = timelineOf(m)) {
  const versions = ascending2(m);
  const promotions = promotionsOf(timeline);
  return thresholdedMetrics(m).map((metric) => ({
    metric,
    points: versions.flatMap((v) => {
      const value2 = v.record?.metrics[metric];
      return typeof value2 === "number" && Number.isFinite(value2) ? [{ version: v.version, value: value2, passed: v.record?.passed ?? null }] : [];
    }),
    thresholds: absoluteBounds(m, metric),
    promotions
  }));
}
function indexPage(models) {
  const path2 = "index.html";
  const rows = models.map((m) => {
    const name = m.model.model;
    const stages = stageHolders(m);
    const latest = m.registry.versions.find((v) => !v.deregistered);
    const holders2 = Object.entries(stages).map(
      ([s2, h]) => `${esc(s2)}: ${h ? `<a href="${href(path2, versionPagePath(name, h.version))}">${esc(h.version)}</a>` : '<span class="muted">\u2014</span>'}`
    ).join("<br>");
    return [
      `<a href="${href(path2, modelPagePath(name))}">${esc(name)}</a>`,
      latest ? `<a href="${href(path2, versionPagePath(name, latest.version))}">${esc(latest.version)}</a>` : '<span class="muted">none</span>',
      latest ? passFail(latest.record ? latest.record.passed : null) : "",
      holders2 || '<span class="muted">none declared</span>',
      String(m.registry.versions.length)
    ];
  });
  const body = `<h1>Model registry</h1>
<p>${models.length} model${models.length === 1 ? "" : "s"}.</p>
${table(["Model", "Latest version", "Latest result", "Stages", "Versions"], rows)}`;
  return { path: path2, content: page({ title: "Model registry", path: path2, nav: "Registry", body }) };
}
function lastEventCell(from, model, s2) {
  if (!s2) return "";
  const e = s2.event;
  if (e.action === "assign") return `promoted ${esc(e.date)}`;
  const withdrawn = e.target ? ` ${versionLink(from, model, e.target)}` : "";
  const why = reasonOf(e, CELL_REASON);
  return `${eventCell(s2)}${withdrawn} ${esc(e.date)}${why ? `: ${why}` : ""}`;
}
var LEGEND = '<p class="legend muted">Dotted green: a promotion; dash-dotted amber, labelled \u201C(withdrawn)\u201D: a promotion a rollback later withdrew (hover it for why and where the stage fell back to).</p>';
function modelPage(m, timeline, opts) {
  const name = m.model.model;
  const path2 = modelPagePath(name);
  const stages = stageHolders(m);
  const held = heldBy(stages);
  const metrics = thresholdedMetrics(m);
  const charts = trendCharts(m, timeline).filter((c) => c.points.length > 0).map(
    (c, i) => `<figure><figcaption>${esc(c.metric)}</figcaption>${trendSvg(c, `chart-${i}`)}${c.promotions.some((p) => p.withdrawn) ? LEGEND : ""}</figure>`
  ).join("\n");
  const stageRows = Object.entries(stages).map(([s2, h]) => [
    esc(s2),
    h ? versionLink(path2, name, h.version) : "\u2014",
    h ? `<code>${esc(h.stageTag)}</code>` : "",
    // Newest first: the first step of the stage is its last event.
    lastEventCell(
      path2,
      name,
      timeline.find((t) => t.event.stage === s2)
    )
  ]);
  const timelineRows = timeline.map((s2) => {
    const e = s2.event;
    return [
      esc(e.date),
      esc(e.stage),
      eventCell(s2),
      e.target ? versionLink(path2, name, e.target) : "\u2014",
      heldAfterCell(path2, name, s2),
      esc(byOf(e)),
      reasonOf(e, CELL_REASON),
      `<code>${esc(e.tag)}</code>`,
      extLink(e.record?.runUrl, "run")
    ];
  });
  const versionRows = m.registry.versions.map((v) => [
    `<a href="${href(path2, versionPagePath(name, v.version))}">${esc(v.version)}</a>`,
    esc((v.record?.created ?? v.date).slice(0, 10)),
    passFail(v.record ? v.record.passed : null) + (v.deregistered ? ' <span class="muted">(deregistered)</span>' : ""),
    ...metrics.map((k2) => num(v.record?.metrics[k2])),
    esc((held.get(v.version) ?? []).join(", ")),
    commitCell(v.commit, opts),
    extLink(v.record?.runUrl, "run"),
    extLink(v.record?.artifact?.url, "artifact")
  ]);
  const body = `<h1>${esc(name)}</h1>
${m.model.description ? `<p>${esc(m.model.description)}</p>` : ""}
<p class="muted">Manifest <code>${esc(m.manifest)}</code> \xB7 ${m.registry.versions.length} versions${m.registry.deprecated ? " \xB7 deprecated" : ""} \xB7 JSON: <a href="${href(path2, `api/models/${name}.json`)}">${esc(`api/models/${name}.json`)}</a></p>
<h2>Stages</h2>
${stageRows.length ? table(["Stage", "Version", "Tag", "Last event"], stageRows) : '<p class="muted">No stages.</p>'}
<h2>Trends</h2>
${charts || `<p class="muted">${metrics.length ? "No version has recorded a metric that has a threshold." : "No metric has a threshold."}</p>`}
<h2>Versions</h2>
${versionRows.length ? table(["Version", "Created", "Result", ...metrics.map(esc), "Stages", "Commit", "CI run", "Artifact"], versionRows) : '<p class="muted">No version recorded yet.</p>'}
<h2>Stage timeline</h2>
${timelineRows.length ? table(["Date", "Stage", "Event", "Version", "Stage then held", "By", "Reason", "Tag", "CI run"], timelineRows) : '<p class="muted">No stage events.</p>'}`;
  return {
    path: path2,
    content: page({
      title: `${name} \xB7 Model registry`,
      path: path2,
      nav: `<a href="${href(path2, "index.html")}">Registry</a> / ${esc(name)}`,
      body
    })
  };
}
function withdrawalNotes(from, model, steps) {
  const seen = /* @__PURE__ */ new Set();
  const notes = [];
  for (const s2 of steps) {
    const e = s2.event;
    if (e.action === "unassign" && !s2.withdrew) continue;
    if (seen.has(e.stage)) continue;
    seen.add(e.stage);
    if (e.action !== "unassign") continue;
    const by = byOf(e);
    const to = s2.after?.version ? `${esc(e.stage)} fell back to ${versionLink(from, model, s2.after.version)}` : s2.after ? `${esc(e.stage)} fell back to commit <code>${esc(s2.after.commit.slice(0, 7))}</code>` : `${esc(e.stage)} was left empty`;
    const why = reasonOf(e);
    const code = e.record?.kind === "unassign" && e.record.exitCode != null ? ` (deploy exit code ${esc(e.record.exitCode)})` : "";
    notes.push(
      `<div class="withdrawal"><p><strong class="withdrawn">Withdrawn from ${esc(e.stage)}</strong> ${esc(e.date)}${by ? ` by ${esc(by)}` : ""} (<code>${esc(e.tag)}</code>); ${to}.</p><p>${why ? `Reason${code}: ${why}` : `No reason recorded (a tag without Lepton's record)${code}.`}</p></div>`
    );
  }
  return notes.join("\n");
}
function versionPage(m, v, index, opts) {
  const name = m.model.model;
  const path2 = versionPagePath(name, v.version);
  const r = v.record;
  const held = index.held.get(v.version) ?? [];
  const steps = index.steps.get(v.version) ?? [];
  const stageRows = steps.map((s2) => [
    esc(s2.event.date),
    esc(s2.event.stage),
    eventCell(s2),
    heldAfterCell(path2, name, s2),
    esc(byOf(s2.event)),
    reasonOf(s2.event, CELL_REASON),
    `<code>${esc(s2.event.tag)}</code>`,
    extLink(s2.event.record?.runUrl, "run")
  ]);
  const base = r?.baseline ? index.byVersion.get(r.baseline.version) : void 0;
  const facts = [
    ["Tag", `<code>${esc(v.tag)}</code>`],
    ["Commit", commitCell(v.commit, opts)],
    ["Created", esc(r?.created ?? v.date)],
    ["Result", passFail(r ? r.passed : null)],
    ["Stages held", esc(held.join(", ") || "\u2014")]
  ];
  if (r) {
    facts.push(
      ["Fingerprint", `<code>${esc(r.fingerprint)}</code>`],
      [
        "Baseline",
        r.baseline ? base ? `<a href="${href(path2, versionPagePath(name, base.version))}">${esc(r.baseline.version)}</a>` : esc(r.baseline.version) : "\u2014"
      ],
      ["Metrics reused", r.reused ? "yes" : "no"],
      ["CI run", extLink(r.runUrl, r.runUrl ?? "") || "\u2014"],
      [
        "Artifact",
        r.artifact ? extLink(r.artifact.url, `artifact ${r.artifact.id}`) || esc(`artifact ${r.artifact.id}`) : "\u2014"
      ]
    );
  }
  const checks = (r?.checks ?? []).map((c) => [
    esc(c.metric),
    esc(c.rule),
    esc(String(c.bound)),
    num(c.baseline),
    num(c.actual),
    c.passed ? '<span class="pass">pass</span>' : c.level === "warn" ? "warning" : '<span class="fail">fail</span>',
    esc(c.reason ?? "")
  ]);
  const names = [
    .../* @__PURE__ */ new Set([...Object.keys(r?.metrics ?? {}), ...Object.keys(base?.record?.metrics ?? {})])
  ];
  const diff2 = names.map((k2) => {
    const a2 = base?.record?.metrics[k2];
    const b = r?.metrics[k2];
    return [esc(k2), num(a2), num(b), a2 != null && b != null ? esc(formatChange(a2, b)) : "\u2014"];
  });
  const parts = r ? [
    ...Object.entries(r.components).map(([k2, h]) => [
      "component",
      esc(k2),
      `<code>${esc(h)}</code>`
    ]),
    ...Object.entries(r.data).map(([k2, h]) => ["data", esc(k2), `<code>${esc(h)}</code>`])
  ] : [];
  const body = `<h1>${esc(name)} ${esc(v.version)}</h1>
${v.deregistered ? '<p class="fail">Deregistered.</p>' : ""}
${withdrawalNotes(path2, name, steps)}
${table(["Field", "Value"], facts)}
<h2>Checks</h2>
${checks.length ? table(["Metric", "Rule", "Bound", "Baseline", "Actual", "Result", "Reason"], checks) : '<p class="muted">No checks recorded.</p>'}
<h2>Metrics${r?.baseline ? ` against ${esc(r.baseline.version)}` : ""}</h2>
${diff2.length ? table(["Metric", r?.baseline ? esc(r.baseline.version) : "Baseline", esc(v.version), "Change"], diff2) : '<p class="muted">No metrics recorded.</p>'}
${stageRows.length ? `<h2>Stage history</h2>
${table(["Date", "Stage", "Event", "Stage then held", "By", "Reason", "Tag", "CI run"], stageRows)}` : ""}
${parts.length ? `<h2>Content</h2>
${table(["Kind", "Name", "Hash"], parts)}` : ""}
<p class="muted">JSON: <a href="${href(path2, `api/models/${name}/versions/${v.version}.json`)}">${esc(`api/models/${name}/versions/${v.version}.json`)}</a></p>`;
  return {
    path: path2,
    content: page({
      title: `${name} ${v.version} \xB7 Model registry`,
      path: path2,
      nav: `<a href="${href(path2, "index.html")}">Registry</a> / <a href="${href(path2, modelPagePath(name))}">${esc(name)}</a> / ${esc(v.version)}`,
      body
    })
  };
}
function renderSite(models, opts = {}) {
  const files = [indexPage(models)];
  for (const m of models) {
    const timeline = timelineOf(m);
    files.push(modelPage(m, timeline, opts));
    const steps = /* @__PURE__ */ new Map();
    for (const s2 of timeline) {
      const v = s2.event.target;
      if (v === null) continue;
      const list = steps.get(v);
      if (list) list.push(s2);
      else steps.set(v, [s2]);
    }
    const index = {
      held: heldBy(stageHolders(m)),
      byVersion: new Map(m.registry.versions.map((v) => [v.version, v])),
      steps
    };
    for (const v of m.registry.versions) files.push(versionPage(m, v, index, opts));
  }
  for (const [path2, doc] of apiDocuments(models)) {
    files.push({ path: path2, content: `${JSON.stringify(doc, null, 2)}
` });
  }
  return files;
}

// src/app/site.ts
async function checkReplaceable(out) {
  let st;
  try {
    st = await lstat(out);
  } catch {
    return false;
  }
  if (!st.isDirectory()) {
    throw new LeptonError("invalid", `--out ${out} exists and is not a directory`, [
      "name a new or empty directory, or an earlier site output"
    ]);
  }
  const entries = await readdir(out);
  if (entries.length === 0) return true;
  const isSite = entries.includes("index.html") && entries.includes("api");
  if (!isSite) {
    throw new LeptonError("invalid", `--out ${out} is not empty and holds no earlier site`, [
      "Lepton replaces the whole directory; name a new or empty one"
    ]);
  }
  return true;
}
async function writeSite(out, files) {
  const replace = await checkReplaceable(out);
  const tmp = join5(dirname(out), `.${basename3(out)}.tmp-${process.pid}`);
  await rm2(tmp, { recursive: true, force: true });
  let bytes = 0;
  try {
    const paths = files.map((f) => join5(tmp, ...f.path.split("/")));
    for (const dir of new Set(paths.map((p) => dirname(p)))) await mkdir(dir, { recursive: true });
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < files.length; i = next++) {
        const content = files[i].content;
        await writeFile2(paths[i], content);
        bytes += Buffer.byteLength(content);
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    const old = join5(dirname(out), `.${basename3(out)}.old-${process.pid}`);
    if (replace) await rename(out, old);
    try {
      await rename(tmp, out);
    } catch (e) {
      if (replace) await rename(old, out).catch(() => void 0);
      throw e;
    }
    if (replace) await rm2(old, { recursive: true, force: true });
  } catch (e) {
    await rm2(tmp, { recursive: true, force: true });
    throw e;
  }
  return bytes;
}
async function buildSite(git, out, opts = {}) {
  const models = await withWholeRecords(git, await readAllModels(git));
  const files = renderSite(models, opts);
  const bytes = await writeSite(out, files);
  return {
    out,
    models: models.length,
    versions: models.reduce((n, m) => n + m.registry.versions.length, 0),
    files: files.length,
    bytes
  };
}
async function withWholeRecords(git, models) {
  const all = await readRecordsOfRegistries(
    git,
    models.map((m) => m.registry)
  );
  return models.map((m, i) => ({ ...m, registry: all[i] }));
}
export {
  ManifestInvalidError,
  buildSite,
  checkTree,
  deploy,
  deployAfterRollback,
  diff,
  evalJson,
  evaluate,
  exportOpenMetrics,
  formatIssue,
  history,
  loadManifest,
  monitor,
  openProject,
  promote,
  promoteAndDeploy,
  record,
  recordJson,
  rollback,
  show,
  status,
  streamLogger,
  withManifestPositions,
  withdrawOnFailure
};
