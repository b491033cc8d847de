import type { VersionRef } from '../registry/types.js';
import type { ReportInput, ReportOptions } from './types.js';
/** Below GitHub's 65,536-character comment cap, with room for a shell's own wrapping. */
export declare const DEFAULT_MAX_LENGTH = 60000;
export declare const versionLabel: (ref: VersionRef) => string;
export declare function headline(input: ReportInput): string;
/** Where the baseline's thresholds were read, in words for the section's title. */
export declare function thresholdsSource(input: ReportInput): string;
/**
 * The Markdown report: headline, baseline, reuse, failures, warnings, the
 * metrics table, what changed. A pure function of its input; every piece of
 * untrusted text is escaped, and the whole stays under `maxLength` (the table
 * and the lists are cut with a note, never the headline or the marker).
 */
export declare function renderMarkdownReport(input: ReportInput, options?: ReportOptions): string;
