import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  annotateManifestIssues,
  expandManifests,
  findModels,
  isGlob,
  isTouched,
  run,
  touchedBy,
  writeJobSummary
} from "./chunk-WLTHIZJM.js";
import {
  info,
  setFailed,
  setOutput,
  warning
} from "./chunk-JSGVNJ24.js";
import "./chunk-SJLSL6VG.js";
import {
  errorReport
} from "./chunk-EFDMZQUS.js";
import {
  defaultBranch
} from "./chunk-FLYI36XD.js";
import "./chunk-EJJ5NJB3.js";
import {
  markdownTable
} from "./chunk-QJ2QLURK.js";
import {
  codeSpan,
  escapeText
} from "./chunk-UYSAXCXO.js";
import {
  readOverviews
} from "./chunk-TPH3SVRP.js";
import "./chunk-W75T7KDA.js";
import "./chunk-6AYYSD3U.js";
import {
  ManifestInvalidError,
  loadManifest
} from "./chunk-YIWR6ST7.js";
import {
  validateManifestLazily
} from "./chunk-LXS66HZP.js";
import "./chunk-LKG3CIQE.js";
import {
  Git,
  lastLines
} from "./chunk-4V3BQP3G.js";
import "./chunk-MSFD3NQF.js";
import "./chunk-W5EEA2B3.js";
import "./chunk-QZDZ6KXE.js";
import "./chunk-K3RFEF2P.js";
import "./chunk-4TO6S54C.js";
import "./chunk-W7XFMGYR.js";
import "./chunk-5622NKCU.js";
import "./chunk-3MVFEEWP.js";
import {
  modelRefPatterns
} from "./chunk-5M3M32FF.js";
import {
  LeptonError,
  exitCodeOf,
  isLeptonError
} from "./chunk-JFBFOGK2.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/action/many.ts
import { mkdir, realpath, writeFile } from "node:fs/promises";
import { join, relative as relative2, resolve as resolve2 } from "node:path";

// src/app/affected.ts
import { relative, resolve, sep } from "node:path";

// src/io/changes.ts
async function worktreeChanges(git, head = headCommit(git)) {
  const untracked = git.run(["ls-files", "-z", "--others", "--exclude-standard"]);
  const out = new Set(split0((await untracked).stdout));
  if (await head === null) {
    for (const f of split0((await git.run(["ls-files", "-z", "--cached"])).stdout)) out.add(f);
    return out;
  }
  const diff = await git.run(
    ["diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", await head, "--"],
    { allowFailure: true }
  );
  if (diff.code !== 0) {
    throw new LeptonError(
      "git",
      `could not compare the working tree with HEAD: ${lastLines(diff.stderr)}`
    );
  }
  for (const f of split0(diff.stdout)) out.add(f);
  return out;
}
__name(worktreeChanges, "worktreeChanges");
async function changesToHead(git, commits, head = headCommit(git)) {
  const result = /* @__PURE__ */ new Map();
  const unique = [...new Set(commits)];
  if (unique.length === 0) return result;
  const to = await head;
  if (to === null) {
    for (const c of unique) result.set(c, null);
    return result;
  }
  const r = await git.run(
    ["diff-tree", "--always", "-r", "--no-renames", "--name-only", "-z", "--stdin"],
    { input: unique.map((c) => `${c} ${to}
`).join(""), allowFailure: true }
  );
  if (r.code !== 0) {
    throw new LeptonError("git", `could not compare versions' commits: ${lastLines(r.stderr)}`);
  }
  let next = 0;
  let current = null;
  for (const token of split0(r.stdout)) {
    const at = unique.indexOf(token, next);
    if (at >= 0) {
      for (let i = next; i < at; i++) result.set(unique[i], null);
      current = /* @__PURE__ */ new Set();
      result.set(token, current);
      next = at + 1;
    } else if (current) {
      current.add(token);
    }
  }
  for (let i = next; i < unique.length; i++) result.set(unique[i], null);
  return result;
}
__name(changesToHead, "changesToHead");
async function resolveBase(git, ref) {
  if (ref.startsWith("-")) throw new LeptonError("invalid", `--base ${ref}: not a git revision`);
  const r = await git.run(["rev-parse", "-q", "--verify", "--end-of-options", `${ref}^{commit}`], {
    allowFailure: true
  });
  if (r.code !== 0) {
    throw new LeptonError("invalid", `--base ${ref}: no such commit in this clone`, [
      `fetch it first (git fetch origin ${ref.replace(/^origin\//, "")}), or name another revision`
    ]);
  }
  const commit = r.stdout.trim();
  const mb = await git.run(["merge-base", commit, "HEAD"], { allowFailure: true });
  const from = mb.code === 0 && mb.stdout.trim() ? mb.stdout.trim().split("\n")[0] : commit;
  return { commit, from };
}
__name(resolveBase, "resolveBase");
async function deletedSince(git, commit, pathspecs) {
  const r = await git.run(
    [
      "diff",
      "--name-only",
      "-z",
      "--no-renames",
      "--no-ext-diff",
      "--diff-filter=D",
      commit,
      "--",
      ...pathspecs
    ],
    { allowFailure: true }
  );
  if (r.code !== 0) {
    throw new LeptonError(
      "git",
      `could not compare ${commit.slice(0, 12)} with the working tree: ${lastLines(r.stderr)}`
    );
  }
  return split0(r.stdout);
}
__name(deletedSince, "deletedSince");
function split0(text) {
  return text.split("\0").filter((s) => s !== "");
}
__name(split0, "split0");
async function headCommit(git) {
  const r = await git.run(["rev-parse", "-q", "--verify", "HEAD^{commit}"], { allowFailure: true });
  return r.code === 0 ? r.stdout.trim() : null;
}
__name(headCommit, "headCommit");
async function filesAtCommits(git, wanted) {
  const nameable = wanted.map((w) => !/[\n\r]/.test(w.path));
  const asked = wanted.filter((_, i) => nameable[i]);
  if (asked.length === 0) return wanted.map(() => null);
  const chunks = [];
  await git.run(["cat-file", "--batch", "--buffer"], {
    input: asked.map((w) => `${w.commit}:${w.path}
`).join(""),
    onStdout: /* @__PURE__ */ __name((b) => chunks.push(b), "onStdout")
  });
  const found = parseBatch(Buffer.concat(chunks), asked.length);
  let k = 0;
  return nameable.map((ok) => ok ? found[k++] ?? null : null);
}
__name(filesAtCommits, "filesAtCommits");
function parseBatch(out, count) {
  const result = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const eol = out.indexOf(10, at);
    if (eol < 0) break;
    const header = out.toString("latin1", at, eol).split(" ");
    at = eol + 1;
    const size = Number(header[2]);
    if (header.length !== 3 || !Number.isSafeInteger(size) || size < 0) {
      result.push(null);
      continue;
    }
    if (at + size + 1 > out.length) break;
    result.push(header[1] === "blob" ? out.subarray(at, at + size) : null);
    at += size + 1;
  }
  while (result.length < count) result.push(null);
  return result;
}
__name(parseBatch, "parseBatch");

// src/core/manifest/selection.ts
function sameSelection(a, b) {
  const key = /* @__PURE__ */ __name((m) => JSON.stringify([m.components, m.data].map((parts) => parts.map((p) => [p.name, p.paths]))), "key");
  return key(a) === key(b);
}
__name(sameSelection, "sameSelection");

// src/app/ls.ts
async function lsRows(git, models, head = headCommit(git)) {
  const [overviews, worktree] = await Promise.all([
    // One `for-each-ref` for every model's tags; each model's latest version and stage holders
    // from its tag cache.
    readOverviews(
      git,
      models.map((m) => m.model.model)
    ),
    worktreeChanges(git, head)
  ]);
  const latest = overviews.map((r) => r.latest);
  const commits = latest.flatMap((v) => v ? [v.commit] : []);
  const toHead = await changesToHead(git, commits, head);
  const rows = models.map((m, i) => {
    const overview = overviews[i];
    const v = latest[i] ?? null;
    const stages = {};
    for (const s of m.model.stages) stages[s.name] = null;
    Object.assign(stages, overview.stages);
    let changed = true;
    let touched = null;
    if (v) {
      const since = toHead.get(v.commit) ?? null;
      if (since === null) {
        changed = null;
      } else {
        touched = touchedBy(m, /* @__PURE__ */ new Set([...since, ...worktree]));
        changed = touched.components.length > 0 || touched.data.length > 0;
      }
    }
    return {
      manifest: m.manifest,
      workingDirectory: m.dir,
      model: m.model.model,
      latest: v && { version: v.version, tag: v.tag },
      stages,
      changed,
      touched
    };
  });
  return selectingAlike(git, models, rows, latest);
}
__name(lsRows, "lsRows");
async function selectingAlike(git, models, rows, latest) {
  const suspects = rows.flatMap((row, i) => {
    const commit = latest[i]?.commit;
    return row.changed === false && row.touched?.manifest && commit ? [{ i, commit }] : [];
  });
  if (suspects.length === 0) return [...rows];
  const texts = await filesAtCommits(
    git,
    suspects.map(({ i, commit }) => ({ commit, path: models[i].manifest }))
  );
  const out = [...rows];
  for (const [k, { i }] of suspects.entries()) {
    const m = models[i];
    const text = texts[k];
    const then = text ? await validateManifestLazily(text.toString("utf8"), m.manifest) : null;
    if (!then?.ok || !sameSelection(then.manifest, m.model)) {
      out[i] = { ...rows[i], changed: true };
    }
  }
  return out;
}
__name(selectingAlike, "selectingAlike");

// src/app/affected.ts
async function affected(git, options = {}) {
  const found = options.base === void 0 ? await defaultBranch(git) : null;
  const ref = options.base ?? found?.replace(/^refs\/remotes\//, "");
  if (!ref) {
    if ((await git.remoteNames()).length === 0) {
      throw new LeptonError("invalid", "no base to compare with: this repository has no remote", [
        "give one, a branch or commit: lepton affected --base main"
      ]);
    }
    throw new LeptonError(
      "invalid",
      "no base to compare with: the remote has no default branch here",
      [
        "give one: lepton affected --base origin/main",
        "or record the remote's default branch once (a clone has it; git init and push do not): git remote set-head origin --auto"
      ]
    );
  }
  const [models, base, worktree] = await Promise.all([
    findModels(git, options),
    resolveBase(git, ref),
    worktreeChanges(git)
  ]);
  const since = (await changesToHead(git, [base.from])).get(base.from);
  if (!since) {
    throw new LeptonError("git", `could not compare ${ref} with HEAD: the commit cannot be read`);
  }
  const changed = /* @__PURE__ */ new Set([...since, ...worktree]);
  const [rows, dropped] = await Promise.all([
    options.unrecorded ? lsRows(git, models) : Promise.resolve(null),
    droppedManifests(git, base.from, options, models)
  ]);
  const hit = [];
  const unaffected = [];
  for (const [i, m] of models.entries()) {
    const touched = touchedBy(m, changed);
    const row = rows?.[i];
    const unrecorded = row === void 0 || row.changed === false ? null : row.latest === null ? "no version yet" : row.changed === null ? `v${row.latest.version}'s commit is not in this clone` : `content differs from v${row.latest.version}`;
    if (!isTouched(touched) && unrecorded === null) unaffected.push(m.model.model);
    else
      hit.push({
        model: m.model.model,
        manifest: m.manifest,
        "working-directory": m.dir,
        touched,
        ...unrecorded !== null && { unrecorded }
      });
  }
  return {
    include: hit.map(({ model, manifest, "working-directory": wd }) => ({
      model,
      manifest,
      "working-directory": wd
    })),
    base: { ref, commit: base.from },
    models: hit,
    unaffected,
    dropped
  };
}
__name(affected, "affected");
async function droppedManifests(git, from, options, models) {
  const current = new Set(models.map((m) => m.manifest));
  let pathspecs;
  if (options.pattern === void 0) {
    pathspecs = [":(glob)**/lepton.yml", ":(glob,exclude).github/**"];
  } else {
    const rel = relative(git.cwd, resolve(options.cwd ?? git.cwd, options.pattern)).split(sep).join("/");
    if (!isGlob(rel) || rel === ".." || rel.startsWith("../")) return [];
    pathspecs = [`:(glob)${rel}`];
  }
  const gone = (await deletedSince(git, from, pathspecs)).filter((p) => !current.has(p));
  if (gone.length === 0) return [];
  const texts = await filesAtCommits(
    git,
    gone.map((path) => ({ commit: from, path }))
  );
  const named = await Promise.all(
    gone.map(async (manifest, i) => {
      const text = texts[i];
      const then = text ? await validateManifestLazily(text.toString("utf8"), manifest) : null;
      return { manifest, model: then?.ok ? then.manifest.model : null };
    })
  );
  const names = new Set(models.map((m) => m.model.model));
  return named.filter((d) => d.model === null || !names.has(d.model));
}
__name(droppedManifests, "droppedManifests");

// src/core/report/ls.ts
function droppedWarning(d) {
  return `${d.manifest}${d.model ? ` (${d.model})` : ""} no longer matches the manifest glob: it was renamed/removed; it is no longer gated`;
}
__name(droppedWarning, "droppedWarning");
function describeAffected(m) {
  return [describeTouched(m.touched), ...m.unrecorded ? [`not recorded: ${m.unrecorded}`] : []].filter((x) => x !== "").join("; ");
}
__name(describeAffected, "describeAffected");
function describeTouched(t) {
  const out = [];
  if (t.components.length) out.push(`components ${t.components.join(", ")}`);
  if (t.data.length) out.push(`data ${t.data.join(", ")}`);
  if (t.eval) out.push("eval files");
  if (t.manifest) out.push("lepton.yml");
  return out.join("; ");
}
__name(describeTouched, "describeTouched");

// src/action/many.ts
async function runManyAction(inputs, plan, shell) {
  const dir = await realpath(resolve2(shell.workspace, inputs.workingDirectory)).catch(() => {
    throw new LeptonError(
      "invalid",
      `input "working-directory": ${JSON.stringify(inputs.workingDirectory)} does not exist`
    );
  });
  const top = await new Git(dir, shell.env).topLevel() ?? dir;
  const paths = await expandManifests(new Git(top, shell.env), inputs.manifest, dir);
  shell.log.info(`manifest ${inputs.manifest}: ${paths.length} model(s)`);
  const runs = [];
  for (const path of paths) {
    const manifest = relative2(dir, path);
    const name = relative2(top, path);
    const one = { ...inputs, manifest };
    let result;
    let error = null;
    try {
      result = await shell.log.group(`lepton: ${name}`, () => run({ ...shell, inputs: one, plan }));
    } catch (e) {
      error = e;
      if (e instanceof ManifestInvalidError) annotateManifestIssues(e.issues);
      shell.log.warn(`${name}: ${e instanceof Error ? e.message : String(e)}`);
      result = {
        // Outputs are keyed by model: a manifest that parsed names it, even when its run failed.
        model: e instanceof ManifestInvalidError ? null : await modelNameOf(path),
        version: null,
        tag: null,
        stageTag: null,
        rolledBackTo: null,
        rollbackTag: null,
        passed: false,
        reused: false,
        metrics: {},
        report: errorReport(e),
        gateFailure: null
      };
    }
    runs.push({ manifest: name, result, error });
  }
  await publishMany(runs, shell.tempDir, shell.env.GITHUB_STEP_SUMMARY);
  const gates = runs.filter((r) => r.result.gateFailure !== null);
  const errors = runs.filter((r) => r.error !== null);
  const lines = [
    ...errors.map((r) => `${keyOf(r)}: ${message(r.error)}`),
    ...gates.map((r) => `${keyOf(r)}: ${r.result.gateFailure}`)
  ];
  const hard = runs.find(
    (r) => r.error !== null || r.result.gateFailure !== null && r.result.exitCode !== void 0
  );
  if (hard) {
    setFailed(lines.join("\n"));
    process.exitCode = hard.error !== null ? exitCodeOf(hard.error) : hard.result.exitCode;
  } else if (gates.length) {
    if (inputs.failOnThreshold) setFailed(lines.join("\n"));
    else warning(`${lines.join("; ")} (fail-on-threshold is false: the step still succeeds)`);
  }
}
__name(runManyAction, "runManyAction");
var modelNameOf = /* @__PURE__ */ __name((path) => loadManifest(path).then(
  (m) => m.model,
  () => null
), "modelNameOf");
var keyOf = /* @__PURE__ */ __name((r) => r.result.model ?? r.manifest, "keyOf");
var message = /* @__PURE__ */ __name((e) => isLeptonError(e) ? [e.message, ...e.details].join("; ") : e instanceof Error ? e.message : String(e), "message");
async function publishMany(runs, tempDir, summaryFile) {
  const keyed = /* @__PURE__ */ __name((pick) => JSON.stringify(Object.fromEntries(runs.map((r) => [keyOf(r), pick(r.result)]))), "keyed");
  const report = manyReport(runs);
  await mkdir(tempDir, { recursive: true });
  const reportPath = join(tempDir, "lepton-models-report.md");
  await writeFile(reportPath, report);
  setOutput(
    "version",
    keyed((r) => r.version ?? "")
  );
  setOutput(
    "tag",
    keyed((r) => r.tag ?? "")
  );
  setOutput(
    "stage-tag",
    keyed((r) => r.stageTag ?? "")
  );
  setOutput(
    "rolled-back-to",
    keyed((r) => r.rolledBackTo ?? "")
  );
  setOutput(
    "rollback-tag",
    keyed((r) => r.rollbackTag ?? "")
  );
  setOutput(
    "reused",
    keyed((r) => r.reused)
  );
  setOutput(
    "metrics",
    keyed((r) => r.metrics)
  );
  setOutput("passed", String(runs.every((r) => r.result.passed && r.error === null)));
  setOutput(
    "results",
    JSON.stringify(
      Object.fromEntries(
        runs.map((r) => [
          keyOf(r),
          {
            manifest: r.manifest,
            version: r.result.version,
            tag: r.result.tag,
            stageTag: r.result.stageTag,
            rolledBackTo: r.result.rolledBackTo,
            rollbackTag: r.result.rollbackTag,
            passed: r.result.passed && r.error === null,
            reused: r.result.reused,
            metrics: r.result.metrics,
            error: r.error === null ? null : message(r.error)
          }
        ])
      )
    )
  );
  setOutput("report", reportPath);
  try {
    if (!await writeJobSummary(report, summaryFile)) info(`the report is in ${reportPath}`);
  } catch (e) {
    warning(`could not write the job summary: ${e.message}`);
  }
}
__name(publishMany, "publishMany");
function manyReport(runs) {
  const rows = runs.map((r) => [
    r.result.model ? codeSpan(r.result.model, true) : "\u2014",
    codeSpan(r.manifest, true),
    r.error !== null ? "\u274C error" : r.result.passed ? "\u2705 pass" : "\u274C fail",
    r.result.version ? escapeText(`v${r.result.version}`) : "\u2014",
    r.result.reused ? "reused" : "",
    escapeText(r.error !== null ? message(r.error) : r.result.gateFailure ?? "", 300)
  ]);
  const failed = runs.filter((r) => r.error !== null || !r.result.passed).length;
  return [
    `### Lepton \xB7 ${runs.length} model(s): ${failed === 0 ? "all passed" : `${failed} failed`}`,
    "",
    ...markdownTable(["model", "manifest", "result", "version", "metrics", "why"], rows),
    "",
    ...runs.map((r) => r.result.report)
  ].join("\n");
}
__name(manyReport, "manyReport");
async function planAction(inputs, event, shell) {
  const dir = resolve2(shell.workspace, inputs.workingDirectory);
  const top = await new Git(dir, shell.env).topLevel();
  if (!top) {
    throw new LeptonError("invalid", `plan needs a git checkout; ${dir} is not in one`, [
      "run actions/checkout first"
    ]);
  }
  const git = new Git(top, shell.env);
  const pattern = inputs.manifest === "lepton.yml" && inputs.workingDirectory === "." ? {} : { pattern: inputs.manifest, cwd: dir };
  const base = await planBase(git, event, shell.log);
  let include;
  let lines;
  if (base === null) {
    const models = await findModels(git, pattern);
    include = models.map((m) => ({
      model: m.model.model,
      manifest: m.manifest,
      "working-directory": m.dir
    }));
    lines = [
      `Every model (${include.length}): no base to compare with on ${event.name || "this event"}.`
    ];
  } else {
    const onPush = event.name === "push";
    const tagged = onPush ? await fetchVersionTags(git, pattern, shell.log) : true;
    const a = await affected(git, { ...pattern, base, unrecorded: onPush });
    include = [...a.include];
    if (!tagged) {
      const all = await findModels(git, pattern);
      include = all.map((m) => ({
        model: m.model.model,
        manifest: m.manifest,
        "working-directory": m.dir
      }));
    }
    for (const d of a.dropped) warning(droppedWarning(d));
    const dropped = a.dropped.map((d) => `> [!WARNING]
> ${escapeText(droppedWarning(d))}`);
    lines = !tagged ? [
      `Every model (${include.length}): the versions' tags could not be fetched, so which content is recorded cannot be told.`
    ] : a.models.length ? [
      `${a.models.length} model(s) affected since ${codeSpan(base)}:`,
      "",
      ...markdownTable(
        ["model", "manifest", "changed"],
        a.models.map((m) => [
          codeSpan(m.model, true),
          codeSpan(m.manifest, true),
          escapeText(describeAffected(m))
        ])
      ),
      ...a.unaffected.length ? ["", `Unaffected: ${a.unaffected.map((u) => codeSpan(u)).join(", ")}`] : []
    ] : [
      `No model is affected since ${codeSpan(base)}: no eval runs.${a.unaffected.length ? ` Unaffected: ${a.unaffected.map((u) => codeSpan(u)).join(", ")}.` : ""}`
    ];
    if (dropped.length) lines.push("", ...dropped.flatMap((d) => [d, ""]));
  }
  const matrix = JSON.stringify({ include });
  shell.log.info(
    `plan: ${include.length ? include.map((e) => e.model).join(", ") : "no model affected: nothing to evaluate"}`
  );
  setOutput("matrix", matrix);
  setOutput("count", String(include.length));
  setOutput("passed", "true");
  const report = [`### Lepton \xB7 plan`, "", ...lines, ""].join("\n");
  await mkdir(shell.tempDir, { recursive: true });
  const reportPath = join(shell.tempDir, "lepton-plan-report.md");
  await writeFile(reportPath, report);
  setOutput("report", reportPath);
  await writeJobSummary(report, shell.env.GITHUB_STEP_SUMMARY).catch(
    (e) => warning(`could not write the job summary: ${e.message}`)
  );
}
__name(planAction, "planAction");
async function fetchVersionTags(git, pattern, log) {
  const models = await findModels(git, pattern);
  if (models.length === 0) return true;
  const shallow = await git.run(["rev-parse", "--is-shallow-repository"], { allowFailure: true });
  const specs = models.map((m) => {
    const [versions] = modelRefPatterns(m.model.model);
    return `+${versions}:${versions}`;
  });
  const r = await git.run(
    [
      "-c",
      "maintenance.auto=false",
      "fetch",
      "-q",
      "--no-tags",
      ...shallow.stdout.trim() === "true" ? ["--depth=1"] : [],
      "origin",
      ...specs
    ],
    { allowFailure: true }
  );
  if (r.code !== 0) {
    log.warn(`could not fetch the models' version tags from origin: planning every model`);
    return false;
  }
  log.info(`fetched the version tags of ${models.length} model(s) from origin`);
  return true;
}
__name(fetchVersionTags, "fetchVersionTags");
async function planBase(git, event, log) {
  const p = event.payload;
  let ref = null;
  let fetch = null;
  const base = p.pull_request?.base?.ref;
  if ((event.name === "pull_request" || event.name === "pull_request_target") && base) {
    if (!/^[\w./-]+$/.test(base) || base.startsWith("-")) return null;
    ref = `refs/remotes/origin/${base}`;
    fetch = `+refs/heads/${base}:${ref}`;
  } else if (event.name === "push" && typeof p.before === "string" && /^[0-9a-f]{40}$/.test(p.before) && !/^0+$/.test(p.before)) {
    ref = p.before;
    fetch = p.before;
  }
  if (ref === null || fetch === null) return null;
  const have = await git.run(["rev-parse", "-q", "--verify", `${ref}^{commit}`], {
    allowFailure: true
  });
  if (have.code !== 0) {
    const r = await git.run(["fetch", "-q", "--no-tags", "--depth=1", "origin", fetch], {
      allowFailure: true
    });
    if (r.code !== 0) {
      log.warn(`could not fetch the base ${ref} from origin: planning every model`);
      return null;
    }
    log.info(`fetched the base ${ref} from origin (one commit deep)`);
  }
  return ref;
}
__name(planBase, "planBase");
export {
  planAction,
  runManyAction
};
