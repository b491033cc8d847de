import type { RegistryOverview } from '../../core/registry/build.js';
import type { Registry } from '../../core/registry/types.js';
import { Tables } from './cache.js';
/**
 * The assembled registry as the tag cache keeps it (cache.ts): what a warm read returns without
 * looking at a single tag. Versions, thousands of them, are flat arrays (what `JSON.parse` builds
 * fastest) whose summaries are packed as the cache's rows pack them; the few stage events, the
 * skipped tags and the rest are kept as they are. Stage holders are indexes into the events, so
 * a decoded registry shares its objects as an assembled one does.
 *
 *   version: [version, tag (0: `MODEL@vVERSION`), object, commit, date, flags (1 lightweight,
 *             2 deregistered), packed summary or null]
 */
interface Encoded {
    readonly model: string;
    readonly strings: string[];
    readonly names: string[][];
    readonly versions: unknown[][];
    /** [action (0 assign, 1 unassign), stage, n, tag, object, version, target, commit, date, packed summary or null] */
    readonly events: unknown[][];
    readonly stages: Record<string, number | null>;
    readonly maxN: number;
    readonly deprecated?: boolean;
    readonly skipped: Registry['skipped'];
}
/** What `ls` reads of a registry, in the cache's form: `{model, strings, names, latest, stages}`. */
export declare function encodeOverview(o: RegistryOverview): unknown;
/** The overview back from the cache's form, or null when it is not one of `model`. */
export declare function decodeOverview(doc: unknown, model: string): RegistryOverview | null;
/** The registry in the cache's form. */
export declare function encodeSnapshot(registry: Registry, t?: Tables): Encoded;
/**
 * The registry back from the cache's form (as `JSON.parse` gave it), or null when it is not one
 * of `model`. Every value's type is checked, as the rows' are (cache.ts): bytes that pass the
 * checksum yet were not written by this code give null, never a registry of the wrong shape.
 */
export declare function decodeSnapshot(doc: unknown, model: string): Registry | null;
export {};
