/** Column alignment of a rendered table. */
export type Align = 'left' | 'right';
/** A GitHub Markdown table; cells must already be escaped for a table (see `codeSpan`, `escapeText`). */
export declare function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly Align[]): string[];
/** A plain table for a terminal: columns padded with spaces, separated by two. */
export declare function textTable(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly Align[]): string[];
