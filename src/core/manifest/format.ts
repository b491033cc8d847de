import { plainText } from '../format/text.js';
import type { ManifestIssue } from './types.js';

/**
 * The longest key path, message and hint an issue shows. A manifest is read as untrusted text: a
 * binary file named as one makes YAML errors whose key is kilobytes of raw bytes.
 */
const MAX_PATH = 120;
const MAX_MESSAGE = 300;
const MAX_HINT = 500;
const MAX_FILE = 300;

/**
 * An issue fit for a terminal and a JSON document: file, path, message and hint on one line
 * each, control characters (and bidi overrides) escaped as `\xNN`, each cut with `…` to a bound.
 * Line and column are kept. Applying it twice changes nothing more.
 */
export function printableIssue(i: ManifestIssue): ManifestIssue {
  return {
    ...i,
    file: plainText(i.file, MAX_FILE),
    path: plainText(i.path, MAX_PATH),
    message: plainText(i.message, MAX_MESSAGE),
    ...(i.hint !== undefined && { hint: plainText(i.hint, MAX_HINT) }),
  };
}

/** `lepton.yml:3:5: eval.timeout: expected a duration like 45s, 30m or 1h (did you mean …?)` */
export function formatIssue(issue: ManifestIssue): string {
  const i = printableIssue(issue);
  return `${i.file}:${i.line}:${i.column}: ${i.path}: ${i.message}${i.hint ? ` (${i.hint})` : ''}`;
}
