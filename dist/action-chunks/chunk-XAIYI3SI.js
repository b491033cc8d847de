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
  failedChecks
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
  const against = input.baseline ? `baseline ${versionLabel(input.baseline)}` : "no baseline yet";
  return `${input.passed ? "\u2705" : "\u274C"} ${input.model}: ${verdict}${warned} \xB7 ${against}`;
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
  renderMarkdownReport
};
