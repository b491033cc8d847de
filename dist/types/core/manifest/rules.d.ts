/**
 * Rules that span keys, checked on the raw document so they are reported
 * together with type errors elsewhere (zod refinements would wait for the
 * whole document to type-check first).
 */
export interface RuleIssue {
    readonly path: readonly string[];
    readonly message: string;
}
export declare function stageOrderIssues(raw: unknown): RuleIssue[];
