import type { Check } from '../gate/types.js';
/**
 * The pull request comment's trend (contract §10): one Mermaid `xychart-beta` per metric that
 * has a threshold, over the last recorded versions and this run. GitHub renders Mermaid code
 * blocks in comments; elsewhere the block reads as a list of numbers.
 *
 * Mermaid has no escape for `"` inside a quoted label (its `#quot;` entities are not read by
 * every diagram type), `%%` starts a comment and `;` or a newline ends a statement, so labels
 * are not escaped but reduced to a safe alphabet: ASCII letters, digits, space and `._:/@+()-`;
 * anything else becomes `_`. Nothing from a label can then end the string, the statement or the
 * code fence.
 */
/** One recorded version's values. */
export interface TrendPoint {
    /** `X.Y.Z`, no `v`. */
    readonly version: string;
    readonly metrics: Readonly<Record<string, number>>;
}
export interface Trend {
    /** Oldest first; at most `TREND_VERSIONS`. */
    readonly points: readonly TrendPoint[];
    /** The metrics to chart (those with a threshold), in the manifest's order. */
    readonly metrics: readonly string[];
    /** This run's values. */
    readonly current: Readonly<Record<string, number>>;
}
/** How many recorded versions a chart shows before this run. */
export declare const TREND_VERSIONS = 10;
/** At most this many charts (one per thresholded metric). */
export declare const MAX_CHARTS = 20;
/** What `trendOf` reads of a version: the registry's entries fit. */
export interface TrendSource {
    readonly version: string;
    readonly lightweight?: boolean;
    readonly deregistered?: boolean;
    readonly summary: {
        readonly metrics: Readonly<Record<string, number>>;
    } | null;
}
/**
 * The trend from a registry's versions (highest semver first, as `readRegistry` lists them):
 * the newest `TREND_VERSIONS` that carry a record, oldest first; the metrics the checks name.
 */
export declare function trendOf(versions: readonly TrendSource[], checks: readonly Check[], current: Readonly<Record<string, number>>): Trend;
/** A label reduced to what cannot break a Mermaid string (see above), at most `max` characters. */
export declare function mermaidLabel(text: string, max?: number): string;
/** A number as Mermaid's parser reads it (no exponent), or null when it cannot be written so. */
export declare function mermaidNumber(v: number): string | null;
/** One metric's chart as a fenced code block; null when no recorded version has the metric. */
export declare function trendChart(trend: Trend, metric: string): string | null;
/**
 * The trend section: a title line and one chart per metric, as many as fit in `budget`
 * characters (the last charts are dropped first); '' when none fits or there is nothing to
 * chart (no recorded version, no threshold).
 */
export declare function renderTrend(trend: Trend, budget: number): string;
