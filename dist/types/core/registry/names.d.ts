/**
 * GTO's Git-tag grammar, every kind of tag it writes, so that Lepton reads a repository that
 * GTO also manages and GTO reads Lepton's tags:
 *
 *   NAME@vX.Y.Z        version (registration)        NAME@vX.Y.Z!       deregistration
 *   NAME#STAGE#N       stage assignment              NAME#STAGE!#N      unassignment
 *   NAME@deprecated    deprecation                   NAME@created       creation (GTO reads it)
 *
 * Any of them may carry `#N`, GTO's per-model event counter. A name in a tag writes GTO's
 * `dir:name` artifact form as `dir=name`. The patterns are GTO's own (gto/constants.py).
 */
export type TagKind = 'version' | 'deregister' | 'assign' | 'unassign' | 'deprecate' | 'create';
export interface ParsedTag {
    readonly kind: TagKind;
    /** The artifact name as GTO spells it (`dir:name` for `dir=name` in the tag). */
    readonly model: string;
    /** `X.Y.Z[-pre][+build]` without `v` (version and deregister). */
    readonly version?: string;
    readonly stage?: string;
    /** GTO's event counter, when the tag carries one. */
    readonly n?: number;
}
/** Parses a tag name (without `refs/tags/`); null when it is not one of GTO's tags. */
export declare function parseTagName(tag: string): ParsedTag | null;
/** `parseTagName` by GTO's pattern alone (what the fast path is tested against). */
export declare function parseTagNameByPattern(tag: string): ParsedTag | null;
export declare const isValidName: (name: string) => boolean;
export declare const isSemver: (version: string) => boolean;
/** `MODEL@vX.Y.Z` */
export declare const versionTag: (model: string, version: string) => string;
/** `MODEL#STAGE#N` */
export declare const stageTag: (model: string, stage: string, n: number) => string;
/** `MODEL#STAGE!#N` (Lepton never writes it; GTO's `unassign` does). */
export declare const unassignTag: (model: string, stage: string, n: number) => string;
/** `MODEL@vX.Y.Z!` (GTO's `deregister`). */
export declare const deregisterTag: (model: string, version: string) => string;
/** `MODEL@deprecated` (GTO's `deprecate`). */
export declare const deprecateTag: (model: string) => string;
/**
 * The `for-each-ref` patterns that cover every tag of one model and no other model's
 * (`sent@*` does not match `sentiment@v1.0.0`).
 */
export declare const modelRefPatterns: (model: string) => [string, string];
/**
 * The ref holding a model's event counter on a remote: its value is the tag object of the
 * model's newest event (a tag carrying N) that Lepton pushed. Every push of such a tag moves it
 * by compare-and-swap in the same `git push --atomic`, so two events can never take one N and
 * an event always lands above every one before it. Outside `refs/tags/`, so GTO never sees it.
 */
export declare const eventCounterRef: (model: string) => string;
/** The fetch refspec that mirrors a model's counter (a glob: the remote may not have it yet). */
export declare const eventCounterRefspec: (model: string) => string;
/**
 * N for a model's next event: one more than the highest N on any of its numbered tags (GTO's
 * rule) and on the remote's counter (whose tag may be gone, or not fetched yet).
 */
export declare const nextEventN: (maxTagN: number, counterN: number) => number;
