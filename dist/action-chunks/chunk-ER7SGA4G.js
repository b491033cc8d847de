import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  lastLines
} from "./chunk-QOU2NW2S.js";
import {
  eventCounterRefspec,
  modelRefPatterns
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
  const reader = import("./read-GRKWPNI6.js");
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
  if (r.code !== 0) {
    if (await git.remoteUrl(remote) === null) return noRemote(remote, options);
    throw new LeptonError("git", `could not fetch from ${remote}: ${lastLines(r.stderr)}`);
  }
  const created = (r.stderr.match(/^ \* \[new tag\] /gm) ?? []).length;
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

// src/action/history.ts
var REMOTE = "origin";
async function fetchModelHistory2(git, model, options) {
  const shallow = git.shallowAtTopLevel;
  const push = options.push ?? null;
  const fetched = await fetchModelHistory(git, model, {
    baseBranch: options.baseBranch,
    info: /* @__PURE__ */ __name((m) => options.log.info(m), "info"),
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
  historyGap,
  fetchModelHistory,
  REMOTE,
  fetchModelHistory2,
  startHistoryFetch
};
