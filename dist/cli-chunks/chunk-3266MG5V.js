import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  textTable
} from "./chunk-43RIPF6U.js";
import {
  plainText
} from "./chunk-FIDZOTRL.js";
import {
  change,
  formatNumber,
  formatPercent,
  formatSigned
} from "./chunk-UN4BW3X4.js";

// src/core/report/diff.ts
var own = (r, k) => Object.prototype.hasOwnProperty.call(r, k);
var clean = (v) => v === null || v === void 0 || Number.isSafeInteger(v) ? v ?? null : Number(v.toPrecision(12));
function metricDiff(a, b) {
  const names = [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return names.map((metric) => {
    const va = own(a, metric) && Number.isFinite(a[metric]) ? a[metric] : null;
    const vb = own(b, metric) && Number.isFinite(b[metric]) ? b[metric] : null;
    const c = change(va, vb);
    return { metric, a: va, b: vb, change: clean(c?.change), relative: clean(c?.relative) };
  });
}
var cellsOf = (r) => [
  r.a === null ? "\u2014" : formatNumber(r.a),
  r.b === null ? "\u2014" : formatNumber(r.b),
  r.change === null ? "\u2014" : formatSigned(r.change),
  r.relative === null ? "\u2014" : formatPercent(r.relative)
];
function renderDiffText(diff) {
  const header = ["metric", `v${diff.a.version}`, `v${diff.b.version}`, "change", "relative"];
  const rows = diff.rows.map((r) => [plainText(r.metric), ...cellsOf(r)]);
  const body = rows.length ? textTable(header, rows, ["left", "right", "right", "right", "right"]) : ["neither version recorded any metrics"];
  return [`${plainText(diff.a.tag)} \u2192 ${plainText(diff.b.tag)}`, ...body].join("\n") + "\n";
}

// src/core/report/deploy.ts
var seconds = (ms) => `${(ms / 1e3).toFixed(1)}s`;
var causeText = {
  promote: "deploy",
  redeploy: "redeploy",
  rollback: "redeploy after rollback"
};
function outcome(r) {
  if (r.ok) return `succeeded in ${seconds(r.durationMs)}`;
  if (r.timedOut) return `timed out after ${seconds(r.durationMs)}`;
  return r.exitCode === null ? `failed after ${seconds(r.durationMs)}` : `failed with exit code ${r.exitCode} after ${seconds(r.durationMs)}`;
}
var deployOk = (r) => r.runs[0]?.ok ?? true;
function deployText(r) {
  const lines = [];
  const at = (x) => `${plainText(x.model)} v${plainText(x.version)} to ${plainText(x.stage)} (environment ${plainText(x.environment)})`;
  r.runs.forEach((x, i) => {
    lines.push(`${causeText[x.cause]}: ${at(x)} ${outcome(x)}`);
    if (x.error) lines.push(`  ${plainText(x.error, 500)}`);
    for (const d of x.details) lines.push(`  | ${plainText(d, 500)}`);
    if (x.ok && x.url) lines.push(`  serving at ${plainText(x.url, 500)}`);
    if (x.deployment) lines.push(`  GitHub deployment ${x.deployment.id}`);
    if (i === 0 && r.rollback) {
      const b = r.rollback;
      const to = b.to ? `falls back to v${plainText(b.to.version)}` : "is empty now";
      const pushed = b.pushed === null ? "" : b.pushed ? " (pushed)" : " (the remote had it)";
      lines.push(
        `rolled back: ${plainText(b.tag)} withdraws v${plainText(b.version)}${pushed}; ${plainText(r.stage)} ${to}`
      );
    }
  });
  if (r.kept) lines.push(`not rolled back: ${plainText(r.kept, 500)}`);
  return lines.join("\n");
}

export {
  metricDiff,
  renderDiffText,
  deployOk,
  deployText
};
