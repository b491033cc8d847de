import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  plainText
} from "./chunk-5VN3OPDC.js";

// src/core/report/rollback.ts
var MAX_REASON = 1e3;
var toText = (r, cell) => r.to ? `v${cell(r.to.version)}` : "nothing (the stage is empty)";
var pushText = (r) => r.pushed === null ? "not pushed" : r.pushed ? "pushed" : "the remote had it";
var deployText = (r) => r.deployed === null ? null : r.deployed ? "deployed" : "deploy FAILED";
function rollbackText(r) {
  const model = plainText(r.model);
  const stage = plainText(r.stage);
  if (r.tag === null) {
    return [
      `${model}: v${plainText(r.from.version)} had been withdrawn from ${stage} by a concurrent run already`,
      `  ${stage} now holds ${toText(r, plainText)}`
    ].join("\n");
  }
  const lines = [
    `${model}: v${plainText(r.from.version)} withdrawn from ${stage}; ${stage} now holds ${toText(r, plainText)}`,
    `  tag:    ${plainText(r.tag)} (${pushText(r)})`,
    `  reason: ${plainText(r.reason, MAX_REASON)}`,
    `  by:     ${plainText(r.by)}`
  ];
  if (r.runUrl) lines.push(`  run:    ${plainText(r.runUrl)}`);
  if (r.storeMoved && r.to) lines.push(`  store:  :${stage} \u2192 v${plainText(r.to.version)}`);
  const d = deployText(r);
  if (d) lines.push(`  deploy: ${d}`);
  if (r.storeError) {
    lines.push(`  store:  FAILED: ${plainText(r.storeError.message, 500)}`);
    for (const x of r.storeError.details) lines.push(`    ${plainText(x, 1e3)}`);
  }
  return lines.join("\n");
}

export {
  rollbackText
};
