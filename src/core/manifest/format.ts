import type { ManifestIssue } from './types.js';

/** `lepton.yml:3:5: eval.timeout: expected a duration like 45s, 30m or 1h (did you mean …?)` */
export function formatIssue(i: ManifestIssue): string {
  return `${i.file}:${i.line}:${i.column}: ${i.path}: ${i.message}${i.hint ? ` (${i.hint})` : ''}`;
}
