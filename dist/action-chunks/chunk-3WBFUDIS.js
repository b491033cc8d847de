import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  lastLines
} from "./chunk-4V3BQP3G.js";
import {
  eventCounterRef,
  eventCounterRefspec,
  modelRefPatterns,
  parseTagName
} from "./chunk-5M3M32FF.js";
import {
  LeptonError
} from "./chunk-JFBFOGK2.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/io/registry/history.ts
import { existsSync } from "node:fs";
import { join } from "node:path";

// src/io/registry/remote.ts
var TAKEN_REASONS = /* @__PURE__ */ new Set(["already exists", "stale info", "fetch first", "non-fast-forward"]);
var COMPANION_REASONS = /* @__PURE__ */ new Set(["atomic push failed", "atomic push failure"]);
var TRANSACTION_REASONS = /* @__PURE__ */ new Set(["atomic transaction failed", "failed to update ref"]);
var RACE_IN_TRANSACTION = /File exists|reference already exists|but expected|reference is missing/;
function parsePorcelain(stdout) {
  const lines = [];
  for (const line of stdout.split("\n")) {
    const fields = line.split("	");
    if (fields.length < 3) continue;
    const [flag = "", fromTo = "", rest = ""] = fields;
    const colon = fromTo.indexOf(":");
    if (flag.length !== 1 || colon < 0) continue;
    const m = /^(.*?)(?: \((.*)\))?$/.exec(rest.trim());
    lines.push({
      flag,
      ref: fromTo.slice(colon + 1),
      summary: m?.[1] ?? rest,
      reason: m?.[2] ?? null
    });
  }
  return lines;
}
__name(parsePorcelain, "parsePorcelain");
function remoteLines(stderr) {
  return stderr.split("\n").filter((l) => l.startsWith("remote: ")).map((l) => l.slice("remote: ".length).trimEnd()).filter((l) => l !== "").slice(0, 20);
}
__name(remoteLines, "remoteLines");
function classifyPush(code, stdout, stderr, tagRef, refs) {
  const verdicts = parsePorcelain(stdout).filter((l) => refs.includes(l.ref));
  const fromRemote = remoteLines(stderr);
  const tag = verdicts.find((l) => l.ref === tagRef);
  if (code === 0 && verdicts.length === refs.length && verdicts.every((l) => l.flag !== "!")) {
    return tag?.flag === "=" ? { status: "up-to-date" } : { status: "pushed" };
  }
  const rejected = verdicts.filter((l) => l.flag === "!");
  if (rejected.length === 0) {
    return { status: "failed", detail: lastLines(stderr || stdout), remoteLines: fromRemote };
  }
  const causes = rejected.filter((l) => !COMPANION_REASONS.has(l.reason ?? ""));
  const detail = (causes.length ? causes : rejected).map((l) => `${l.ref}: ${l.summary}${l.reason ? ` (${l.reason})` : ""}`).join("; ");
  const race = causes.length > 0 && causes.every(
    (l) => l.summary === "[rejected]" && TAKEN_REASONS.has(l.reason ?? "") || l.summary === "[remote rejected]" && TRANSACTION_REASONS.has(l.reason ?? "") && RACE_IN_TRANSACTION.test(stderr)
  );
  return race ? { status: "taken", detail } : {
    status: "refused",
    detail,
    remoteLines: fromRemote,
    causes: causes.map((l) => l.ref),
    landed: verdicts.filter((l) => l.flag !== "!").map((l) => l.ref)
  };
}
__name(classifyPush, "classifyPush");
async function pushTag(git, remote, tag, counter, extra = []) {
  const ref = `refs/tags/${tag}`;
  const args = ["push", "--porcelain", "--atomic"];
  const refspecs = [`${ref}:${ref}`];
  const refs = [ref];
  if (counter) {
    args.push(`--force-with-lease=${counter.counter.ref}:${counter.counter.object ?? ""}`);
    refspecs.push(`${counter.object}:${counter.counter.ref}`);
    refs.push(counter.counter.ref);
  }
  for (const e of extra) {
    args.push(`--force-with-lease=${e.ref}:`);
    refspecs.push(`${e.object}:${e.ref}`);
    refs.push(e.ref);
  }
  const r = await git.run([...args, remote, ...refspecs], { allowFailure: true });
  return classifyPush(r.code, r.stdout, r.stderr, ref, refs);
}
__name(pushTag, "pushTag");
async function remoteRefs(git, remote, refs) {
  const r = await git.run(["ls-remote", remote, ...refs]);
  const found = /* @__PURE__ */ new Map();
  for (const line of r.stdout.split("\n")) {
    const [object, name] = line.split("	");
    if (object && name && refs.includes(name)) found.set(name, object);
  }
  return found;
}
__name(remoteRefs, "remoteRefs");
async function remoteTagObject(git, remote, tag) {
  const ref = `refs/tags/${tag}`;
  return (await remoteRefs(git, remote, [ref])).get(ref) ?? null;
}
__name(remoteTagObject, "remoteTagObject");
var maskUrls = /* @__PURE__ */ __name((text) => text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi, "$1***@"), "maskUrls");
function gitReason(stderr, code, n = 5) {
  const lines = stderr.split("\n").map((l) => l.trim());
  const said = lines.filter((l) => /^! \[|^(error|fatal):/.test(l));
  const chosen = (said.length ? said : lines.filter(Boolean).slice(-3)).slice(0, n);
  const more = said.length > n ? ` (and ${said.length - n} more)` : "";
  const text = chosen.map((l) => l.length > 300 ? `${l.slice(0, 299)}\u2026` : l).join("; ");
  return text ? maskUrls(text) + more : `exit ${code}`;
}
__name(gitReason, "gitReason");
var NEW_TAG = /^ \* \[new tag\]\s+\S+\s+->\s+(\S+)/;
var CLOBBER = /^ ! \[rejected\]\s+\S+\s+->\s+(\S+)\s+\(would clobber existing tag\)$/;
function readTagFetch(r) {
  const lines = r.stderr.split("\n");
  const created = lines.flatMap((l) => NEW_TAG.exec(l)?.[1] ?? []);
  const kept = lines.flatMap((l) => CLOBBER.exec(l)?.[1] ?? []);
  if (r.code !== 0) {
    const other = lines.some(
      (l) => /^ ! \[/.test(l) && !CLOBBER.test(l) || /^(error|fatal):/.test(l)
    );
    if (kept.length === 0 || other) {
      throw new LeptonError("git", `git fetch failed: ${gitReason(r.stderr, r.code)}`);
    }
  }
  return { created, kept };
}
__name(readTagFetch, "readTagFetch");
function keptTagsWarning(remote, fetched) {
  if (fetched.kept.length === 0) return null;
  const names = fetched.kept.slice(0, 5).join(", ");
  const more = fetched.kept.length > 5 ? ` and ${fetched.kept.length - 5} more` : "";
  return `kept the local tag(s) ${names}${more}: ${remote}'s tags of the same name differ (git: would clobber existing tag); the local ones are neither moved nor deleted, and ${remote}'s other tags were fetched`;
}
__name(keptTagsWarning, "keptTagsWarning");
async function fetchModelTags(git, remote, model, warn) {
  const r = await git.run(
    [
      "fetch",
      "--no-tags",
      "--no-write-fetch-head",
      remote,
      ...modelRefPatterns(model).map((p) => `${p}:${p}`),
      eventCounterRefspec(model)
    ],
    { allowFailure: true }
  );
  const fetched = readTagFetch(r);
  const kept = keptTagsWarning(remote, fetched);
  if (kept !== null) warn?.(kept);
  return fetched;
}
__name(fetchModelTags, "fetchModelTags");
async function readEventCounter(git, model) {
  const ref = eventCounterRef(model);
  const r = await git.run(["for-each-ref", "--format=%(objectname) %(tag)", ref]);
  const [object, name = ""] = r.stdout.trim().split(" ");
  if (!object) return { ref, object: null, n: 0 };
  return { ref, object, n: parseTagName(name)?.n ?? 0 };
}
__name(readEventCounter, "readEventCounter");
async function syncEventCounter(git, model, remoteObject) {
  const ref = eventCounterRef(model);
  const local = (await readEventCounter(git, model)).object;
  if (local === remoteObject) return;
  if (remoteObject === null) await git.run(["update-ref", "-d", ref]);
}
__name(syncEventCounter, "syncEventCounter");

// src/io/registry/history.ts
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
__name(historyGap, "historyGap");
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
  const reader = import("./read-DX3Y2WWT.js");
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
__name(fetchModelHistory, "fetchModelHistory");
var plainRemoteName = /* @__PURE__ */ __name((name) => /^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(name) && name !== "." && name !== "..", "plainRemoteName");
function noRemote(remote, options) {
  if (options.sayNoRemote !== false) {
    options.info(`no "${remote}" remote: working with the local tags and history only`);
  }
  return null;
}
__name(noRemote, "noRemote");
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
__name(refreshModelTags, "refreshModelTags");

// src/action/history.ts
var REMOTE = "origin";
async function fetchModelHistory2(git, model, options) {
  const shallow = git.shallowAtTopLevel;
  const push = options.push ?? null;
  const fetched = await fetchModelHistory(git, model, {
    baseBranch: options.baseBranch,
    info: /* @__PURE__ */ __name((m) => options.log.info(m), "info"),
    warn: /* @__PURE__ */ __name((m) => options.log.warn(m), "warn"),
    ...shallow !== null && { shallow },
    sayNoRemote: push === null
  });
  if (fetched === null && push !== null) {
    throw new LeptonError(
      "invalid",
      `input "push" is true, but the repository at ${push.repoRoot} has no "origin" remote to push to`,
      ["check the repository out with actions/checkout, or set push: false to tag locally only"]
    );
  }
  return fetched;
}
__name(fetchModelHistory2, "fetchModelHistory");
function startHistoryFetch(ctx, s, mode) {
  const pushes = mode === "tags" && s.inputs.push;
  return fetchModelHistory2(ctx.git, ctx.manifest.model, {
    baseBranch: mode === "tags" ? null : mode.baseBranch,
    log: s.log,
    push: pushes ? { repoRoot: ctx.repoRoot ?? ctx.modelDir } : null
  });
}
__name(startHistoryFetch, "startHistoryFetch");

export {
  pushTag,
  remoteRefs,
  remoteTagObject,
  keptTagsWarning,
  fetchModelTags,
  readEventCounter,
  syncEventCounter,
  historyGap,
  fetchModelHistory,
  refreshModelTags,
  REMOTE,
  fetchModelHistory2,
  startHistoryFetch
};
