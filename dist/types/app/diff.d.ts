import type { VersionRef } from '../core/registry/types.js';
import type { AppContext } from './context.js';
export interface MetricDiff {
    readonly metric: string;
    readonly a: number | null;
    readonly b: number | null;
    /** b − a, null when either is missing. */
    readonly change: number | null;
    /** change / |a| (so a rise is positive whatever a's sign), null where a is 0 or missing. */
    readonly relative: number | null;
}
/** The contract's `diff --json` shape. */
export interface DiffResult {
    readonly a: VersionRef;
    readonly b: VersionRef;
    readonly metrics: readonly MetricDiff[];
}
/** Compares recorded metrics; A and B as VERSION or git revision, B defaulting to the latest version. */
export declare function diff(ctx: AppContext, a: string, b?: string): Promise<DiffResult>;
export declare function diffMetrics(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): MetricDiff[];
