import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  keyMetrics
} from "./chunk-AKFQBEK6.js";
import {
  textTable
} from "./chunk-43RIPF6U.js";
import "./chunk-5GW5BYNW.js";
import {
  formatNumber
} from "./chunk-UN4BW3X4.js";
import {
  Output,
  openApp
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

// src/core/report/show.ts
function showText(r, keyNames = []) {
  const n = r.versions.length;
  const lines = [
    `${r.model}: ${n === 0 ? "no version recorded yet" : `${n} version${n === 1 ? "" : "s"}`}${r.deprecated ? " (deprecated)" : ""}`
  ];
  const stageNames = Object.keys(r.stages);
  if (stageNames.length) {
    lines.push(
      "stages: " + stageNames.map((s) => `${s} ${r.stages[s] ? `v${r.stages[s]?.version}` : "\u2014"}`).join(", ")
    );
  }
  if (n === 0) return lines.join("\n");
  const checks = keyNames.map((metric) => ({ metric }));
  const rows = r.versions.map((v) => [
    `v${v.version}`,
    v.commit.slice(0, 7),
    v.created.slice(0, 10),
    v.passed === null ? "no record" : v.passed ? "passed" : "FAILED",
    keyMetrics(v.metrics, checks).map((m) => `${plainText(m)} ${formatNumber(v.metrics[m] ?? NaN)}`).join(", "),
    [...v.stages, v.deregistered ? "(deregistered)" : ""].filter(Boolean).join(", ")
  ]);
  const [first = [], ...rest] = rows;
  lines.push("", ...textTable(first, rest).map((line) => `  ${line}`));
  return lines.join("\n");
}

// src/cli/commands/show.ts
function register(program, context) {
  program.command("show").description("every version, newest first, and the stages each holds").option("--json", "print one JSON document on stdout").addHelpText("after", `
${exitCodesHelp("show")}`).action(async (opts) => {
    const ctx = context();
    const [{ show, showRendered }, app] = await Promise.all([
      import("./show-QENOUR4A.js"),
      openApp(ctx)
    ]);
    const warn = (skipped) => {
      for (const s of skipped) app.log.warn(`${s.tag} is not a version: ${s.reason}`);
    };
    if (opts.json) {
      const { bytes, skipped } = await showRendered(app, {
        format: Output.RESULT_FORMAT,
        render: (result2) => Output.renderResult(result2)
      });
      warn(skipped);
      ctx.out.resultRendered(bytes);
      return;
    }
    const result = await show(app);
    warn(result.skipped);
    ctx.out.print(
      showText(
        result,
        app.manifest.eval.thresholds.map((t) => t.metric)
      )
    );
  });
}
export {
  register
};
