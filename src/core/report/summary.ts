import { formatIssue } from '../manifest/format.js';
import type { Manifest, ManifestIssue } from '../manifest/types.js';
import { codeSpan } from './escape.js';

/** The Action's own job summaries: the manifest checked, nothing to do, a failure. */

export function validReport(manifest: Manifest, manifestName: string): string {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  return [
    `### Lepton · ${codeSpan(manifest.model)}: ${codeSpan(manifestName)} is valid`,
    '',
    [
      count(manifest.components.length, 'component'),
      count(manifest.data.length, 'data set'),
      count(manifest.eval.thresholds.length, 'threshold'),
      count(manifest.stages.length, 'stage'),
    ].join(', '),
    '',
  ].join('\n');
}

export function invalidReport(file: string, issues: readonly ManifestIssue[]): string {
  return [
    `### Lepton: ${codeSpan(file)} is invalid`,
    '',
    `${issues.length} problem${issues.length === 1 ? '' : 's'}:`,
    '',
    fence(issues.map(formatIssue).join('\n')),
    '',
  ].join('\n');
}

export function skippedReport(reason: string): string {
  return `### Lepton: nothing to do\n\n${fence(reason)}\n`;
}

export function failedReport(message: string, details: readonly string[]): string {
  return `### Lepton failed\n\n${fence([message, ...details.map((d) => `  ${d}`)].join('\n'))}\n`;
}

/** A code block no content can close early: its fence is longer than any backtick run inside. */
export function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return `${f}text\n${text}\n${f}`;
}
