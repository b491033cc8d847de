import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  boundText
} from "./chunk-5GW5BYNW.js";
import {
  formatChange,
  formatNumber,
  formatSigned
} from "./chunk-UN4BW3X4.js";

// src/core/report/rows.ts
var own = (r, k) => r !== null && Object.prototype.hasOwnProperty.call(r, k);
function metricRows(input) {
  const byMetric = /* @__PURE__ */ new Map();
  for (const c of input.checks) byMetric.set(c.metric, [...byMetric.get(c.metric) ?? [], c]);
  const names = [...byMetric.keys()];
  const seen = new Set(names);
  const add = (keys) => {
    for (const k of keys.sort()) {
      if (seen.has(k)) continue;
      seen.add(k);
      names.push(k);
    }
  };
  add(Object.keys(input.metrics));
  add(Object.keys(input.baselineMetrics ?? {}));
  return names.map((metric) => {
    const checks = byMetric.get(metric) ?? [];
    const base = own(input.baselineMetrics, metric) ? input.baselineMetrics?.[metric] : void 0;
    const fromCheck = checks.find((c) => c.baseline !== null)?.baseline ?? void 0;
    const baseline = base ?? fromCheck;
    const current = own(input.metrics, metric) ? input.metrics[metric] : void 0;
    const failed = checks.filter((c) => !c.passed);
    const result = checks.length === 0 ? "none" : failed.some((c) => c.level === "error") ? "fail" : failed.length ? "warn" : "pass";
    return {
      metric,
      baseline: baseline === void 0 ? "\u2014" : formatNumber(baseline),
      current: (current === void 0 ? absentValue(checks) : formatNumber(current)) + intervalText(input.intervals?.[metric]),
      change: formatChange(baseline, current) + changeIntervalText(input.changeIntervals?.[metric]),
      threshold: checks.map((c) => boundText(c)).join(", "),
      result,
      noBaseline: result === "pass" && checks.some((c) => c.reason?.startsWith("no baseline") || isNewMetric(c))
    };
  });
}
var intervalText = (i) => i ? ` [${formatNumber(i.ci[0], 4)} \u2026 ${formatNumber(i.ci[1], 4)}]` : "";
var changeIntervalText = (c) => c ? ` [95% CI ${formatSigned(c.ci[0], 4)} \u2026 ${formatSigned(c.ci[1], 4)}, ${c.pairing}]` : "";
var isNewMetric = (c) => c.passed && (c.rule === "max_drop" || c.rule === "max_rise") && / is new: not in baseline v/.test(c.reason ?? "");
function absentValue(checks) {
  const reason = checks[0]?.reason ?? "";
  if (checks.length === 0) return "\u2014";
  if (reason.startsWith("missing")) return "missing";
  return /\((NaN|-?Infinity)\)$/.exec(reason)?.[1] ?? "not a number";
}

export {
  metricRows,
  isNewMetric
};
