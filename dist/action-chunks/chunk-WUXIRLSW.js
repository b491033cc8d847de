import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  metricRows
} from "./chunk-IEUR4DYH.js";
import {
  markdownTable
} from "./chunk-QJ2QLURK.js";
import {
  codeSpan,
  escapeText
} from "./chunk-UYSAXCXO.js";
import {
  boundText,
  failedChecks,
  formatNumber
} from "./chunk-W75T7KDA.js";
import {
  reportMarker
} from "./chunk-BODCAMWZ.js";
import {
  renderTrend
} from "./chunk-LQLDQUOB.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/core/gate/threshold-changes.ts
var loosens = /* @__PURE__ */ __name((c) => c.effect === "loosened" || c.effect === "removed", "loosens");
var BOUNDS = ["min", "max", "max_drop", "max_rise"];
function boundOf(t, b) {
  if (b === "min") return t.min;
  if (b === "max") return t.max;
  return b === "max_drop" ? t.maxDrop : t.maxRise;
}
__name(boundOf, "boundOf");
function shown(v) {
  if (typeof v === "number") return v;
  return v.kind === "percent" ? `${formatNumber(v.value)}%` : v.value;
}
__name(shown, "shown");
function reach(v, base) {
  if (typeof v === "number") return v;
  if (v.kind === "absolute") return v.value;
  return base === void 0 || !Number.isFinite(base) ? null : Math.abs(base) * v.value / 100;
}
__name(reach, "reach");
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
__name(moved, "moved");
function compare(before, after, stage, base) {
  const metric = (after ?? before)?.metric ?? "";
  const out = [];
  const push = /* @__PURE__ */ __name((bound, from, to, effect) => out.push({ metric, ...stage !== void 0 && { stage }, bound, from, to, effect }), "push");
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
__name(compare, "compare");
function compareList(before, after, stage, baseline) {
  const was = new Map(before.map((t) => [t.metric, t]));
  const is = new Set(after.map((t) => t.metric));
  const base = /* @__PURE__ */ __name((m) => baseline && Object.prototype.hasOwnProperty.call(baseline, m) ? baseline[m] : void 0, "base");
  return [
    ...after.flatMap((t) => compare(was.get(t.metric), t, stage, base(t.metric))),
    ...before.filter((t) => !is.has(t.metric)).flatMap((t) => compare(t, void 0, stage, base(t.metric)))
  ];
}
__name(compareList, "compareList");
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
__name(thresholdChanges, "thresholdChanges");

// src/core/report/threshold-changes.ts
var LOOSENED_HEADLINE = "\u26A0\uFE0F with thresholds this change loosened";
var value = /* @__PURE__ */ __name((v, none) => v === null ? none : typeof v === "number" ? formatNumber(v) : v, "value");
function changePart(c) {
  const none = c.bound === "noise" ? "off" : "none";
  if (c.effect === "added") return `${c.bound} ${value(c.to, none)} (added)`;
  if (c.effect === "removed") return `${c.bound} ${value(c.from, none)} \u2192 removed`;
  const tail = c.effect === "loosened" ? " (loosened)" : " (tightened)";
  return `${c.bound} ${value(c.from, none)} \u2192 ${value(c.to, none)}${tail}`;
}
__name(changePart, "changePart");
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
__name(groupThresholdChanges, "groupThresholdChanges");
var anyLoosened = /* @__PURE__ */ __name((changes) => (changes ?? []).some(loosens), "anyLoosened");

// src/core/report/markdown.ts
var DEFAULT_MAX_LENGTH = 6e4;
var RESULT = {
  pass: "\u2705 pass",
  fail: "\u274C fail",
  warn: "\u26A0\uFE0F warn",
  none: ""
};
var plural = /* @__PURE__ */ __name((n, word) => `${n} ${word}${n === 1 ? "" : "s"}`, "plural");
var versionLabel = /* @__PURE__ */ __name((ref) => `v${ref.version}`, "versionLabel");
function headline(input) {
  const failures = failedChecks(input.checks, "error").length;
  const warnings = failedChecks(input.checks, "warn").length;
  const verdict = input.passed ? input.checks.length ? "thresholds passed" : "no thresholds to check" : `${plural(failures, "threshold check")} failed`;
  const warned = warnings ? `, ${plural(warnings, "warning")}` : "";
  const loosened = anyLoosened(input.thresholdChanges) ? ` \u2014 ${LOOSENED_HEADLINE}` : "";
  const against = input.baseline ? `baseline ${versionLabel(input.baseline)}` : "no baseline yet";
  return `${input.passed ? "\u2705" : "\u274C"} ${input.model}: ${verdict}${warned}${loosened} \xB7 ${against}`;
}
__name(headline, "headline");
function checkLine(c) {
  return `- ${codeSpan(c.metric)} (${escapeText(boundText(c, false))}): ${escapeText(c.reason ?? "failed", 500)}`;
}
__name(checkLine, "checkLine");
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
__name(fit, "fit");
function thresholdsSource(input) {
  if (input.thresholdsFrom === "checks") return " (from its recorded checks: eval thresholds only)";
  return input.thresholdsFrom === "manifest" ? " (its lepton.yml)" : "";
}
__name(thresholdsSource, "thresholdsSource");
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
__name(thresholdChangeLines, "thresholdChangeLines");
function changedLine(input) {
  const list = /* @__PURE__ */ __name((names) => names.map((n) => codeSpan(n)).join(", "), "list");
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
__name(changedLine, "changedLine");
function reuseLine(input) {
  if (!input.reused) return null;
  return input.reusedFrom ? `\u267B\uFE0F Metrics reused from ${versionLabel(input.reusedFrom)}: same fingerprint and eval settings, so the eval did not run again.` : "\u267B\uFE0F Metrics reused from the eval cache: same fingerprint and eval settings, so the eval did not run again.";
}
__name(reuseLine, "reuseLine");
var SAFE = /^[A-Za-z0-9 ._-]{1,200}$/;
var safeText = /* @__PURE__ */ __name((text) => SAFE.test(text) ? text : escapeText(text), "safeText");
function linkLine(link) {
  const url = linkTarget(link.url);
  const label = `${safeText(link.label)}: `;
  return url ? `${label}[${safeText(link.text)}](${url})` : `${label}${escapeText(link.url, 500)}`;
}
__name(linkLine, "linkLine");
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
__name(linkTarget, "linkTarget");
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
    const cells = /* @__PURE__ */ __name((r) => [
      codeSpan(r.metric, true),
      r.baseline,
      r.current,
      r.change,
      escapeText(r.threshold, 400),
      RESULT[r.result] + (r.noBaseline ? " (no baseline)" : "")
    ], "cells");
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
__name(renderMarkdownReport, "renderMarkdownReport");

export {
  thresholdChanges,
  renderMarkdownReport
};
