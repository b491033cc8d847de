import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  appendSummary,
  error
} from "./chunk-JSGVNJ24.js";
import {
  manifestNameOf,
  trackableFiles
} from "./chunk-SJLSL6VG.js";
import {
  skippedReport,
  validReport
} from "./chunk-EFDMZQUS.js";
import {
  parseVersionArg
} from "./chunk-EJJ5NJB3.js";
import {
  empty
} from "./chunk-UYSAXCXO.js";
import {
  loadManifest
} from "./chunk-YIWR6ST7.js";
import {
  matchParts,
  rebaseName,
  selectionParts
} from "./chunk-LXS66HZP.js";
import {
  Git,
  readSettings
} from "./chunk-4V3BQP3G.js";
import {
  compareUtf8
} from "./chunk-MSFD3NQF.js";
import {
  require_mod
} from "./chunk-K3RFEF2P.js";
import {
  LeptonError
} from "./chunk-JFBFOGK2.js";
import {
  __name,
  __toESM
} from "./chunk-HQRR3HW4.js";

// src/action/annotations.ts
function annotateManifestIssues(issues) {
  for (const issue of issues) {
    const where = issue.path === "<root>" ? "" : `${issue.path}: `;
    error(`${where}${issue.message}${issue.hint ? ` (${issue.hint})` : ""}`, {
      file: issue.file,
      startLine: issue.line,
      startColumn: issue.column
    });
  }
}
__name(annotateManifestIssues, "annotateManifestIssues");

// src/action/summary.ts
var MAX_SUMMARY_BYTES = 1024 * 1024;
async function writeJobSummary(markdown, summaryFile) {
  if (!summaryFile) return false;
  await appendSummary(summaryFile, fitSummary(markdown));
  return true;
}
__name(writeJobSummary, "writeJobSummary");
function fitSummary(markdown) {
  const note = "\n\n\u2026 (truncated: the job summary holds at most 1 MiB)\n";
  if (Buffer.byteLength(markdown) <= MAX_SUMMARY_BYTES) return markdown;
  let text = markdown.slice(0, MAX_SUMMARY_BYTES - note.length * 4);
  while (Buffer.byteLength(text) + Buffer.byteLength(note) > MAX_SUMMARY_BYTES) {
    text = text.slice(0, Math.floor(text.length * 0.9));
  }
  return text.slice(0, text.lastIndexOf("\n") + 1 || text.length) + note;
}
__name(fitSummary, "fitSummary");

// src/action/run.ts
import { realpath } from "node:fs/promises";
import { relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

// src/app/context.ts
import { dirname } from "node:path";
async function openProject(options) {
  checkOpenOptions(options);
  const settings = options.settings ?? readSettings(options.env);
  const modelDir = dirname(options.manifestPath);
  const git = options.git?.cwd === modelDir ? options.git : new Git(modelDir, options.env);
  const top = git.topLevel();
  top.catch(() => void 0);
  const manifest = await loadManifest(options.manifestPath, options.manifestName);
  const repoRoot = await top;
  return {
    manifest,
    manifestPath: options.manifestPath,
    modelDir,
    repoRoot,
    git: repoRoot ? git.at(repoRoot) : git,
    env: options.env,
    settings,
    log: options.log,
    now: options.now ?? (() => /* @__PURE__ */ new Date()),
    ...options.evalCache && { evalCache: options.evalCache },
    ...options.signal && { signal: options.signal },
    ...options.isTTY !== void 0 && { isTTY: options.isTTY }
  };
}
__name(openProject, "openProject");
var LOGGER_METHODS = ["info", "warn", "output", "group"];
function checkOpenOptions(options) {
  const problems = [];
  const o = options ?? {};
  if (typeof o.manifestPath !== "string" || o.manifestPath === "")
    problems.push("manifestPath: the manifest file, a path");
  if (o.env === null || typeof o.env !== "object") problems.push("env: the environment, an object");
  const log = o.log;
  const missing = LOGGER_METHODS.filter((m) => typeof log?.[m] !== "function");
  if (missing.length)
    problems.push(
      `log: a Logger with ${LOGGER_METHODS.join(", ")} (missing: ${missing.join(", ")}); streamLogger(process.stderr) makes one`
    );
  if (problems.length)
    throw new LeptonError(
      "invalid",
      // The first problem in the message itself: `e.message` is what most callers print.
      `openProject: options are missing or of the wrong type: ${problems.map((p) => p.split(":")[0]).join(", ")}`,
      problems
    );
}
__name(checkOpenOptions, "checkOpenOptions");

// src/action/run.ts
var import_fastest_levenshtein2 = __toESM(require_mod(), 1);

// src/action/paths.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
var GLOB = /[*?[\]{}]/;
async function resolveProjectPaths(workspace, workingDirectory, manifest) {
  const dir = resolve(workspace, workingDirectory);
  const d = await stat(dir).catch(() => null);
  if (!d || !d.isDirectory()) {
    const details = [
      `resolved against the workspace ${workspace}: ${dir}`,
      ...await suggestion(workspace, dir, true)
    ];
    throw new LeptonError(
      "invalid",
      `input "working-directory": ${quote(workingDirectory)} ${d ? "is not a directory" : "does not exist"}`,
      details
    );
  }
  const manifestPath = resolve(dir, manifest);
  if (GLOB.test(manifest)) return { dir, manifestPath };
  const m = await stat(manifestPath).catch(() => null);
  if (!m || !m.isFile()) {
    const details = [
      `resolved against working-directory ${quote(workingDirectory)}: ${manifestPath}`,
      ...await suggestion(dir, manifestPath, false)
    ];
    throw new LeptonError(
      "invalid",
      `input "manifest": ${quote(manifest)} ${m ? m.isDirectory() ? "is a directory" : "is not a regular file" : "does not exist"}`,
      details
    );
  }
  return { dir, manifestPath };
}
__name(resolveProjectPaths, "resolveProjectPaths");
var quote = /* @__PURE__ */ __name((s) => JSON.stringify(s), "quote");
async function suggestion(base, target, wantDir) {
  const rel = relative(base, target);
  if (rel.startsWith("..") || rel === "") return [];
  const parts = rel.split(sep);
  let at = base;
  const fixed = [];
  let changed = false;
  for (const [i, part] of parts.entries()) {
    const entries = await readdir(at, { withFileTypes: true }).catch(() => null);
    if (!entries) return [];
    const last = i === parts.length - 1;
    const fits = entries.filter(
      (e) => e.name !== ".git" && (e.isDirectory() || last && !wantDir && e.isFile())
    );
    const names = fits.map((e) => e.name);
    let name = part;
    if (!names.includes(part)) {
      if (names.length === 0) return [];
      name = (0, import_fastest_levenshtein.closest)(part, names);
      if ((0, import_fastest_levenshtein.distance)(part, name) > Math.max(1, Math.floor(part.length / 3))) return [];
      changed = true;
    }
    fixed.push(name);
    at = join(at, name);
  }
  return changed ? [`did you mean ${quote(fixed.join("/"))}?`] : [];
}
__name(suggestion, "suggestion");

// src/io/services/cache.ts
import { createHash } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";
var toolkit;
var loadToolkit = /* @__PURE__ */ __name(() => toolkit ??= import("./cache-FUXGHK5W.js"), "loadToolkit");
var mayHaveService = /* @__PURE__ */ __name((env) => Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL), "mayHaveService");
function actionsEvalCache(options) {
  const dir = join2(options.dir ?? tmpdir(), "lepton-eval-cache");
  let warnedAbsent = false;
  const available = /* @__PURE__ */ __name(async () => {
    if (mayHaveService(options.env) && (await loadToolkit()).isFeatureAvailable()) return true;
    if (!warnedAbsent) {
      options.warn("the Actions cache service is not available here: eval results are not cached");
      warnedAbsent = true;
    }
    return false;
  }, "available");
  const locate = /* @__PURE__ */ __name((key) => {
    const id = createHash("sha256").update(key).digest("hex");
    return { cacheKey: `lepton-eval-${id}`, file: join2(dir, `${id}.json`) };
  }, "locate");
  return {
    async restore(key) {
      if (!await available()) return null;
      const { cacheKey, file } = locate(key);
      try {
        await rm(file, { force: true });
        const hit = await (await loadToolkit()).restoreCache([file], cacheKey);
        if (hit !== cacheKey) return null;
        const stored = JSON.parse(await readFile(file, "utf8"));
        if (stored.key !== key || !isMetrics(stored.metrics)) return null;
        options.info(`eval results restored from the Actions cache (${cacheKey})`);
        return stored.metrics;
      } catch (e) {
        options.warn(
          `could not restore eval results from the Actions cache: ${e.message}`
        );
        return null;
      }
    },
    async save(key, metrics) {
      if (!await available()) return;
      const { cacheKey, file } = locate(key);
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(file, JSON.stringify({ key, metrics }));
        const id = await (await loadToolkit()).saveCache([file], cacheKey);
        if (id === -1)
          options.info(`eval results were not saved to the Actions cache (${cacheKey})`);
        else options.info(`eval results saved to the Actions cache (${cacheKey})`);
      } catch (e) {
        options.warn(`could not save eval results to the Actions cache: ${e.message}`);
      }
    }
  };
}
__name(actionsEvalCache, "actionsEvalCache");
function isMetrics(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === "number");
}
__name(isMetrics, "isMetrics");

// src/action/run.ts
async function run(s) {
  const { plan } = s;
  if (plan.kind === "comment") return (await import("./comment-mode-MXKKYWMP.js")).commentMode(s, plan);
  const ctx = await open(s);
  switch (plan.kind) {
    case "validate":
      return {
        ...empty(ctx.manifest.model),
        report: validReport(ctx.manifest, manifestNameOf(ctx))
      };
    case "eval": {
      const [{ startHistoryFetch }, { startModelListing }, { checkPullRequestCheckout }] = await Promise.all([
        import("./history-3CS6MDIQ.js"),
        import("./early-XLIUZSTA.js"),
        import("./checkout-FBB2UDUE.js")
      ]);
      const history = startHistoryFetch(ctx, s, plan);
      history.catch(() => void 0);
      const checkout = plan.pullRequest !== null && plan.headSha !== null ? checkPullRequestCheckout(ctx.git, { number: plan.pullRequest, headSha: plan.headSha }) : Promise.resolve(null);
      checkout.catch(() => void 0);
      const listing = startModelListing(ctx);
      return (await import("./modes-W6RP55GT.js")).evalMode(ctx, s, plan, history, listing, checkout);
    }
    case "record": {
      const [{ startHistoryFetch }, { askRecordQuestions }] = await Promise.all([
        import("./history-3CS6MDIQ.js"),
        import("./early-XLIUZSTA.js")
      ]);
      const history = startHistoryFetch(ctx, s, "tags");
      history.catch(() => void 0);
      const questions = askRecordQuestions(ctx);
      return (await import("./modes-W6RP55GT.js")).recordMode(ctx, s, history, questions);
    }
    case "promote": {
      if (plan.tagModel !== null && plan.tagModel !== ctx.manifest.model) {
        const reason = `the release names model ${plan.tagModel}, not ${ctx.manifest.model}: nothing to promote`;
        s.log.info(reason);
        return { ...empty(ctx.manifest.model), report: skippedReport(reason) };
      }
      checkPromoteInputs(ctx, s.inputs);
      return (await import("./promote-mode-AINUCBNQ.js")).promoteMode(ctx, s, plan);
    }
    case "monitor":
      if (plan.stage !== null) checkPromoteInputs(ctx, s.inputs);
      return (await import("./monitor-mode-SWSBELDP.js")).monitorMode(ctx, s, plan);
    case "deploy":
      checkPromoteInputs(ctx, s.inputs);
      return (await import("./deploy-mode-OCUCHNUG.js")).deployMode(ctx, s, plan);
    case "rollback":
      return (await import("./rollback-mode-MMZ3VAOA.js")).rollbackMode(ctx, s, plan);
  }
}
__name(run, "run");
async function open(s) {
  const paths = await resolveProjectPaths(
    s.workspace,
    s.inputs.workingDirectory,
    s.inputs.manifest
  );
  const dir = await realpath(paths.dir);
  const manifestPath = resolve2(dir, s.inputs.manifest);
  const env = useCaseEnv(s.env);
  const probe = new Git(dir, env);
  const root = await probe.topLevel() ?? s.workspace;
  return openProject({
    manifestPath,
    // Annotations resolve files against the repository root.
    manifestName: relative2(root, manifestPath).split(sep2).join("/"),
    env,
    git: probe,
    log: s.log,
    ...s.signal && { signal: s.signal },
    evalCache: actionsEvalCache({
      dir: s.tempDir,
      warn: s.log.warn,
      info: s.log.info,
      env: s.env
    })
  });
}
__name(open, "open");
function checkPromoteInputs(ctx, inputs) {
  const m = ctx.manifest;
  const stages = m.stages.map((x) => x.name);
  if (inputs.stage !== null && !stages.includes(inputs.stage)) {
    const near = stages.length ? (0, import_fastest_levenshtein2.closest)(inputs.stage, stages) : null;
    throw new LeptonError(
      "invalid",
      `input "stage": ${m.model} has no stage ${JSON.stringify(inputs.stage)}`,
      [
        stages.length ? `stages in ${manifestNameOf(ctx)}: ${stages.join(", ")}` : `${manifestNameOf(ctx)} declares no stages`,
        ...near && (0, import_fastest_levenshtein2.distance)(near, inputs.stage) <= Math.max(2, inputs.stage.length / 3) ? [`did you mean ${JSON.stringify(near)}?`] : []
      ]
    );
  }
  if (inputs.version !== null && parseVersionArg(inputs.version, m.model) === null) {
    throw new LeptonError(
      "invalid",
      `input "version": ${JSON.stringify(inputs.version)} is not a version`,
      [`expected 1.2.0, v1.2.0 or ${m.model}@v1.2.0; leave it empty for the latest that passed`]
    );
  }
}
__name(checkPromoteInputs, "checkPromoteInputs");
function useCaseEnv(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    if (k.startsWith("INPUT_") || k.startsWith("ACTIONS_")) continue;
    out[k] = v;
  }
  return out;
}
__name(useCaseEnv, "useCaseEnv");

// src/app/models.ts
import { posix, relative as relative3, resolve as resolve3, sep as sep3 } from "node:path";

// src/io/manifests.ts
import { join as join3 } from "node:path";
async function findManifests(git) {
  const r = await git.run([
    "ls-files",
    "-z",
    "--cached",
    "--others",
    "--exclude-standard",
    "--",
    ":(glob)**/lepton.yml",
    // A GitHub workflow may well be called lepton.yml; nothing under .github/ is a model.
    ":(glob,exclude).github/**"
  ]);
  const rel = [...new Set(r.stdout.split("\0").filter(Boolean))].sort();
  return rel.map((p) => join3(git.cwd, p));
}
__name(findManifests, "findManifests");

// src/app/models.ts
var isTouched = /* @__PURE__ */ __name((t) => t.manifest || t.eval || t.components.length > 0 || t.data.length > 0, "isTouched");
var isGlob = /* @__PURE__ */ __name((p) => /[*?[\]{}]/.test(p), "isGlob");
async function findModels(git, options = {}) {
  const top = git.cwd;
  const paths = options.pattern === void 0 ? await findManifests(git) : await expandManifests(git, options.pattern, options.cwd ?? top);
  const seen = /* @__PURE__ */ new Map();
  const out = [];
  for (const path of paths) {
    const manifest = relative3(top, path).split(sep3).join("/");
    const model = await loadManifest(path, manifest);
    const other = seen.get(model.model);
    if (other !== void 0) {
      throw new LeptonError("invalid", `model "${model.model}" is named by two manifests`, [
        other,
        manifest
      ]);
    }
    seen.set(model.model, manifest);
    out.push({ manifest, dir: posix.dirname(manifest), model });
  }
  return out;
}
__name(findModels, "findModels");
function touchedBy(m, changed) {
  const prefix = m.dir === "." ? "" : m.dir;
  const files = [...changed].map((f) => rebaseName(f, prefix)).sort(compareUtf8);
  const { parts } = matchParts(selectionParts(m.model), files);
  const names = /* @__PURE__ */ __name((kind) => parts.filter((p) => p.kind === kind && p.files.length > 0).map((p) => p.name), "names");
  return {
    manifest: changed.has(m.manifest),
    components: names("component"),
    data: names("data"),
    eval: parts.some((p) => p.kind === "eval" && p.files.length > 0)
  };
}
__name(touchedBy, "touchedBy");
async function expandManifests(git, pattern, cwd) {
  const top = git.cwd;
  const rel = relative3(top, resolve3(cwd, pattern)).split(sep3).join("/");
  if (rel.startsWith("../") || rel === "..") {
    throw new LeptonError("invalid", `manifest ${pattern} leaves the repository`);
  }
  let paths;
  if (!isGlob(rel)) {
    paths = [resolve3(top, rel)];
  } else {
    paths = (await trackableFiles(git, `:(glob)${rel}`)).sort(compareUtf8).map((p) => resolve3(top, p));
  }
  if (paths.length === 0) {
    throw new LeptonError("invalid", `manifest ${pattern} names no manifest`, [
      "the glob is matched against the files git tracks (or would), relative to the working directory"
    ]);
  }
  return paths;
}
__name(expandManifests, "expandManifests");

export {
  annotateManifestIssues,
  writeJobSummary,
  run,
  isTouched,
  isGlob,
  findModels,
  touchedBy,
  expandManifests
};
