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
    /** The usable version nearest the base in history; null when there is none. */
    readonly entry: VersionEntry | null;
    /**
     * Tags passed over: reachable versions of higher semver than the baseline that cannot be it
     * (no Lepton record with metrics, a failed or copied record, one recorded on an older commit),
     * and every tag of the model that is no version at all (the registry's own skipped list).
     */
    readonly skipped: readonly SkippedTag[];
}
/**
 * Why a version cannot be a baseline, or null when it can: it has no recorded metrics to
 * compare with, or its record says it failed its own thresholds (a failed version as the
 * baseline would let quality slide by `max_drop` at every step).
 */
export declare function unusableAsBaseline(v: VersionEntry): string | null;
/**
 * Versions whose record carries the fingerprint of a lower version (tag → why). Lepton never
 * records one content twice (CONTRACT §2: a new version only for a fingerprint no version has),
 * so such a record was copied by hand into another tag: never a baseline, never reused.
 */
export declare function copiedRecords(registry: Registry): Map<string, string>;
/**
 * CONTRACT §2b: the baseline is the version nearest the base in history among the versions
 * reachable from it that carry a trusted Lepton record with metrics that passed — the base
 * being `ref` (a version in any accepted form, which must itself be usable, or a git
 * revision), else the upstream default branch, else HEAD. "Nearest" as `git describe` finds a
 * tag: a candidate whose commit is no ancestor of another candidate's; among several (one
 * commit, or merged branches), the highest semver. Throws LeptonError 'invalid' for a `ref`
 * that is neither, or names an unusable version.
 */
export declare function chooseBaseline(git: Git, registry: Registry, ref?: string, 
/** Versions found untrustworthy meanwhile (tag → why): passed over like the unusable. */
excluded?: ReadonlyMap<string, string>): Promise<BaselineChoice>;
/** The highest version whose tag is reachable from `rev`, found in one `for-each-ref --merged`. */
export declare function newestReachable(git: Git, registry: Registry, rev: string): Promise<VersionEntry | null>;
/** `origin/main` style: the default branch of the current branch's remote (else origin), when known. */
export declare function defaultBranch(git: Git): Promise<string | null>;
/**
 * The versions (tag names, as listed) whose commit descends from `commit` without being it:
 * a version recorded on `commit` is then not the baseline of work built on theirs (the nearest
 * version in history is). One `for-each-ref --contains`.
 */
export declare function versionsAfter(git: Git, registry: Registry, commit: string): Promise<VersionEntry[]>;
