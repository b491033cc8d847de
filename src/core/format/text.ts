/**
 * Plain-text pieces every rendering shares (terminal text, tag messages, reasons): a leaf
 * module — it imports nothing — so `core/gate` and `core/registry` can use it without
 * depending on the report.
 */

/** Longest piece of untrusted text shown in one place. */
export const MAX_NAME = 200;

export const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
// C0/C1 controls and DEL, plus the bidi overrides that can disguise text.
// eslint-disable-next-line no-control-regex
export const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Cuts long text with an ellipsis (by code points, so no half surrogate pair is left). */
export function clip(text: string, max = MAX_NAME): string {
  // A string has at least as many UTF-16 units as code points: short ones need no split.
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/** Untrusted text for a terminal: one line, control characters shown as `\xNN` rather than obeyed. */
export function plainText(text: string, max = MAX_NAME): string {
  return clip(
    text.replace(
      CONTROLS,
      (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`,
    ),
    max,
  );
}
