import type { PreparedTag } from '../../core/registry/build.js';
import { type RecordSummary } from './lazy-record.js';
export interface CachedTag {
    readonly name: string;
    /** The ref's object: the tag object (annotated) or the commit (lightweight). */
    readonly object: string;
    /** null for a name the model's patterns catch that is no GTO tag (`sentiment@foo`). */
    readonly prepared: PreparedTag | null;
    /** What listings read of the record (null without one), kept so no row needs the record. */
    readonly summary: RecordSummary | null;
}
export declare function tagCacheFile(gitDir: string, model: string): string;
/**
 * The cached tags by name; empty when there is no usable cache. Never throws. A record is
 * lazy: its summary answers listings, and anything more asks `loadRecord` for the tag object's
 * record (null when it cannot be had: the summary then stands in).
 */
export declare function loadTagCache(file: string, model: string, loadRecord: (object: string) => object | null): Map<string, CachedTag>;
/** Replaces the cache with these tags (written whole, then renamed into place). Never throws. */
export declare function saveTagCache(file: string, model: string, tags: readonly CachedTag[]): Promise<void>;
