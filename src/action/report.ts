import { isLeptonError } from '../core/errors/index.js';
import { formatIssue, type Manifest, type ManifestIssue } from '../core/manifest/index.js';
import { codeSpan } from '../core/report/escape.js';
import { ManifestInvalidError } from '../io/manifest-file.js';

/** Reports the action writes itself (the eval, record and promote reports come from the library). */

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

function failedReport(message: string, details: readonly string[]): string {
  return `### Lepton failed\n\n${fence([message, ...details.map((d) => `  ${d}`)].join('\n'))}\n`;
}

/** What went wrong, for the summary (and the PR comment when the eval could not run). */
export function errorReport(e: unknown): string {
  if (e instanceof ManifestInvalidError) return invalidReport(e.file, e.issues);
  if (isLeptonError(e)) return failedReport(e.message, e.details);
  return failedReport(`internal error: ${e instanceof Error ? e.message : String(e)}`, []);
}

/** A code block no content can close early: its fence is longer than any backtick run inside. */
export function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return `${f}text\n${text}\n${f}`;
}
