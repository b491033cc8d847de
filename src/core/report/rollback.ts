import type { RollbackResult } from '../delivery/rollback.js';
import { codeSpan, escapeText, plainText } from './escape.js';

/** Reasons are free text typed in an emergency: shown whole up to this many characters. */
const MAX_REASON = 1000;

const toText = (r: RollbackResult, cell: (s: string) => string): string =>
  r.to ? `v${cell(r.to.version)}` : 'nothing (the stage is empty)';

const pushText = (r: RollbackResult): string =>
  r.pushed === null ? 'not pushed' : r.pushed ? 'pushed' : 'the remote had it';

const deployText = (r: RollbackResult): string | null =>
  r.deployed === null ? null : r.deployed ? 'deployed' : 'deploy FAILED';

/** `lepton rollback` in a terminal. */
export function rollbackText(r: RollbackResult): string {
  const model = plainText(r.model);
  const stage = plainText(r.stage);
  if (r.tag === null) {
    return [
      `${model}: v${plainText(r.from.version)} had been withdrawn from ${stage} by a concurrent run already`,
      `  ${stage} now holds ${toText(r, plainText)}`,
    ].join('\n');
  }
  const lines = [
    `${model}: v${plainText(r.from.version)} withdrawn from ${stage}; ${stage} now holds ${toText(r, plainText)}`,
    `  tag:    ${plainText(r.tag)} (${pushText(r)})`,
    `  reason: ${plainText(r.reason, MAX_REASON)}`,
    `  by:     ${plainText(r.by)}`,
  ];
  if (r.runUrl) lines.push(`  run:    ${plainText(r.runUrl)}`);
  if (r.storeMoved && r.to) lines.push(`  store:  :${stage} → v${plainText(r.to.version)}`);
  const d = deployText(r);
  if (d) lines.push(`  deploy: ${d}`);
  if (r.storeError) {
    lines.push(`  store:  FAILED: ${plainText(r.storeError.message, 500)}`);
    for (const x of r.storeError.details) lines.push(`    ${plainText(x, 1000)}`);
  }
  return lines.join('\n');
}

/** `lepton rollback` as Markdown (the job summary). */
export function rollbackMarkdown(r: RollbackResult): string {
  const stage = codeSpan(r.stage);
  const head =
    r.tag === null
      ? `### ↩️ ${codeSpan(r.model)}: v${escapeText(r.from.version)} had already been withdrawn from ${stage}`
      : `### ↩️ ${codeSpan(r.model)}: v${escapeText(r.from.version)} withdrawn from ${stage}`;
  const lines = [head, '', `${stage} now holds ${toText(r, escapeText)}.`, ''];
  if (r.tag !== null) {
    lines.push(
      `- Tag: ${codeSpan(r.tag)} (${pushText(r)})`,
      `- Reason: ${escapeText(r.reason, MAX_REASON)}`,
      `- By: ${escapeText(r.by)}`,
    );
    if (r.runUrl && /^https:\/\/[^\s)]+$/.test(r.runUrl)) lines.push(`- Run: [run](${r.runUrl})`);
    if (r.storeMoved && r.to) {
      lines.push(`- Model store: ${codeSpan(`:${r.stage}`)} → v${escapeText(r.to.version)}`);
    }
    const d = deployText(r);
    if (d) lines.push(`- Deploy: ${d}`);
    if (r.storeError) {
      lines.push(`- Model store: **failed**: ${escapeText(r.storeError.message, 500)}`);
      for (const x of r.storeError.details) lines.push(`  - ${escapeText(x, 1000)}`);
    }
  }
  return lines.join('\n');
}
