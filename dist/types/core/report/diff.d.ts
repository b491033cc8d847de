import type { VersionRef } from '../registry/types.js';
/** One metric of `lepton diff` (the contract's `diff --json` row). */
export interface DiffRow {
    readonly metric: string;
    readonly a: number | null;
    readonly b: number | null;
    /** b − a, null when either is missing. */
    readonly change: number | null;
    /** The change over |a|, null where a is 0 or missing. */
    readonly relative: number | null;
}
/**
 * The metric diff of two versions: every metric either has, sorted by name.
 * `relative` divides by |a| so its sign is the direction of the change even
 * for negative metrics (a log-likelihood).
 */
export declare function metricDiff(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): DiffRow[];
export interface DiffTable {
    readonly a: VersionRef;
    readonly b: VersionRef;
    readonly rows: readonly DiffRow[];
}
/** `lepton diff` as a Markdown table (untrusted names escaped). */
export declare function renderDiffMarkdown(diff: DiffTable): string;
/** `lepton diff` for a terminal. */
export declare function renderDiffText(diff: DiffTable): string;
