import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  rollbackMarkdown
} from "./chunk-43VRXYDM.js";
import {
  setSecret
} from "./chunk-JSGVNJ24.js";
import {
  skippedReport
} from "./chunk-EFDMZQUS.js";
import "./chunk-IEUR4DYH.js";
import {
  deployAfterRollback,
  monitorRollbackReason,
  rollback,
  trackedSettings
} from "./chunk-IEAYGLPK.js";
import {
  checkThresholds
} from "./chunk-K6T5P3UC.js";
import "./chunk-FLYI36XD.js";
import "./chunk-HWNWZBFN.js";
import "./chunk-EJJ5NJB3.js";
import {
  markdownTable
} from "./chunk-QJ2QLURK.js";
import {
  codeSpan,
  empty,
  escapeText
} from "./chunk-UYSAXCXO.js";
import {
  readRegistry
} from "./chunk-TPH3SVRP.js";
import {
  boundText,
  failedCheckNames,
  formatChange,
  formatNumber,
  plainCheckLine
} from "./chunk-W75T7KDA.js";
import {
  REMOTE,
  fetchModelHistory2 as fetchModelHistory
} from "./chunk-3WBFUDIS.js";
import "./chunk-SQVYYBLV.js";
import "./chunk-6AYYSD3U.js";
import "./chunk-YIWR6ST7.js";
import "./chunk-FG7EKLPI.js";
import "./chunk-LXS66HZP.js";
import "./chunk-LKG3CIQE.js";
import {
  workflowRunUrl
} from "./chunk-4V3BQP3G.js";
import "./chunk-MSFD3NQF.js";
import {
  storeSettingsFromEnv
} from "./chunk-W5EEA2B3.js";
import "./chunk-QZDZ6KXE.js";
import "./chunk-K3RFEF2P.js";
import "./chunk-4TO6S54C.js";
import "./chunk-W7XFMGYR.js";
import "./chunk-5622NKCU.js";
import "./chunk-3MVFEEWP.js";
import {
  fitComment,
  isOwnComment,
  tokenIdentity
} from "./chunk-LPK3EN3F.js";
import "./chunk-BODCAMWZ.js";
import {
  openGitHubClient,
  paceFromEnv
} from "./chunk-3D5N44W4.js";
import "./chunk-5M3M32FF.js";
import {
  LeptonError,
  isLeptonError
} from "./chunk-JFBFOGK2.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/core/monitor/promql.ts
var VARIABLE = /\$(model|version|stage)\b/y;
function escapeIn(value, quote) {
  return value.replace(/\\/g, "\\\\").replace(quote === '"' ? /"/g : /'/g, `\\${quote}`).replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}
__name(escapeIn, "escapeIn");
function substitute(query, vars, where = "query") {
  let out = "";
  let quote = null;
  for (let i = 0; i < query.length; ) {
    const ch = query[i];
    if (ch === "$") {
      VARIABLE.lastIndex = i;
      const m = VARIABLE.exec(query);
      if (m) {
        const value = vars[m[1]];
        if (quote === null) out += `"${escapeIn(value, '"')}"`;
        else if (quote === "`") {
          if (value.includes("`")) {
            throw new LeptonError(
              "invalid",
              `${where}: $${m[1]} holds a backtick and sits in a raw string`
            );
          }
          out += value;
        } else out += escapeIn(value, quote);
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
__name(substitute, "substitute");

// src/io/prometheus/query.ts
function sampleValue(pair) {
  if (!Array.isArray(pair) || typeof pair[1] !== "string") return null;
  const text = pair[1];
  if (text === "+Inf") return Infinity;
  if (text === "-Inf") return -Infinity;
  const v = Number(text);
  return text.trim() !== "" && !Number.isNaN(v) ? v : text === "NaN" ? NaN : null;
}
__name(sampleValue, "sampleValue");
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
__name(queryValue, "queryValue");

// src/app/monitor.ts
async function monitor(ctx, stageName, options = {}) {
  const m = ctx.manifest;
  const stage = m.stages.find((s) => s.name === stageName);
  if (!stage) {
    throw new LeptonError("invalid", `stage "${stageName}" is not in the manifest`, [
      `stages: ${m.stages.map((s) => s.name).join(", ") || "(none)"}`
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
__name(monitor, "monitor");
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
__name(rollbackOnFailure, "rollbackOnFailure");

// src/core/report/monitor.ts
var verdict = /* @__PURE__ */ __name((r) => r.passed ? "healthy" : "FAILING", "verdict");
function monitorMarkdown(r) {
  const names = [.../* @__PURE__ */ new Set([...r.checks.map((c) => c.metric), ...Object.keys(r.metrics)])];
  const rows = names.map((name) => {
    const checks = r.checks.filter((c) => c.metric === name);
    const live = r.metrics[name];
    const rec = r.recorded[name];
    const failed = checks.some((c) => !c.passed && c.level === "error");
    const warned = checks.some((c) => !c.passed);
    return [
      codeSpan(name, true),
      rec === void 0 ? "\u2014" : formatNumber(rec),
      live === void 0 ? "\u2014" : formatNumber(live),
      formatChange(rec, live),
      checks.map((c) => escapeText(boundText(c))).join(", ") || "\u2014",
      checks.length === 0 ? "" : failed ? "\u274C" : warned ? "\u26A0\uFE0F" : "\u2705"
    ];
  });
  const failing = r.checks.filter((c) => !c.passed);
  return [
    `### ${r.passed ? "\u2705" : "\u274C"} ${codeSpan(r.model)} v${escapeText(r.version)} in ${codeSpan(r.stage)}: ${verdict(r)}`,
    "",
    ...markdownTable(["metric", "recorded eval", "live", "change", "threshold", "result"], rows, [
      "left",
      "right",
      "right",
      "right"
    ]),
    ...failing.length ? ["", ...failing.map((c) => `- ${escapeText(plainCheckLine(c), 500)}`)] : [],
    ...r.rolledBack ? ["", `**Rolled back**: v${escapeText(r.version)} was withdrawn from ${codeSpan(r.stage)}.`] : []
  ].join("\n");
}
__name(monitorMarkdown, "monitorMarkdown");

// src/core/report/monitor-issue.ts
function monitorIssueMarker(model, stage) {
  const safe = /* @__PURE__ */ __name((s) => s.replace(/[^A-Za-z0-9._/-]/g, "_"), "safe");
  return `<!-- lepton:monitor model=${safe(model)} stage=${safe(stage)} -->`;
}
__name(monitorIssueMarker, "monitorIssueMarker");
function monitorIssueTitle(model, stage) {
  const one = /* @__PURE__ */ __name((s) => s.replace(/[\r\n\t]+/g, " ").slice(0, 100), "one");
  return `Lepton monitor: ${one(model)} in ${one(stage)} is failing`;
}
__name(monitorIssueTitle, "monitorIssueTitle");
var runLine = /* @__PURE__ */ __name((url) => url ? ["", `Run: ${url}`] : ["", "Run: (not in GitHub Actions)"], "runLine");
function monitorIssueBody(i) {
  const model = i.kind === "failed" ? i.result.model : i.model;
  const stage = i.kind === "failed" ? i.result.stage : i.stage;
  const head = i.kind === "failed" ? monitorMarkdown(i.result) : [
    `### \u274C ${codeSpan(model)} in ${codeSpan(stage)}: the monitor cannot judge`,
    "",
    escapeText(i.message, 1e3),
    ...i.details.length ? ["", ...i.details.map((d) => `- ${escapeText(d, 500)}`)] : []
  ].join("\n");
  return [
    monitorIssueMarker(model, stage),
    head,
    ...runLine(i.runUrl),
    "",
    "Lepton opened this issue and updates it on every failing monitor run; it closes it when the monitor passes again.",
    ""
  ].join("\n");
}
__name(monitorIssueBody, "monitorIssueBody");
function monitorRecoveredComment(r, runUrl) {
  return [
    `\u2705 The monitor passes again: ${codeSpan(r.model)} v${escapeText(r.version)} in ${codeSpan(r.stage)} is healthy.`,
    ...runLine(runUrl),
    ""
  ].join("\n");
}
__name(monitorRecoveredComment, "monitorRecoveredComment");

// src/io/github/issues.ts
async function findOpen(client, where, marker, author) {
  const pages = client.paginate.iterator(client.rest.issues.listForRepo, {
    ...where,
    state: "open",
    per_page: 100
  });
  let found = null;
  for await (const page of pages) {
    for (const i of page.data) {
      if (i.pull_request !== void 0 && i.pull_request !== null) continue;
      if (!isOwnComment({ id: i.number, body: i.body ?? null, user: i.user ?? null }, marker, author))
        continue;
      if (found === null || i.number < found.number) found = i;
    }
  }
  return found;
}
__name(findOpen, "findOpen");
var denied = /* @__PURE__ */ __name((e) => {
  const status = e.status;
  return status === 403 || status === 404 || status === 410 ? { outcome: "denied", status, message: e.message } : null;
}, "denied");
async function openStickyIssue(client, where, marker, title, body, options = {}) {
  const text = fitComment(body.startsWith(marker) ? body : `${marker}
${body}`);
  try {
    const author = options.identity ?? await tokenIdentity(client);
    const open = await findOpen(client, where, marker, author);
    if (open) {
      const r2 = await client.rest.issues.update({
        ...where,
        issue_number: open.number,
        title,
        body: text
      });
      return { outcome: "updated", number: r2.data.number, url: r2.data.html_url };
    }
    const r = await client.rest.issues.create({ ...where, title, body: text });
    return { outcome: "created", number: r.data.number, url: r.data.html_url };
  } catch (e) {
    const d = denied(e);
    if (d) return d;
    throw e;
  }
}
__name(openStickyIssue, "openStickyIssue");
async function closeStickyIssue(client, where, marker, comment, options = {}) {
  try {
    const author = options.identity ?? await tokenIdentity(client);
    const open = await findOpen(client, where, marker, author);
    if (!open) return { outcome: "none", number: null, url: null };
    await client.rest.issues.createComment({
      ...where,
      issue_number: open.number,
      body: fitComment(comment)
    });
    await client.rest.issues.update({
      ...where,
      issue_number: open.number,
      state: "closed",
      state_reason: "completed"
    });
    return { outcome: "closed", number: open.number, url: open.html_url };
  } catch (e) {
    const d = denied(e);
    if (d) return d;
    throw e;
  }
}
__name(closeStickyIssue, "closeStickyIssue");

// src/action/monitor-mode.ts
async function monitorMode(ctx, s, plan) {
  const model = ctx.manifest.model;
  const stages = plan.stage !== null ? [plan.stage] : ctx.manifest.stages.filter((x) => x.monitor).map((x) => x.name);
  if (stages.length === 0) {
    const reason = `${model} has no stage with a monitor section: nothing to monitor`;
    s.log.info(reason);
    return { ...empty(model), report: skippedReport(reason) };
  }
  await fetchModelHistory(ctx.git, model, { baseBranch: null, log: s.log });
  const token = s.env.LEPTON_PROMETHEUS_TOKEN;
  if (token) setSecret(token);
  const outcomes = [];
  for (const stage of stages) {
    try {
      const deploy = deployAfterRollback(ctx, stage, trackedSettings(s));
      const result = await monitor(ctx, stage, {
        ...s.env.LEPTON_PROMETHEUS_URL && { prometheusUrl: s.env.LEPTON_PROMETHEUS_URL },
        ...token && { prometheusToken: token },
        rollbackWith: {
          ...deploy && { deploy },
          push: s.inputs.push,
          remote: REMOTE,
          store: storeSettingsFromEnv(s.env, { githubToken: s.inputs.token })
        }
      });
      s.log.info(
        `monitor: ${model} v${result.version} in ${stage}: ${result.passed ? "healthy" : "FAILING"}`
      );
      outcomes.push({ stage, result });
    } catch (e) {
      if (!isLeptonError(e) || e.kind !== "eval") throw e;
      s.log.warn(`monitor: ${model} in ${stage}: ${e.message}`);
      outcomes.push({ stage, error: e });
    }
  }
  if (s.inputs.issue) await keepIssues(s, model, outcomes);
  const unjudged = outcomes.filter(
    (o) => "error" in o
  );
  if (unjudged.length) {
    throw new LeptonError(
      "eval",
      unjudged.length === 1 ? unjudged[0].error.message : `the monitor cannot judge ${unjudged.length} stages of ${model}`,
      unjudged.flatMap(
        (o) => unjudged.length === 1 ? o.error.details : [o.error.message, ...o.error.details]
      )
    );
  }
  const results = outcomes.map((o) => o.result);
  const failing = results.filter((r) => !r.passed);
  const only = results.length === 1 ? results[0] : null;
  return {
    ...empty(model),
    version: only?.version ?? null,
    tag: only ? `${model}@v${only.version}` : null,
    passed: failing.length === 0,
    metrics: only?.metrics ?? {},
    stageTag: only?.rollback?.tag ?? null,
    rolledBackTo: only?.rollback?.to?.version ?? null,
    rollbackTag: only?.rollback?.tag ?? null,
    report: results.map((r) => [monitorMarkdown(r), ...r.rollback ? [rollbackMarkdown(r.rollback)] : []]).flat().join("\n\n") + "\n",
    gateFailure: failing.length ? `monitor failed: ${failing.map((r) => `${r.stage} (v${r.version}: ${failedCheckNames(r.checks)})`).join("; ")}` : null
  };
}
__name(monitorMode, "monitorMode");
async function keepIssues(s, model, outcomes) {
  const [owner, repo] = (s.env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo || !s.inputs.token) {
    s.log.warn("issue: true needs GITHUB_REPOSITORY and a token: the monitor issue is skipped");
    return;
  }
  const client = await openGitHubClient({
    token: s.inputs.token,
    ...s.env.GITHUB_API_URL && { baseUrl: s.env.GITHUB_API_URL },
    ...paceFromEnv(s.env),
    warn: s.log.warn
  });
  const where = { owner, repo };
  const runUrl = workflowRunUrl(s.env);
  for (const o of outcomes) {
    const marker = monitorIssueMarker(model, o.stage);
    try {
      let r;
      if ("result" in o && o.result.passed) {
        r = await closeStickyIssue(
          client,
          where,
          marker,
          monitorRecoveredComment(o.result, runUrl)
        );
      } else {
        const input = "result" in o ? { kind: "failed", result: o.result, runUrl } : {
          kind: "unjudged",
          model,
          stage: o.stage,
          message: o.error.message,
          details: o.error.details,
          runUrl
        };
        r = await openStickyIssue(
          client,
          where,
          marker,
          monitorIssueTitle(model, o.stage),
          monitorIssueBody(input)
        );
      }
      if (r.outcome === "denied") {
        s.log.warn(
          `could not write the monitor issue for ${o.stage} (HTTP ${r.status}: ${r.message}); grant \`issues: write\``
        );
      } else if (r.outcome !== "none") {
        s.log.info(`${r.outcome} the monitor issue for ${o.stage}: ${r.url}`);
      }
    } catch (e) {
      const status = e.status;
      s.log.warn(
        `could not write the monitor issue for ${o.stage}: ${typeof status === "number" ? `HTTP ${status}: ` : ""}${e.message}`
      );
    }
  }
}
__name(keepIssues, "keepIssues");
export {
  monitorMode
};
