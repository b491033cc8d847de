import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  codeSpan
} from "./chunk-UYSAXCXO.js";
import {
  ManifestInvalidError
} from "./chunk-YIWR6ST7.js";
import {
  formatIssue
} from "./chunk-QZDZ6KXE.js";
import {
  isLeptonError
} from "./chunk-JFBFOGK2.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/core/report/summary.ts
function validReport(manifest, manifestName) {
  const count = /* @__PURE__ */ __name((n, what) => `${n} ${what}${n === 1 ? "" : "s"}`, "count");
  return [
    `### Lepton \xB7 ${codeSpan(manifest.model)}: ${codeSpan(manifestName)} is valid`,
    "",
    [
      count(manifest.components.length, "component"),
      count(manifest.data.length, "data set"),
      count(manifest.eval.thresholds.length, "threshold"),
      count(manifest.stages.length, "stage")
    ].join(", "),
    ""
  ].join("\n");
}
__name(validReport, "validReport");
function invalidReport(file, issues) {
  return [
    `### Lepton: ${codeSpan(file)} is invalid`,
    "",
    `${issues.length} problem${issues.length === 1 ? "" : "s"}:`,
    "",
    fence(issues.map(formatIssue).join("\n")),
    ""
  ].join("\n");
}
__name(invalidReport, "invalidReport");
function skippedReport(reason) {
  return `### Lepton: nothing to do

${fence(reason)}
`;
}
__name(skippedReport, "skippedReport");
function failedReport(message, details) {
  return `### Lepton failed

${fence([message, ...details.map((d) => `  ${d}`)].join("\n"))}
`;
}
__name(failedReport, "failedReport");
function fence(text) {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const f = "`".repeat(longest + 1);
  return `${f}text
${text}
${f}`;
}
__name(fence, "fence");

// src/action/report.ts
function errorReport(e) {
  if (e instanceof ManifestInvalidError) return invalidReport(e.file, e.issues);
  if (isLeptonError(e)) return failedReport(e.message, e.details);
  return failedReport(`internal error: ${e instanceof Error ? e.message : String(e)}`, []);
}
__name(errorReport, "errorReport");

export {
  validReport,
  skippedReport,
  errorReport
};
