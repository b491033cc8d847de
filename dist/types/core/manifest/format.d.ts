import type { ManifestIssue } from './types.js';
/** `lepton.yml:3:5: eval.timeout: expected a duration like 45s, 30m or 1h (did you mean …?)` */
export declare function formatIssue(i: ManifestIssue): string;
