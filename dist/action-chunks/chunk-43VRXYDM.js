import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  codeSpan,
  escapeText
} from "./chunk-UYSAXCXO.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/core/report/rollback.ts
var MAX_REASON = 1e3;
var toText = /* @__PURE__ */ __name((r, cell) => r.to ? `v${cell(r.to.version)}` : "nothing (the stage is empty)", "toText");
var pushText = /* @__PURE__ */ __name((r) => r.pushed === null ? "not pushed" : r.pushed ? "pushed" : "the remote had it", "pushText");
var deployText = /* @__PURE__ */ __name((r) => r.deployed === null ? null : r.deployed ? "deployed" : "deploy FAILED", "deployText");
function rollbackMarkdown(r) {
  const stage = codeSpan(r.stage);
  const head = r.tag === null ? `### \u21A9\uFE0F ${codeSpan(r.model)}: v${escapeText(r.from.version)} had already been withdrawn from ${stage}` : `### \u21A9\uFE0F ${codeSpan(r.model)}: v${escapeText(r.from.version)} withdrawn from ${stage}`;
  const lines = [head, "", `${stage} now holds ${toText(r, escapeText)}.`, ""];
  if (r.tag !== null) {
    lines.push(
      `- Tag: ${codeSpan(r.tag)} (${pushText(r)})`,
      `- Reason: ${escapeText(r.reason, MAX_REASON)}`,
      `- By: ${escapeText(r.by)}`
    );
    if (r.runUrl && /^https:\/\/[^\s)]+$/.test(r.runUrl)) lines.push(`- Run: [run](${r.runUrl})`);
    if (r.storeMoved && r.to) {
      lines.push(`- Model store: ${codeSpan(`:${r.stage}`)} \u2192 v${escapeText(r.to.version)}`);
    }
    const d = deployText(r);
    if (d) lines.push(`- Deploy: ${d}`);
    if (r.storeError) {
      lines.push(`- Model store: **failed**: ${escapeText(r.storeError.message, 500)}`);
      for (const x of r.storeError.details) lines.push(`  - ${escapeText(x, 1e3)}`);
    }
  }
  return lines.join("\n");
}
__name(rollbackMarkdown, "rollbackMarkdown");

export {
  rollbackMarkdown
};
