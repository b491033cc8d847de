import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  rollbackText
} from "./chunk-O7HGA66B.js";
import "./chunk-YCP4MU4G.js";
import "./chunk-JZNGN5KX.js";
import "./chunk-AHCM7BG7.js";
import {
  markdownTable
} from "./chunk-43RIPF6U.js";
import {
  codeSpan,
  escapeText
} from "./chunk-ZJC7X57Q.js";
import {
  boundText,
  plainCheckLine
} from "./chunk-5GW5BYNW.js";
import {
  formatChange,
  formatNumber
} from "./chunk-UN4BW3X4.js";
import {
  openApp,
  reportFile,
  writeReport
} from "./chunk-22NK363L.js";
import "./chunk-EJEFKAN4.js";
import "./chunk-NNAQNCWD.js";
import {
  plainText
} from "./chunk-5VN3OPDC.js";
import {
  exitCodesHelp
} from "./chunk-I3GXCFIF.js";
import "./chunk-3CYXKRVX.js";

// src/core/report/monitor.ts
var verdict = (r) => r.passed ? "healthy" : "FAILING";
function monitorText(r) {
  const lines = [
    `${plainText(r.model)} v${plainText(r.version)} in ${plainText(r.stage)}: ${verdict(r)}`
  ];
  for (const c of r.checks) lines.push(`  ${plainCheckLine(c)}`);
  const unchecked = Object.keys(r.metrics).filter((k) => !r.checks.some((c) => c.metric === k));
  for (const k of unchecked)
    lines.push(`  live  ${plainText(k)}: ${formatNumber(r.metrics[k])}`);
  if (r.rolledBack)
    lines.push(`  rolled back: v${plainText(r.version)} withdrawn from ${plainText(r.stage)}`);
  return lines.join("\n");
}
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

// src/cli/commands/monitor.ts
function register(program, context) {
  program.command("monitor").argument("<stage>", "the stage whose version to watch").description(
    "checks the live metrics of the version a stage holds (Prometheus) against the stage's monitor thresholds"
  ).option("--json", "print one JSON document on stdout").option("--report <file>", "also write the Markdown report to this file").option(
    "--rollback",
    "on a failure, roll the stage back (as stages.STAGE.monitor.rollback: true)"
  ).option("--push", "with a rollback: push its tag").option("--remote <name>", "the remote to push to", "origin").addHelpText(
    "after",
    `
The server is stages.STAGE.monitor.prometheus, else LEPTON_PROMETHEUS_URL; LEPTON_PROMETHEUS_TOKEN is sent as a bearer token.
${exitCodesHelp("monitor")}`
  ).action(async (stage, opts) => {
    const ctx = context();
    const report = opts.report ? reportFile(ctx, opts.report) : null;
    const [{ monitor, deployAfterRollback }, app] = await Promise.all([
      import("./work-SCZXL5MQ.js"),
      openApp(ctx)
    ]);
    const deploy = deployAfterRollback(app, stage);
    const result = await monitor(app, stage, {
      ...ctx.env.LEPTON_PROMETHEUS_URL && { prometheusUrl: ctx.env.LEPTON_PROMETHEUS_URL },
      ...ctx.env.LEPTON_PROMETHEUS_TOKEN && {
        prometheusToken: ctx.env.LEPTON_PROMETHEUS_TOKEN
      },
      ...opts.rollback && { rollback: true },
      rollbackWith: {
        ...deploy && { deploy },
        ...opts.push && { push: true },
        ...opts.remote !== void 0 && { remote: opts.remote }
      }
    });
    if (opts.json) ctx.out.result(result);
    else ctx.out.print(monitorText(result));
    if (!opts.json && result.rollback) ctx.out.print(rollbackText(result.rollback));
    if (!result.passed) ctx.setExitCode(1);
    if (report) await writeReport(report, monitorMarkdown(result));
  });
}
export {
  register
};
