import type { ReportInput } from './types.js';
/** The report for a terminal: the same content as the Markdown, as aligned plain text. */
export declare function renderTextReport(input: ReportInput): string;
