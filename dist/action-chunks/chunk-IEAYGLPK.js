import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  CommandFailure,
  applyTagPlan,
  checkThresholds,
  createTag,
  ensureHistory,
  pointStageTag,
  publish,
  readRecord,
  runEvalCommand,
  untrustedRecord
} from "./chunk-K6T5P3UC.js";
import {
  unknownVersionError
} from "./chunk-FLYI36XD.js";
import {
  parseVersionArg
} from "./chunk-EJJ5NJB3.js";
import {
  markdownTable
} from "./chunk-QJ2QLURK.js";
import {
  codeSpan,
  empty,
  escapeText
} from "./chunk-UYSAXCXO.js";
import {
  findVersion,
  formatStageMessage,
  formatUnassignMessage,
  holders,
  readRegistry,
  stagesEverHeld,
  standingIn
} from "./chunk-TPH3SVRP.js";
import {
  failedCheckReasons,
  plainCheckLine
} from "./chunk-W75T7KDA.js";
import {
  fetchModelHistory2 as fetchModelHistory,
  fetchModelTags,
  readEventCounter
} from "./chunk-3WBFUDIS.js";
import {
  resolveIdentity
} from "./chunk-SQVYYBLV.js";
import {
  DEFAULT_KILL_GRACE_MS,
  workflowRunUrl
} from "./chunk-4V3BQP3G.js";
import {
  plainText
} from "./chunk-4TO6S54C.js";
import {
  stageThresholds
} from "./chunk-W7XFMGYR.js";
import {
  openGitHubClient,
  paceFromEnv
} from "./chunk-3D5N44W4.js";
import {
  nextEventN,
  parseTagName,
  stageTag,
  unassignTag,
  versionTag
} from "./chunk-5M3M32FF.js";
import {
  EXIT_CODES,
  LeptonError,
  isLeptonError
} from "./chunk-JFBFOGK2.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/core/report/deploy.ts
var seconds = /* @__PURE__ */ __name((ms) => `${(ms / 1e3).toFixed(1)}s`, "seconds");
var causeText = {
  promote: "deploy",
  redeploy: "redeploy",
  rollback: "redeploy after rollback"
};
var deployOk = /* @__PURE__ */ __name((r) => r.runs[0]?.ok ?? true, "deployOk");
function deployMarkdown(r) {
  const ok = deployOk(r);
  const first = r.runs[0];
  const head = first ? `${ok ? "\u2705" : "\u274C"} ${first.cause === "promote" ? "Deploy" : "Redeploy"} of v${escapeText(first.version)} to ${codeSpan(first.stage)} ${ok ? "succeeded" : "failed"}` : `Nothing deployed to ${codeSpan(r.stage)}`;
  const rows = r.runs.map((x) => [
    escapeText(causeText[x.cause]),
    `v${escapeText(x.version)}`,
    codeSpan(x.environment, true),
    x.ok ? "success" : x.timedOut ? "**timed out**" : "**failure**",
    x.exitCode === null ? "\u2014" : String(x.exitCode),
    seconds(x.durationMs),
    x.ok && x.url ? codeSpan(x.url, true, 500) : ""
  ]);
  const lines = [
    `### Lepton \xB7 ${codeSpan(r.model)}: ${head}`,
    "",
    ...markdownTable(
      ["step", "version", "environment", "result", "exit code", "time", "url"],
      rows,
      ["left", "left", "left", "left", "right", "right", "left"]
    ),
    ""
  ];
  for (const x of r.runs.filter((y) => !y.ok)) {
    lines.push(`- v${escapeText(x.version)}: ${escapeText(x.error ?? "failed", 1e3)}`);
    if (x.details.length) {
      const text = x.details.map((d) => escapeText(d, 500)).join("<br>");
      lines.push(`  <details><summary>last lines of its output</summary>${text}</details>`);
    }
  }
  if (r.rollback) {
    const b = r.rollback;
    const to = b.to ? `${codeSpan(r.stage)} falls back to v${escapeText(b.to.version)} (${codeSpan(b.to.tag)})` : `${codeSpan(r.stage)} is empty now`;
    const pushed = b.pushed === null ? "" : b.pushed ? ", pushed" : ", the remote had it";
    lines.push(
      "",
      `**Rolled back**: ${codeSpan(b.tag)} withdraws v${escapeText(b.version)}${pushed}; ${to}.`,
      `Reason: ${escapeText(b.reason, 1e3)}`
    );
    if (b.storeError) {
      lines.push(`- Model store: **failed**: ${escapeText(b.storeError.message, 500)}`);
      for (const d of b.storeError.details) lines.push(`  - ${escapeText(d, 1e3)}`);
    }
  }
  if (r.kept) lines.push("", `**Not rolled back**: ${escapeText(r.kept, 1e3)}`);
  return lines.join("\n") + "\n";
}
__name(deployMarkdown, "deployMarkdown");

// src/io/deploy/hook.ts
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
__name(hookVariables, "hookVariables");
async function runDeployHook(options) {
  const { hook, target } = options;
  const dir = await mkdtemp(join(options.tempDir ?? tmpdir(), "lepton-deploy-"));
  const recordFile = join(dir, "record.json");
  const started = Date.now();
  try {
    await writeFile(recordFile, JSON.stringify(target.record, null, 2) + "\n", { mode: 384 });
    const env = {};
    for (const [k, v] of Object.entries(options.env)) if (v !== void 0) env[k] = v;
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
__name(runDeployHook, "runDeployHook");
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
__name(failed, "failed");

// src/core/plan/promote.ts
function findStage(manifest, name) {
  const stage = manifest.stages.find((s) => s.name === name);
  if (stage) return stage;
  const known = manifest.stages.map((s) => s.name);
  throw new LeptonError("invalid", `${manifest.model} has no stage "${name}"`, [
    known.length ? `stages in the manifest: ${known.join(", ")}` : "the manifest declares no stages"
  ]);
}
__name(findStage, "findStage");
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
__name(promotionVersion, "promotionVersion");
function planPromotion(input) {
  const { registry, manifest, version, options } = input;
  const stage = findStage(manifest, input.stage);
  const entry = findVersion(registry, version);
  if (!entry) {
    const bad = registry.skipped.find((s) => s.version === version);
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
__name(planPromotion, "planPromotion");
function stageRecord(draft, promotedBy) {
  return { ...draft, promotedBy };
}
__name(stageRecord, "stageRecord");
function promoterName(identity, ci) {
  if (ci) {
    const actor2 = ci.actor ? ` for ${ci.actor}` : "";
    return `github-actions${actor2} (${ci.runUrl ?? "workflow run"})`;
  }
  return `${identity.name} <${identity.email}>`;
}
__name(promoterName, "promoterName");
function judge(registry, manifest, entry, stage) {
  const v = `v${entry.version}`;
  const reasons = [];
  const record = entry.summary;
  if (!record) {
    reasons.push(
      `${entry.tag} carries no Lepton record (made by another tool): its checks are unknown`
    );
  } else if (!record.passed) {
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
  if (!record) return { checks: [], reasons };
  const holder = registry.stages[stage.name] ?? null;
  const holderEntry = holder?.version ? findVersion(registry, holder.version) : null;
  const gate = checkThresholds({
    thresholds: stageThresholds(manifest, stage.name),
    metrics: record.metrics,
    baseline: holderEntry?.summary?.metrics ?? null
  });
  if (!gate.passed) {
    reasons.push(
      `${stage.name}'s thresholds failed on ${v}'s recorded metrics: ${failedCheckReasons(gate.checks)}`
    );
  }
  return { checks: gate.checks, reasons };
}
__name(judge, "judge");

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
  const history = options.fetchHistory ? await ensureHistory(ctx, remote) : null;
  const tagsFetched = history?.state === "fetched" || history?.state === "complete" && history.fetched;
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
  const decide = /* @__PURE__ */ __name(async (attempt, previous) => {
    const [registry, counter] = await Promise.all([
      readRegistry(ctx.git, m.model),
      readEventCounter(ctx.git, m.model)
    ]);
    if (attempt === 1)
      for (const s of registry.skipped) ctx.log.warn(`${s.tag} is skipped: ${s.reason}`);
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
    const identity = await resolveIdentity(ctx.git, ctx.settings);
    const record = stageRecord(plan2.record, promoterName(identity, ci));
    const step = {
      kind: "create",
      tag: plan2.tag,
      commit: plan2.commit,
      message: formatStageMessage(record),
      event: { n: plan2.n, counter },
      identity
    };
    return { plan: plan2, step };
  }, "decide");
  const { plan, pushed, attempts } = await applyTagPlan({
    git: ctx.git,
    push: options.push === true,
    remote,
    model: m.model,
    decide,
    log: /* @__PURE__ */ __name((msg) => ctx.log.info(msg), "log"),
    ...options.maxAttempts !== void 0 && { maxAttempts: options.maxAttempts },
    budgetMs
  });
  let storeError = null;
  if (plan.kind !== "refused" && ctx.manifest.store) {
    if (options.push) {
      const versionRecord = await readRecord(ctx.git, plan.entry);
      try {
        await pointStageTag(ctx, versionRecord, stage.name, options.store);
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
__name(promote, "promote");

// src/app/deploy.ts
function hookOf(ctx, name) {
  const stage = ctx.manifest.stages.find((s) => s.name === name);
  if (!stage) {
    const known = ctx.manifest.stages.map((s) => s.name);
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
__name(hookOf, "hookOf");
function holderBefore(registry, stage, n) {
  const before = registry.events.filter((e) => e.n < n);
  const withdrawn = new Set(registry.versions.filter((v) => v.deregistered).map((v) => v.version));
  return holders(before, withdrawn)[stage]?.version ?? null;
}
__name(holderBefore, "holderBefore");
function artifactOf(record) {
  const a = record?.artifact;
  if (!a) return null;
  return a.ref ?? a.url ?? null;
}
__name(artifactOf, "artifactOf");
var killGrace = /* @__PURE__ */ __name((ctx, s) => {
  if (s.killGraceMs !== void 0) return s.killGraceMs;
  const v = Number(ctx.env.LEPTON_KILL_GRACE_MS);
  return ctx.env.LEPTON_KILL_GRACE_MS && Number.isFinite(v) && v >= 0 ? v : DEFAULT_KILL_GRACE_MS;
}, "killGrace");
async function runOnce(ctx, one, s) {
  const m = ctx.manifest;
  const target = {
    model: m.model,
    stage: one.stage,
    version: one.entry.version,
    tag: one.entry.tag,
    environment: one.hook.environment,
    url: one.hook.url
  };
  const tracked = s.tracker ? await s.tracker.start(target) : null;
  const record = await readRecord(ctx.git, one.entry);
  const run = await ctx.log.group(
    `deploy: v${one.entry.version} \u2192 ${one.stage}`,
    () => runDeployHook({
      hook: one.hook,
      target: {
        model: m.model,
        stage: one.stage,
        version: one.entry.version,
        tag: one.entry.tag,
        stageTag: one.stageTag,
        commit: one.entry.commit,
        previousVersion: one.previous,
        artifact: artifactOf(record),
        record: record ?? { model: m.model, version: one.entry.version }
      },
      cwd: ctx.modelDir,
      env: ctx.env,
      killGraceMs: killGrace(ctx, s),
      output: /* @__PURE__ */ __name((c) => ctx.log.output(c), "output"),
      warn: /* @__PURE__ */ __name((w) => ctx.log.warn(w), "warn"),
      ...s.tempDir !== void 0 && { tempDir: s.tempDir },
      ...s.settleMs !== void 0 && { settleMs: s.settleMs },
      ...ctx.signal && { signal: ctx.signal }
    })
  );
  const note = run.ok ? `v${one.entry.version} deployed to ${one.stage}` : `v${one.entry.version}: ${run.error ?? "deploy failed"}`;
  if (run.ok) ctx.log.info(`${note} in ${(run.durationMs / 1e3).toFixed(1)}s`);
  else ctx.log.warn(`deploy of ${note}`);
  if (tracked && s.tracker) await s.tracker.finish(tracked, target, run.ok, note);
  return {
    model: m.model,
    stage: one.stage,
    version: one.entry.version,
    tag: one.entry.tag,
    cause: one.cause,
    environment: one.hook.environment,
    url: one.hook.url,
    ok: run.ok,
    exitCode: run.exitCode,
    timedOut: run.timedOut,
    durationMs: run.durationMs,
    error: run.error,
    details: run.details,
    deployment: tracked
  };
}
__name(runOnce, "runOnce");
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
__name(deploy, "deploy");
function lastAssignment(events, stage, version) {
  return events.filter((e) => e.action === "assign" && e.stage === stage && e.version === version).sort((a, b) => b.n - a.n)[0] ?? null;
}
__name(lastAssignment, "lastAssignment");
async function promoteAndDeploy(ctx, options, settings = {}) {
  const p = await promote(ctx, options);
  const stage = ctx.manifest.stages.find((s) => s.name === p.stage);
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
  const event = registry.events.find((e) => e.tag === p.tag);
  if (!entry || !event) throw new LeptonError("git", `${p.tag} is gone right after it was made`);
  const first = await runOnce(
    ctx,
    {
      hook,
      stage: p.stage,
      entry,
      stageTag: p.tag,
      previous: holderBefore(registry, p.stage, event.n),
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
__name(promoteAndDeploy, "promoteAndDeploy");
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
__name(rollBack, "rollBack");
function deployAfterRollback(ctx, stageName, settings = {}) {
  const hook = ctx.manifest.stages.find((s) => s.name === stageName)?.deploy;
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
__name(deployAfterRollback, "deployAfterRollback");

// src/core/delivery/rollback.ts
function activeAssignment(events, stage, version) {
  let newest = null;
  for (const e of events) {
    if (e.stage !== stage || e.target !== version) continue;
    if (newest === null || e.n > newest.n || e.n === newest.n && e.date > newest.date) newest = e;
  }
  return newest?.action === "assign" ? newest : null;
}
__name(activeAssignment, "activeAssignment");
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
__name(planRollback, "planRollback");
function monitorRollbackReason(checks) {
  const failed2 = checks.filter((c) => !c.passed && c.level === "error");
  const lines = failed2.map((c) => plainCheckLine(c).replace(/^FAIL {2}/, ""));
  return `monitor failed: ${lines.join("; ") || "a threshold failed"}`;
}
__name(monitorRollbackReason, "monitorRollbackReason");

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
  const history = options.fetchHistory ? await ensureHistory(ctx, remote) : null;
  const tagsFetched = history?.state === "fetched" || history?.state === "complete" && history.fetched;
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
  let identity = null;
  let pinned = options.version;
  let first = true;
  let made = null;
  let gone = null;
  let goneFrom = null;
  const decide = /* @__PURE__ */ __name(async () => {
    const [registry2, counter] = await Promise.all([
      readRegistry(ctx.git, m.model),
      readEventCounter(ctx.git, m.model)
    ]);
    if (first) {
      first = false;
      const known = /* @__PURE__ */ new Set([
        ...m.stages.map((s) => s.name),
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
    identity ??= await resolveIdentity(ctx.git, ctx.settings);
    const n = nextEventN(registry2.maxN, counter.n);
    const tag = unassignTag(m.model, stage, n);
    const record2 = {
      kind: "unassign",
      schema: 1,
      model: m.model,
      stage,
      version: plan.from.version,
      n,
      from: { version: plan.from.version, tag: plan.from.tag },
      to: plan.to,
      reason,
      by: actor(identity, ctx.settings),
      at: ctx.now().toISOString(),
      runUrl: ctx.settings.runUrl,
      ...options.exitCode !== void 0 && { exitCode: options.exitCode }
    };
    const object = await createTag(ctx.git, {
      name: tag,
      commit: plan.from.commit,
      message: formatUnassignMessage(record2),
      identity
    });
    if (!object) {
      throw new LeptonError("git", `tag ${tag} appeared while this run was deciding`, [
        "run the command again"
      ]);
    }
    made = { record: record2, tag, from: record2.from };
    return { tag, own: object, event: { n, counter } };
  }, "decide");
  let pushed = null;
  let attempts = null;
  if (options.push) {
    const published = await publish({
      git: ctx.git,
      remote,
      model: m.model,
      decide,
      log: /* @__PURE__ */ __name((msg) => ctx.log.info(msg), "log"),
      onLost: /* @__PURE__ */ __name((tag) => ctx.log.info(`${remote} took ${tag}'s N first: deciding again`), "onLost"),
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
  const record = done?.record;
  return {
    model: m.model,
    stage,
    from: done?.from ?? goneFrom ?? { version: pinned ?? "", tag: "" },
    to,
    tag: done?.tag ?? null,
    n: record?.n ?? null,
    reason,
    by: record?.by ?? actor(identity ?? await resolveIdentity(ctx.git, ctx.settings), ctx.settings),
    at: record?.at ?? ctx.now().toISOString(),
    runUrl: record?.runUrl ?? ctx.settings.runUrl,
    pushed,
    attempts,
    storeMoved,
    storeError,
    deployed
  };
}
__name(rollback, "rollback");
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
__name(storeFailure, "storeFailure");
function actor(id, settings) {
  if (settings.ci) {
    const who = settings.actor ? ` for ${settings.actor}` : "";
    return `github-actions${who} (${settings.runUrl ?? "workflow run"})`;
  }
  return `${id.name} <${id.email}>`;
}
__name(actor, "actor");

// src/app/deploy-rollback.ts
var withdrawOnFailure = /* @__PURE__ */ __name(async (ctx, req) => {
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
}, "withdrawOnFailure");

// src/io/github/deployments.ts
var DESCRIPTION_MAX = 140;
var clip = /* @__PURE__ */ __name((s) => s.length > DESCRIPTION_MAX ? `${s.slice(0, DESCRIPTION_MAX - 1)}\u2026` : s, "clip");
function githubDeployments(o) {
  const [owner, repo] = (o.repository ?? "").split("/");
  if (!o.token || !owner || !repo) {
    return {
      start: /* @__PURE__ */ __name(async (t) => {
        o.warn(`no token or GITHUB_REPOSITORY: the deploy of ${t.tag} is not a GitHub Deployment`);
        return null;
      }, "start"),
      finish: /* @__PURE__ */ __name(async () => {
      }, "finish")
    };
  }
  let client = null;
  const api = /* @__PURE__ */ __name(() => client ??= openGitHubClient({
    token: o.token,
    warn: o.warn,
    ...o.apiUrl && { baseUrl: o.apiUrl },
    ...o.paceMs !== void 0 && { paceMs: o.paceMs }
  }), "api");
  const why = /* @__PURE__ */ __name((e) => {
    const status2 = e.status;
    const message = e instanceof Error ? e.message : String(e);
    return status2 === 403 || status2 === 404 ? `${message} (the job needs \`permissions: deployments: write\`)` : message;
  }, "why");
  const status = /* @__PURE__ */ __name(async (id, state, t, description) => {
    await (await api()).rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: id,
      state,
      description: clip(description),
      ...o.runUrl && { log_url: o.runUrl },
      ...t.url && state === "success" && { environment_url: t.url }
    });
  }, "status");
  return {
    async start(t) {
      try {
        const r = await (await api()).rest.repos.createDeployment({
          owner,
          repo,
          ref: t.tag,
          environment: t.environment,
          auto_merge: false,
          required_contexts: [],
          payload: { model: t.model, version: t.version, tag: t.tag },
          description: clip(`${t.model} v${t.version} to ${t.stage}`),
          transient_environment: false
        });
        const d = r.data;
        if (typeof d.id !== "number") {
          o.warn(`GitHub created no deployment for ${t.tag}`);
          return null;
        }
        const tracked = { id: d.id, url: d.url ?? "" };
        await status(d.id, "in_progress", t, `deploying ${t.model} v${t.version}`);
        o.info(`GitHub deployment ${d.id}: ${t.tag} to environment ${t.environment}`);
        return tracked;
      } catch (e) {
        o.warn(`could not create a GitHub deployment for ${t.tag}: ${why(e)}`);
        return null;
      }
    },
    async finish(tracked, t, ok, note) {
      try {
        await status(tracked.id, ok ? "success" : "failure", t, note);
      } catch (e) {
        o.warn(`could not set GitHub deployment ${tracked.id}'s status: ${why(e)}`);
      }
    }
  };
}
__name(githubDeployments, "githubDeployments");

// src/action/deploy-mode.ts
function actionDeploySettings(s) {
  return {
    ...trackedSettings(s),
    withdraw: withdrawOnFailure
  };
}
__name(actionDeploySettings, "actionDeploySettings");
function trackedSettings(s) {
  const tracker = githubDeployments({
    token: s.inputs.token,
    repository: s.env.GITHUB_REPOSITORY,
    apiUrl: s.env.GITHUB_API_URL,
    ...paceFromEnv(s.env),
    runUrl: workflowRunUrl(s.env),
    warn: s.log.warn,
    info: s.log.info
  });
  return { tempDir: s.tempDir, tracker };
}
__name(trackedSettings, "trackedSettings");
function withDeploy(result, d) {
  if (!d) return result;
  const first = d.runs[0];
  const failed2 = !deployOk(d);
  const b = d.rollback;
  const after = b ? ` (rolled back: ${b.tag}; ${d.stage} ${b.to ? `holds v${b.to.version} now` : "is empty now"})` : "";
  return {
    ...result,
    report: result.report ? `${result.report}
${deployMarkdown(d)}` : deployMarkdown(d),
    ...b && {
      rolledBackTo: b.to?.version ?? null,
      rollbackTag: parseTagName(b.tag)?.kind === "unassign" ? b.tag : null
    },
    ...failed2 && {
      passed: false,
      gateFailure: `deploy of v${first?.version ?? "?"} to ${d.stage} failed: ${first?.error ?? "see the report"}${after}`,
      exitCode: EXIT_CODES.eval
    }
  };
}
__name(withDeploy, "withDeploy");
async function deployMode(ctx, s, plan) {
  const model = ctx.manifest.model;
  await fetchModelHistory(ctx.git, model, { baseBranch: null, log: s.log });
  const r = await deploy(ctx, {
    stage: plan.stage,
    ...plan.version !== null && { version: plan.version },
    ...trackedSettings(s)
  });
  return withDeploy(
    {
      ...empty(model),
      version: r.version,
      tag: versionTag(model, r.version),
      passed: r.ok
    },
    r
  );
}
__name(deployMode, "deployMode");

export {
  promoteAndDeploy,
  deployAfterRollback,
  monitorRollbackReason,
  rollback,
  actionDeploySettings,
  trackedSettings,
  withDeploy,
  deployMode
};
