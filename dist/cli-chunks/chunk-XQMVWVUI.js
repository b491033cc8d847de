import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  isNewMetric,
  metricRows
} from "./chunk-JZNGN5KX.js";
import {
  markdownTable,
  textTable
} from "./chunk-43RIPF6U.js";
import {
  codeSpan,
  escapeText
} from "./chunk-ZJC7X57Q.js";
import {
  boundText,
  failedChecks
} from "./chunk-5GW5BYNW.js";
import {
  formatNumber
} from "./chunk-UN4BW3X4.js";
import {
  plainText
} from "./chunk-5VN3OPDC.js";

// src/core/report/marker.ts
var MARKER_PREFIX = "<!-- lepton:model=";
function reportMarker(model) {
  return `${MARKER_PREFIX}${model.replace(/[^A-Za-z0-9._/-]/g, "_")} -->`;
}

// src/core/report/trend.ts
var TREND_VERSIONS = 10;
var MAX_CHARTS = 20;
var own = (r, k) => Object.prototype.hasOwnProperty.call(r, k);
function trendOf(versions, checks, current) {
  const points = [];
  for (const v of versions) {
    if (points.length >= TREND_VERSIONS) break;
    if (v.lightweight || v.deregistered || !v.summary) continue;
    points.push({ version: v.version, metrics: v.summary.metrics });
  }
  return { points: points.reverse(), metrics: [...new Set(checks.map((c) => c.metric))], current };
}
function mermaidLabel(text, max = 60) {
  const safe = text.replace(/[^A-Za-z0-9 ._:/@+()-]/g, "_");
  return safe.length > max ? `${safe.slice(0, max - 1)}_` : safe;
}
function mermaidNumber(v) {
  if (!Number.isFinite(v) || Math.abs(v) >= 1e15) return null;
  const short = Number(v.toPrecision(10));
  let text = String(short);
  if (/e/i.test(text)) text = short.toFixed(20).replace(/0+$/, "").replace(/\.$/, "");
  return text === "-0" ? "0" : text;
}
function trendChart(trend, metric) {
  const labels = [];
  const values = [];
  const numbers = [];
  const add = (label, v) => {
    const text = v === void 0 ? null : mermaidNumber(v);
    if (text === null || v === void 0) return;
    labels.push(`"${mermaidLabel(label)}"`);
    values.push(text);
    numbers.push(v);
  };
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

// src/core/gate/threshold-changes.ts
var loosens = (c) => c.effect === "loosened" || c.effect === "removed";
var BOUNDS = ["min", "max", "max_drop", "max_rise"];
function boundOf(t, b) {
  if (b === "min") return t.min;
  if (b === "max") return t.max;
  return b === "max_drop" ? t.maxDrop : t.maxRise;
}
function shown(v) {
  if (typeof v === "number") return v;
  return v.kind === "percent" ? `${formatNumber(v.value)}%` : v.value;
}
function reach(v, base) {
  if (typeof v === "number") return v;
  if (v.kind === "absolute") return v.value;
  return base === void 0 || !Number.isFinite(base) ? null : Math.abs(base) * v.value / 100;
}
function moved(b, from, to, base) {
  const a = typeof from === "number" ? from : null;
  const z = typeof to === "number" ? to : null;
  let x = a;
  let y = z;
  if (typeof from !== "number" && typeof to !== "number") {
    [x, y] = from.kind === to.kind ? [from.value, to.value] : [reach(from, base), reach(to, base)];
  }
  if (x === null || y === null) return "loosened";
  if (x === y) return null;
  const looser = b === "min" ? y < x : y > x;
  return looser ? "loosened" : "tightened";
}
function compare(before, after, stage, base) {
  const metric = (after ?? before)?.metric ?? "";
  const out = [];
  const push = (bound, from, to, effect) => out.push({ metric, ...stage !== void 0 && { stage }, bound, from, to, effect });
  for (const b of BOUNDS) {
    const from = before && boundOf(before, b);
    const to = after && boundOf(after, b);
    if (from === void 0 && to === void 0) continue;
    if (from === void 0) push(b, null, shown(to), "added");
    else if (to === void 0) push(b, shown(from), null, "removed");
    else {
      const effect = moved(b, from, to, base);
      if (effect) push(b, shown(from), shown(to), effect);
    }
  }
  if (before && after) {
    if (before.level !== after.level) {
      push("level", before.level, after.level, after.level === "warn" ? "loosened" : "tightened");
    }
    const nb = before.noise ?? null;
    const na = after.noise ?? null;
    if (nb !== na) push("noise", nb, na, na === "warn" ? "loosened" : "tightened");
  }
  return out;
}
function compareList(before, after, stage, baseline) {
  const was = new Map(before.map((t) => [t.metric, t]));
  const is = new Set(after.map((t) => t.metric));
  const base = (m) => baseline && Object.prototype.hasOwnProperty.call(baseline, m) ? baseline[m] : void 0;
  return [
    ...after.flatMap((t) => compare(was.get(t.metric), t, stage, base(t.metric))),
    ...before.filter((t) => !is.has(t.metric)).flatMap((t) => compare(t, void 0, stage, base(t.metric)))
  ];
}
function thresholdChanges(before, after, baselineMetrics = null) {
  const stagesBefore = new Map(before.stages.map((s) => [s.name, s.thresholds]));
  const stagesAfter = new Set(after.stages.map((s) => s.name));
  return [
    ...compareList(before.eval, after.eval, void 0, baselineMetrics),
    ...after.stages.flatMap(
      (s) => compareList(stagesBefore.get(s.name) ?? [], s.thresholds, s.name, baselineMetrics)
    ),
    ...before.stages.filter((s) => !stagesAfter.has(s.name)).flatMap((s) => compareList(s.thresholds, [], s.name, baselineMetrics))
  ];
}

// src/core/report/threshold-changes.ts
var LOOSENED_HEADLINE = "\u26A0\uFE0F with thresholds this change loosened";
var value = (v, none) => v === null ? none : typeof v === "number" ? formatNumber(v) : v;
function changePart(c) {
  const none = c.bound === "noise" ? "off" : "none";
  if (c.effect === "added") return `${c.bound} ${value(c.to, none)} (added)`;
  if (c.effect === "removed") return `${c.bound} ${value(c.from, none)} \u2192 removed`;
  const tail = c.effect === "loosened" ? " (loosened)" : " (tightened)";
  return `${c.bound} ${value(c.from, none)} \u2192 ${value(c.to, none)}${tail}`;
}
function groupThresholdChanges(changes) {
  const groups = /* @__PURE__ */ new Map();
  for (const c of changes) {
    const key = JSON.stringify([c.stage ?? null, c.metric]);
    let g = groups.get(key);
    if (!g) {
      g = {
        metric: c.metric,
        ...c.stage !== void 0 && { stage: c.stage },
        parts: [],
        loosened: false
      };
      groups.set(key, g);
    }
    g.parts.push(changePart(c));
    g.loosened ||= loosens(c);
  }
  return [...groups.values()];
}
var anyLoosened = (changes) => (changes ?? []).some(loosens);

// src/core/report/markdown.ts
var DEFAULT_MAX_LENGTH = 6e4;
var RESULT = {
  pass: "\u2705 pass",
  fail: "\u274C fail",
  warn: "\u26A0\uFE0F warn",
  none: ""
};
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var versionLabel = (ref) => `v${ref.version}`;
function headline(input) {
  const failures = failedChecks(input.checks, "error").length;
  const warnings = failedChecks(input.checks, "warn").length;
  const verdict = input.passed ? input.checks.length ? "thresholds passed" : "no thresholds to check" : `${plural(failures, "threshold check")} failed`;
  const warned = warnings ? `, ${plural(warnings, "warning")}` : "";
  const loosened = anyLoosened(input.thresholdChanges) ? ` \u2014 ${LOOSENED_HEADLINE}` : "";
  const against = input.baseline ? `baseline ${versionLabel(input.baseline)}` : "no baseline yet";
  return `${input.passed ? "\u2705" : "\u274C"} ${input.model}: ${verdict}${warned}${loosened} \xB7 ${against}`;
}
function checkLine(c) {
  return `- ${codeSpan(c.metric)} (${escapeText(boundText(c, false))}): ${escapeText(c.reason ?? "failed", 500)}`;
}
function fit(lines, budget, what) {
  const kept = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const note = `- \u2026 and ${lines.length - i} more ${what} (see \`lepton eval --json\`)`;
    if (used + line.length + 1 + note.length + 1 > budget) return [...kept, note];
    kept.push(line);
    used += line.length + 1;
  }
  return kept;
}
function thresholdsSource(input) {
  if (input.thresholdsFrom === "checks") return " (from its recorded checks: eval thresholds only)";
  return input.thresholdsFrom === "manifest" ? " (its lepton.yml)" : "";
}
function thresholdChangeLines(input) {
  const changes = input.thresholdChanges ?? [];
  if (!changes.length || !input.baseline) return [];
  const loosened = anyLoosened(changes);
  const title = `**${loosened ? "\u26A0\uFE0F Thresholds loosened" : "Thresholds changed"} since ${versionLabel(input.baseline)}**${escapeText(thresholdsSource(input))}`;
  const lines = groupThresholdChanges(changes).map((g) => {
    const where = g.stage !== void 0 ? `stage ${codeSpan(g.stage)} \xB7 ` : "";
    const mark = g.loosened ? "\u26A0\uFE0F " : "";
    return `- ${mark}${where}${codeSpan(g.metric)}: ${g.parts.map((p) => escapeText(p, 200)).join(", ")}`;
  });
  return ["", title, "", ...fit(lines, 6e3, "threshold changes")];
}
function changedLine(input) {
  const list = (names) => names.map((n) => codeSpan(n)).join(", ");
  const parts = [
    input.changed.components.length ? `components ${list(input.changed.components)}` : "",
    input.changed.data.length ? `data ${list(input.changed.data)}` : "",
    // The eval's command, settings or own files differ from the baseline's: it ran again.
    input.changed.eval ? "eval changed" : ""
  ].filter(Boolean);
  if (!input.baseline) {
    return parts.length ? `**New model:** ${parts.join("; ")}` : "";
  }
  const since = versionLabel(input.baseline);
  return parts.length ? `**Changed since ${since}:** ${parts.join("; ")}` : `**Changed since ${since}:** no component or data set`;
}
function reuseLine(input) {
  if (!input.reused) return null;
  return input.reusedFrom ? `\u267B\uFE0F Metrics reused from ${versionLabel(input.reusedFrom)}: same fingerprint and eval settings, so the eval did not run again.` : "\u267B\uFE0F Metrics reused from the eval cache: same fingerprint and eval settings, so the eval did not run again.";
}
var SAFE = /^[A-Za-z0-9 ._-]{1,200}$/;
var safeText = (text) => SAFE.test(text) ? text : escapeText(text);
function linkLine(link) {
  const url = linkTarget(link.url);
  const label = `${safeText(link.label)}: `;
  return url ? `${label}[${safeText(link.text)}](${url})` : `${label}${escapeText(link.url, 500)}`;
}
function linkTarget(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  return url.href.replace(/\(/g, "%28").replace(/\)/g, "%29");
}
function renderMarkdownReport(input, options = {}) {
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const head = [reportMarker(input.model), `### ${escapeText(headline(input), 400)}`, ""];
  head.push(
    input.baseline ? `Baseline: **${versionLabel(input.baseline)}** (${codeSpan(input.baseline.tag)})` : 'Baseline: none yet \u2014 relative checks (`max_drop`, `max_rise`) pass as "no baseline".'
  );
  const warnings = (input.baselineWarnings ?? []).slice(0, 20);
  if (warnings.length) head.push("", ...warnings.map((w) => `\u26A0\uFE0F ${escapeText(w, 500)}  `));
  head.push(...thresholdChangeLines(input));
  const reuse = reuseLine(input);
  if (reuse) head.push("", reuse);
  const notes = (input.notes ?? []).slice(0, 20).map((n) => escapeText(n, 1e3));
  if (notes.length) head.push("", ...notes.map((n) => `${n}  `));
  const changed = changedLine(input);
  const tail = changed ? ["", changed] : [];
  const links = (input.links ?? []).slice(0, 20).map(linkLine);
  if (links.length) tail.push("", ...links);
  const fixed = [...head, ...tail].join("\n").length;
  let budget = Math.max(0, max - fixed - 200);
  const sections = [];
  for (const [level, title] of [
    ["error", "Failures"],
    ["warn", "Warnings (do not block)"]
  ]) {
    const failed = failedChecks(input.checks, level);
    if (!failed.length) continue;
    const lines = fit(failed.map(checkLine), Math.floor(budget / 4), "checks");
    const text = ["", `**${title}**`, "", ...lines].join("\n");
    sections.push(text);
    budget -= text.length;
  }
  const ignored = input.ignored ?? [];
  let notNumbers = "";
  if (ignored.length) {
    const lines = ignored.map((i) => `- ${codeSpan(i.metric)}: ${escapeText(i.what, 200)}`);
    const title = `**Not numbers** (${ignored.length}; no threshold, so not compared)`;
    notNumbers = ["", title, "", ...fit(lines, Math.floor(budget / 4), "values")].join("\n");
    budget -= notNumbers.length;
  }
  const rows = metricRows(input);
  let cut = false;
  if (rows.length) {
    const header = [
      "metric",
      input.baseline ? `baseline (${escapeText(versionLabel(input.baseline))})` : "baseline",
      "this",
      "change",
      "threshold",
      "result"
    ];
    const cells = (r) => [
      codeSpan(r.metric, true),
      r.baseline,
      r.current,
      r.change,
      escapeText(r.threshold, 400),
      RESULT[r.result] + (r.noBaseline ? " (no baseline)" : "")
    ];
    const align = ["left", "right", "right", "right", "left", "left"];
    const kept = markdownTable(header, [], align);
    let used = kept.join("\n").length;
    for (const [i, row] of rows.entries()) {
      const line = markdownTable(header, [cells(row)], align)[2] ?? "";
      if (used + line.length + 1 > budget - 120) {
        kept.push("", `\u2026 ${rows.length - i} more metrics not shown (see \`lepton eval --json\`).`);
        cut = true;
        break;
      }
      kept.push(line);
      used += line.length + 1;
    }
    sections.push(["", ...kept].join("\n"));
  } else {
    sections.push("\nThe eval reported no metrics.");
  }
  if (notNumbers) sections.push(notNumbers);
  if (input.trend && !cut) {
    const used = [...head, ...sections, ...tail].join("\n").length + 1;
    const trend = renderTrend(input.trend, max - used - 1);
    if (trend) sections.push(trend);
  }
  return [...head, ...sections, ...tail].join("\n") + "\n";
}

// src/core/report/text.ts
var RESULT2 = {
  pass: "pass",
  fail: "FAIL",
  warn: "warn",
  none: ""
};
function checkLine2(c) {
  return `  ${plainText(c.metric)} (${boundText(c, false)}): ${plainText(c.reason ?? "failed", 500)}`;
}
function renderTextReport(input) {
  const lines = [plainText(headline(input), 400)];
  lines.push(
    input.baseline ? `baseline: ${versionLabel(input.baseline)} (${plainText(input.baseline.tag)})` : 'baseline: none yet (relative checks pass as "no baseline")'
  );
  for (const w of (input.baselineWarnings ?? []).slice(0, 20)) {
    lines.push(`warning: ${plainText(w, 500)}`);
  }
  const changes = input.thresholdChanges ?? [];
  if (changes.length && input.baseline) {
    const what = anyLoosened(changes) ? "warning: thresholds loosened" : "thresholds changed";
    lines.push(`${what} since ${versionLabel(input.baseline)}${thresholdsSource(input)}:`);
    for (const g of groupThresholdChanges(changes)) {
      const where = g.stage !== void 0 ? `stage ${plainText(g.stage)}: ` : "";
      lines.push(
        `  ${g.loosened ? "! " : ""}${where}${plainText(g.metric)}: ${g.parts.map((p) => plainText(p, 200)).join(", ")}`
      );
    }
  }
  if (input.reused) {
    lines.push(
      input.reusedFrom ? `metrics reused from ${versionLabel(input.reusedFrom)} (same fingerprint and eval settings)` : "metrics reused from the eval cache (same fingerprint and eval settings)"
    );
  }
  for (const note of input.notes ?? []) lines.push(plainText(note, 1e3));
  const rows = metricRows(input);
  lines.push("");
  if (rows.length) {
    const header = [
      "metric",
      input.baseline ? `baseline (${versionLabel(input.baseline)})` : "baseline",
      "this",
      "change",
      "threshold",
      "result"
    ];
    const cells = rows.map((r) => [
      plainText(r.metric),
      r.baseline,
      r.current,
      r.change,
      r.threshold,
      RESULT2[r.result] + (r.noBaseline ? " (no baseline)" : "")
    ]);
    lines.push(...textTable(header, cells, ["left", "right", "right", "right", "left", "left"]));
  } else {
    lines.push("the eval reported no metrics");
  }
  const ignored = input.ignored ?? [];
  if (ignored.length) {
    lines.push(
      "",
      `not numbers (${ignored.length}; no threshold, so not compared):`,
      ...ignored.map((i) => `  ${plainText(i.metric)}: ${plainText(i.what, 200)}`)
    );
  }
  for (const [level, title] of [
    ["error", "failures"],
    ["warn", "warnings (do not block)"]
  ]) {
    const failed = failedChecks(input.checks, level);
    if (failed.length) lines.push("", `${title}:`, ...failed.map(checkLine2));
  }
  const parts = [
    input.changed.components.length ? `components ${input.changed.components.map((n) => plainText(n)).join(", ")}` : "",
    input.changed.data.length ? `data ${input.changed.data.map((n) => plainText(n)).join(", ")}` : "",
    input.changed.eval ? "eval changed" : ""
  ].filter(Boolean);
  if (input.baseline) {
    lines.push(
      "",
      `changed since ${versionLabel(input.baseline)}: ${parts.join("; ") || "no component or data set"}`
    );
  } else if (parts.length) {
    lines.push("", `new model: ${parts.join("; ")}`);
  }
  return lines.join("\n") + "\n";
}

// src/core/report/eval.ts
function baselineWarnings(skipped, checks) {
  const fresh = checks.filter(isNewMetric).map((c) => c.reason);
  return {
    skipped: skipped.map((s) => `${s.tag} is not the baseline: ${s.reason}`),
    newMetrics: [...new Set(fresh)].map((r) => `${r} (its relative check passes)`)
  };
}
function evalReportInput(o, notes) {
  const warnings = baselineWarnings(o.skipped, o.checks);
  return {
    model: o.model,
    passed: o.passed,
    baseline: o.baseline,
    baselineMetrics: o.baselineRecord?.metrics ?? null,
    metrics: o.metrics,
    checks: o.checks,
    changed: o.changed,
    reused: o.reused,
    reusedFrom: o.reusedFrom,
    baselineWarnings: [...warnings.skipped, ...warnings.newMetrics, ...o.noiseNotes ?? []],
    ignored: o.ignored,
    ...o.noise && { intervals: o.noise.intervals, changeIntervals: o.noise.changes },
    ...o.trend && { trend: o.trend },
    ...o.thresholdChanges?.length && { thresholdChanges: o.thresholdChanges },
    ...o.thresholdsFrom && { thresholdsFrom: o.thresholdsFrom },
    ...notes && { notes }
  };
}
function evalMarkdown(o, options = {}) {
  return renderMarkdownReport(evalReportInput(o), options);
}
function evalText(o, notes) {
  return renderTextReport({ ...evalReportInput(o, notes), baselineWarnings: [] });
}

export {
  thresholdChanges,
  trendOf,
  renderMarkdownReport,
  baselineWarnings,
  evalReportInput,
  evalMarkdown,
  evalText
};
