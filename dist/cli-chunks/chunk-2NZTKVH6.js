import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  textTable
} from "./chunk-43RIPF6U.js";
import {
  change,
  formatNumber,
  formatPercent,
  formatSigned
} from "./chunk-UN4BW3X4.js";
import {
  plainText
} from "./chunk-5VN3OPDC.js";

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

export {
  metricDiff,
  renderDiffText
};
