/**
 * Plain-text pieces every rendering shares (terminal text, tag messages, reasons): a leaf
 * module — it imports nothing — so `core/gate` and `core/registry` can use it without
 * depending on the report.
 */
/** Longest piece of untrusted text shown in one place. */
export declare const MAX_NAME = 200;
export declare const LINE_BREAKS: RegExp;
export declare const CONTROLS: RegExp;
/** Cuts long text with an ellipsis (by code points, so no half surrogate pair is left). */
export declare function clip(text: string, max?: number): string;
/** Untrusted text for a terminal: one line, control characters shown as `\xNN` rather than obeyed. */
export declare function plainText(text: string, max?: number): string;
