import * as core from './workflow-commands.js';
import type { ManifestIssue } from '../core/manifest/types.js';

/**
 * Each manifest problem as an error annotation on the manifest at its line and column.
 * `file` in each issue must already be relative to the repository root (GitHub resolves it there).
 */
export function annotateManifestIssues(issues: readonly ManifestIssue[]): void {
  for (const issue of issues) {
    const where = issue.path === '<root>' ? '' : `${issue.path}: `;
    core.error(`${where}${issue.message}${issue.hint ? ` (${issue.hint})` : ''}`, {
      file: issue.file,
      startLine: issue.line,
      startColumn: issue.column,
    });
  }
}
