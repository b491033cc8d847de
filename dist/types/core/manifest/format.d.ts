import type { ManifestIssue } from './types.js';
/**
 * An issue fit for a terminal and a JSON document: file, path, message and hint on one line
 * each, control characters (and bidi overrides) escaped as `\xNN`, each cut with `…` to a bound.
 * Line and column are kept. Applying it twice changes nothing more.
 */
export declare function printableIssue(i: ManifestIssue): ManifestIssue;
/** `lepton.yml:3:5: eval.timeout: expected a duration like 45s, 30m or 1h (did you mean …?)` */
export declare function formatIssue(issue: ManifestIssue): string;
