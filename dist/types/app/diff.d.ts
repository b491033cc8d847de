import type { VersionRef } from '../core/registry/types.js';
import { type DiffRow } from '../core/report/diff.js';
import type { AppContext } from './context.js';
/** One metric of the diff: b − a and that change over |a| (null where a is 0 or missing). */
export type MetricDiff = DiffRow;
/** The contract's `diff --json` shape. */
export interface DiffResult {
    readonly a: VersionRef;
    readonly b: VersionRef;
    readonly metrics: readonly MetricDiff[];
}
/** Compares recorded metrics; A and B as VERSION or git revision, B defaulting to the latest version. */
export declare function diff(ctx: AppContext, a: string, b?: string): Promise<DiffResult>;
