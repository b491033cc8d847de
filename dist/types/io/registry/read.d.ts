import { type PreparedTag, type RegistryOverview } from '../../core/registry/build.js';
import type { Registry } from '../../core/registry/types.js';
import { type Git } from '../git.js';
/**
 * Everything one model's tags say. One `git for-each-ref` lists the model's tags by name and
 * object id; when that listing is byte for byte the one the tag cache was written from (same
 * SHA-256), the registry kept there is the answer, and no tag name is even parsed. Otherwise the
 * tags the cache lacks are read and the cache rewritten.
 *
 * @throws LeptonError `git` when git cannot list or read the tags.
 */
export declare function readRegistry(git: Git, model: string): Promise<Registry>;
/**
 * Every tag of one model (and only that model), records summarized, before the registry is
 * assembled from them. Updates the tag cache as `readRegistry` does.
 *
 * @throws LeptonError `git` when git cannot list or read the tags.
 */
export declare function readPreparedTags(git: Git, model: string): Promise<PreparedTag[]>;
/** One model's tag listing (names and object ids), as `for-each-ref` printed it. */
export interface ModelListing {
    readonly model: string;
    /** null outside a repository (no tags, no cache). */
    readonly gitDir: string | null;
    readonly chunks: readonly Buffer[];
    /** SHA-256 (hex) of the listing's bytes: what the tag cache and the `show` memo are keyed by. */
    readonly digest: string;
}
/**
 * Lists one model's tags (one `git for-each-ref`, no tag object opened).
 *
 * @throws LeptonError `git` when git cannot list the tags.
 */
export declare function listModel(git: Git, model: string): Promise<ModelListing>;
/**
 * The registry a listing (`listModel`'s) names, as `readRegistry` reads it; `cached` says
 * whether the tag cache held it whole (the same listing was read before, and nothing was
 * rewritten).
 *
 * @throws LeptonError `git` when git cannot read the tags.
 */
export declare function readRegistryOfListing(git: Git, listing: ModelListing): Promise<{
    registry: Registry;
    cached: boolean;
}>;
/**
 * The registries of many models, from one `git for-each-ref` over every tag: each model's
 * lines of it are byte for byte the listing `readRegistry` gets from the model's own patterns
 * (`NAME@*` and `NAME#*`, where `*` matches no `/`; for-each-ref sorts by name either way), so
 * each model's cache answers exactly as it would there. In `models`' order.
 *
 * @throws LeptonError `git` when git cannot list or read the tags.
 */
export declare function readRegistries(git: Git, models: readonly string[]): Promise<Registry[]>;
/**
 * As `readRegistries`, each model's overview only (its latest version and stage holders): a
 * warm read parses a few bytes per model, not every version.
 *
 * @throws LeptonError `git` when git cannot list or read the tags.
 */
export declare function readOverviews(git: Git, models: readonly string[]): Promise<RegistryOverview[]>;
/**
 * Each model's lines of a whole listing, as bytes. A line is `NAME` + `@` or `#` + a rest with
 * no `/` before the NUL, as the model's patterns match (a NAME holds neither `@` nor `#`, so the
 * name before the first of them says whose a tag is).
 */
export declare function splitListing(out: Buffer, models: readonly string[]): Map<string, Buffer[]>;
