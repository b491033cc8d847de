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
/**
 * A path with `\\` read as `/`, empty and `.` segments dropped and `dir/..` resolved: the file it
 * names, lexically (io/files/select.ts `normalizePath`, without `node:path`). A leading `..` stays.
 */
export declare function lexicalPath(path: string): string;
/**
 * Metrics files in `eval.metrics` (a list) that name a file listed before them, one issue at each
 * later entry. `folder` is the manifest's folder relative to the repository's top level (POSIX,
 * '' at the top): with it, a path that climbs out and back (`../iris/m.json` in `models/iris`)
 * names the same file as `m.json`; with null, paths are compared as written, lexically.
 */
export declare function metricsListedTwice(metrics: unknown, folder: string | null): RuleIssue[];
/**
 * The metrics files listed twice that only the manifest's place in the repository shows
 * (`../iris/m.json` beside `m.json` in `models/iris`); those `pathIssues` finds from the text
 * alone are not repeated. `folder` as in `metricsListedTwice`.
 */
export declare function metricsListedTwiceIn(manifest: Manifest, folder: string): RuleIssue[];
/**
 * Path rules: parts whose every path is an exclusion (`!pattern`) select nothing, an error at the
 * part's paths; a metrics file listed twice in `eval.metrics` (`m.json` and `./m.json` name one
 * file), an error at the second entry, since its metrics would be read twice and every name in
 * it would appear twice, which the eval only finds after it has run.
 */
export declare function pathIssues(raw: unknown): RuleIssue[];
