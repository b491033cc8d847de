import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/io/services/artifact-client.ts
var client;
var loadArtifactClient = /* @__PURE__ */ __name(() => client ??= import("./artifact-ZEWX3J4N.js").then((m) => m.DefaultArtifactClient), "loadArtifactClient");

// src/core/report/trend.ts
var TREND_VERSIONS = 10;
var MAX_CHARTS = 20;
var own = /* @__PURE__ */ __name((r, k) => Object.prototype.hasOwnProperty.call(r, k), "own");
function trendOf(versions, checks, current) {
  const points = [];
  for (const v of versions) {
    if (points.length >= TREND_VERSIONS) break;
    if (v.lightweight || v.deregistered || !v.summary) continue;
    points.push({ version: v.version, metrics: v.summary.metrics });
  }
  return { points: points.reverse(), metrics: [...new Set(checks.map((c) => c.metric))], current };
}
__name(trendOf, "trendOf");
function mermaidLabel(text, max = 60) {
  const safe = text.replace(/[^A-Za-z0-9 ._:/@+()-]/g, "_");
  return safe.length > max ? `${safe.slice(0, max - 1)}_` : safe;
}
__name(mermaidLabel, "mermaidLabel");
function mermaidNumber(v) {
  if (!Number.isFinite(v) || Math.abs(v) >= 1e15) return null;
  const short = Number(v.toPrecision(10));
  let text = String(short);
  if (/e/i.test(text)) text = short.toFixed(20).replace(/0+$/, "").replace(/\.$/, "");
  return text === "-0" ? "0" : text;
}
__name(mermaidNumber, "mermaidNumber");
function trendChart(trend, metric) {
  const labels = [];
  const values = [];
  const numbers = [];
  const add = /* @__PURE__ */ __name((label, v) => {
    const text = v === void 0 ? null : mermaidNumber(v);
    if (text === null || v === void 0) return;
    labels.push(`"${mermaidLabel(label)}"`);
    values.push(text);
    numbers.push(v);
  }, "add");
  for (const p of trend.points)
    add(`v${p.version}`, own(p.metrics, metric) ? p.metrics[metric] : void 0);
  if (values.length === 0) return null;
  add("this", own(trend.current, metric) ? trend.current[metric] : void 0);
  const lo = Math.min(...numbers);
  const hi = Math.max(...numbers);
  const pad = hi > lo ? (hi - lo) * 0.1 : Math.abs(hi) * 0.05 || 1;
  const yLo = mermaidNumber(lo - pad) ?? "0";
  const yHi = mermaidNumber(hi + pad) ?? "1";
  const name = mermaidLabel(metric);
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${name}"`,
    `  x-axis [${labels.join(", ")}]`,
    `  y-axis "${name}" ${yLo} --> ${yHi}`,
    `  line [${values.join(", ")}]`,
    "```"
  ].join("\n");
}
__name(trendChart, "trendChart");
function renderTrend(trend, budget) {
  const charts = trend.metrics.slice(0, MAX_CHARTS).map((m) => trendChart(trend, m)).filter((c) => c !== null);
  const n = trend.points.length;
  const title = `**Trend** (the last ${n === 1 ? "recorded version" : `${n} recorded versions`} and this run)`;
  let used = title.length + 2;
  const kept = [];
  for (const c of charts) {
    if (used + c.length + 2 > budget) break;
    kept.push(c);
    used += c.length + 2;
  }
  return kept.length ? ["", title, "", kept.join("\n\n")].join("\n") : "";
}
__name(renderTrend, "renderTrend");

export {
  TREND_VERSIONS,
  trendOf,
  renderTrend,
  loadArtifactClient
};
