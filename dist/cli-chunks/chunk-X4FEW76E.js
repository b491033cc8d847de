import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  plainText
} from "./chunk-5VN3OPDC.js";

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
      if (b.storeError) {
        lines.push(`  model store FAILED: ${plainText(b.storeError.message, 500)}`);
        for (const d of b.storeError.details) lines.push(`    ${plainText(d, 1e3)}`);
      }
    }
  });
  if (r.kept) lines.push(`not rolled back: ${plainText(r.kept, 500)}`);
  return lines.join("\n");
}

export {
  deployOk,
  deployText
};
