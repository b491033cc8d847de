import { type ParsedTag } from './names.js';
import type { RawTag, Registry, TagSummary, VersionEntry } from './types.js';
/**
 * A tag of the model, its name parsed and its record (if any) read and summarized: the costly
 * part, done once per tag.
 */
export interface PreparedTag {
    readonly raw: RawTag;
    readonly tag: ParsedTag;
    readonly summary: TagSummary | null;
}
/** Whether Lepton reads a record from this tag: annotated versions, assignments and unassignments. */
export declare const wantsRecord: (raw: RawTag, tag: ParsedTag) => boolean;
/**
 * Parses one raw tag for `model`; null when it is another model's or not a GTO tag. Readers
 * call it as each tag arrives, so parsing overlaps git's own work.
 */
export declare function prepareTag(model: string, raw: RawTag, 
/** The record's summary when already read (from a cache); otherwise parsed from the message. */
known?: TagSummary | null): PreparedTag | null;
/**
 * One model's registry from its raw tags (any order, other models' tags ignored). Pure, so
 * every rule of the tag format is testable without git.
 */
export declare function buildRegistry(model: string, tags: readonly RawTag[]): Registry;
export declare function assembleRegistry(model: string, mine: readonly PreparedTag[]): Registry;
/** The version with this fingerprint, if one was recorded. */
export declare function findByFingerprint(registry: Registry, fingerprint: string): VersionEntry | null;
export declare function findVersion(registry: Registry, version: string): VersionEntry | null;
/** The stages a version holds now. */
export declare function stagesHeldBy(registry: Registry, version: string): string[];
/**
 * What `lepton ls` shows of a registry: its latest version and who holds each stage. Kept
 * beside the whole registry in the tag cache, so a warm `ls` over many models reads a few
 * bytes per model instead of every version.
 */
export interface RegistryOverview {
    readonly model: string;
    /** The highest version (`versions[0]`), null before the first. */
    readonly latest: VersionEntry | null;
    /** Stage → the version holding it now (its version tag's name), or null. */
    readonly stages: Readonly<Record<string, {
        readonly version: string;
        readonly tag: string;
    } | null>>;
}
/** A registry's overview (pure: the cache keeps what this gives). */
export declare function overviewOf(registry: Registry): RegistryOverview;
