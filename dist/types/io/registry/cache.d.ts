import type { PreparedTag } from '../../core/registry/build.js';
export interface CachedTag {
    readonly name: string;
    /** The ref's object: the tag object (annotated) or the commit (lightweight). */
    readonly object: string;
    /** null for a name the model's patterns catch that is no GTO tag (`sentiment@foo`). */
    readonly prepared: PreparedTag | null;
}
export declare function tagCacheFile(gitDir: string, model: string): string;
/** The cached tags by name; empty when there is no usable cache. Never throws. */
export declare function loadTagCache(file: string, model: string): Map<string, CachedTag>;
/** Replaces the cache with these tags (written whole, then renamed into place). Never throws. */
export declare function saveTagCache(file: string, model: string, tags: readonly CachedTag[]): Promise<void>;
