import { isLeptonError } from '../core/errors/index.js';
import { failedReport, invalidReport } from '../core/report/summary.js';
import { ManifestInvalidError } from '../io/manifest-file.js';

export { fence, invalidReport, skippedReport, validReport } from '../core/report/summary.js';

/** What went wrong, for the summary (and the PR comment when the eval could not run). */
export function errorReport(e: unknown): string {
  if (e instanceof ManifestInvalidError) return invalidReport(e.file, e.issues);
  if (isLeptonError(e)) return failedReport(e.message, e.details);
  return failedReport(`internal error: ${e instanceof Error ? e.message : String(e)}`, []);
}
