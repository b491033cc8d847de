import type { Manifest } from './types.js';
/**
 * Rules that span keys, checked on the raw document so they are reported
 * together with type errors elsewhere (zod refinements would wait for the
 * whole document to type-check first).
 */
export interface RuleIssue {
    readonly path: readonly string[];
    readonly message: string;
    readonly hint?: string;
}
export declare function stageOrderIssues(raw: unknown): RuleIssue[];
/** The leading `..` segments of a path once `.` and `..` inside it are resolved (`a/../../x`: 1). */
export declare function climbOf(path: string): number;
/** Whether the path is absolute (POSIX, UNC or a drive letter): never a repository path. */
export declare function isAbsolutePath(p: string): boolean;
/** Every path of a normalised manifest with its key path (`components.model.paths.0`). */
export declare function manifestPaths(manifest: Manifest): {
    path: string[];
    value: string;
}[];
/**
 * Paths that leave the repository (CONTRACT §1): paths are relative to the manifest's folder
 * and may climb with `..` as far as the repository's top level, `depth` folders above it
 * (null outside a repository: then not above the manifest's folder).
 */
export declare function pathsLeavingRepo(manifest: Manifest, depth: number | null): RuleIssue[];
/** Parts whose every path is an exclusion (`!pattern`) select nothing: an error at the part's paths. */
export declare function pathIssues(raw: unknown): RuleIssue[];
