import type { Registry, SkippedTag, VersionEntry } from '../../core/registry/types.js';
import type { Git } from '../git.js';
/**
 * The baseline for `ref` (a version in any accepted form, or a git revision: the newest
 * version tag reachable from it); without `ref`, the newest version reachable from the
 * upstream default branch, else from HEAD. null when there is none.
 */
export declare function resolveBaseline(git: Git, registry: Registry, ref?: string): Promise<VersionEntry | null>;
/** What the gate compares with, and what it passed over on the way. */
export interface BaselineChoice {
    /** The newest usable version reachable from the base; null when there is none. */
    readonly entry: VersionEntry | null;
    /**
     * Tags passed over: newer reachable versions that carry no Lepton record with metrics,
     * and every tag of the model that is no version at all (the registry's own skipped list).
     */
    readonly skipped: readonly SkippedTag[];
}
/**
 * Why a version cannot be a baseline (it has no recorded metrics to compare with), or null
 * when it can.
 */
export declare function unusableAsBaseline(v: VersionEntry): string | null;
/**
 * CONTRACT §2b: the baseline is the newest version carrying a Lepton record with metrics
 * among the versions reachable from the base — `ref` (a version in any accepted form, which
 * must itself be usable, or a git revision), else the upstream default branch, else HEAD.
 * Throws LeptonError 'invalid' for a `ref` that is neither, or names an unusable version.
 */
export declare function chooseBaseline(git: Git, registry: Registry, ref?: string, 
/** Versions found untrustworthy meanwhile (tag → why): passed over like the unusable. */
excluded?: ReadonlyMap<string, string>): Promise<BaselineChoice>;
/** The highest version whose tag is reachable from `rev`, found in one `for-each-ref --merged`. */
export declare function newestReachable(git: Git, registry: Registry, rev: string): Promise<VersionEntry | null>;
/** `origin/main` style: the default branch of the current branch's remote (else origin), when known. */
export declare function defaultBranch(git: Git): Promise<string | null>;
