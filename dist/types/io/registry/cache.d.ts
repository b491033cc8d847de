import { type PreparedTag, type RegistryOverview } from '../../core/registry/build.js';
import type { ParsedTag } from '../../core/registry/names.js';
import type { Registry, TagSummary } from '../../core/registry/types.js';
export interface CachedTag {
    readonly name: string;
    /** The ref's object: the tag object (annotated) or the commit (lightweight). */
    readonly object: string;
    /** null for a name the model's patterns catch that is no GTO tag (`sentiment@foo`). */
    readonly prepared: PreparedTag | null;
}
/**
 * A summary as values only. Model, version and commit are 0 when they are the tag's own (as in
 * every record Lepton itself writes); strings many records share (eval settings, metric names)
 * are indexes into the file's tables.
 *
 *   version: [0, model|0, version|0, commit|0, created, fingerprint, passed, evalSettings#,
 *             metric names# (-1: the metrics object follows instead), ...metric values]
 *   stage:   [1, model|0, version, stage|0, n, created, promotedBy, runUrl]
 *   unassign: [2, model|0, version, stage|0, n, from, to, reason, by, at, runUrl(, exitCode)]
 *             (`from`/`to` as [version, tag], `to` null when the stage was left empty;
 *             exitCode only when the record has the key)
 */
export type Packed = (string | number | boolean | null | Record<string, number> | string[])[];
export declare function tagCacheFile(gitDir: string, model: string): string;
/**
 * A tag cache file whose envelope and head checked out: of this format, this release of
 * Lepton and this model. Its sections are checked when read.
 */
export interface TagCache {
    /** The digest of the listing it was written from (`listingDigest`). */
    readonly digest: string;
    /**
     * The registry kept, when `digest` is the one it was written from and every section checks
     * out (the rows too, unread: a damaged file is rebuilt, whichever part is damaged); else null.
     */
    registry(digest: string): Registry | null;
    /** The cached tags by name; empty when the rows do not check out. */
    tags(): Map<string, CachedTag>;
}
/** Where a model's overview is kept, beside its tag cache (no model's cache file is named so). */
export declare const overviewFile: (file: string) => string;
/**
 * The overview kept for the model, when its head is this format's, release's and model's and
 * names `digest` (the current listing's); else null. Never throws.
 */
export declare function loadOverview(file: string, model: string, digest: string): RegistryOverview | null;
/** SHA-256 (hex) of a model's listing, as `for-each-ref` printed it. */
export declare function listingDigest(listing: readonly Uint8Array[]): string;
/** The cache at `file`, or null when there is no usable one. Never throws. */
export declare function openTagCache(file: string, model: string): TagCache | null;
/** The cached tags by name; empty when there is no usable cache. Never throws. */
export declare function loadTagCache(file: string, model: string): Map<string, CachedTag>;
export declare function unpack(p: Packed, model: string, sub: string, commit: string, strings: readonly string[], names: readonly (readonly string[])[]): TagSummary;
/** Interns strings and metric-name lists as the rows are packed. */
export declare class Tables {
    readonly strings: string[];
    readonly names: string[][];
    /** Each summary's packed form, by object: packed once for rows and registry alike. */
    readonly packed: Map<TagSummary, {
        readonly version: string | undefined;
        readonly stage: string | undefined;
        readonly commit: string;
        readonly packed: Packed;
    }>;
    private readonly stringAt;
    private readonly namesAt;
    string(s: string): number;
    private lastKeys;
    private lastAt;
    nameList(keys: string[]): number;
}
export declare function pack(s: TagSummary, tag: ParsedTag, commit: string, t: Tables): Packed;
/** Replaces the cache with these tags (written whole, then renamed into place). Never throws. */
export declare function saveTagCache(file: string, model: string, tags: readonly CachedTag[], 
/** The registry those tags make, and the digest of the listing that named them. */
snapshot: {
    readonly digest: string;
    readonly registry: Registry;
}): Promise<void>;
/** Replaces the overview file alone (the tag cache beside it was found sound). Never throws. */
export declare function saveOverview(file: string, model: string, snapshot: {
    readonly digest: string;
    readonly registry: Registry;
}): Promise<void>;
