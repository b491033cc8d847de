import type { RecordedRegistry, Registry, StageEvent, StageRecord, TagRecord, TagSummary, UnassignRecord, VersionEntry, VersionRecord } from '../../core/registry/types.js';
import { type Git } from '../git.js';
type AnyRecord = TagRecord;
/** A version or stage tag as a registry read gives it: where it is, and its record's summary. */
interface Summarized {
    readonly tag: string;
    readonly object: string;
    readonly summary: TagSummary | null;
}
/**
 * The whole record of a version (or stage event) of a registry read: the registry keeps only
 * each record's summary, so this reads the tag object again, with one `git cat-file`.
 *
 * @returns the record, null when the tag has none (its `summary` is null: no git call then).
 * @throws LeptonError `git` when the tag object cannot be read, or holds another record than
 *   the one summarized (a registry built by hand with a wrong object id).
 */
export declare function readRecord(git: Git, entry: VersionEntry): Promise<VersionRecord | null>;
export declare function readRecord(git: Git, entry: StageEvent): Promise<StageRecord | UnassignRecord | null>;
/**
 * The whole records of many tags, by tag name, from one `git cat-file --batch` (the site
 * shows every record whole). Tags without a record (`summary` null) are left out.
 *
 * @throws LeptonError `git` as `readRecord`.
 */
export declare function readRecords(git: Git, entries: readonly Summarized[]): Promise<Map<string, AnyRecord>>;
/** The registry with every version's and event's whole record (one git process for all). */
export declare function readRegistryRecords(git: Git, registry: Registry): Promise<RecordedRegistry>;
/**
 * Many models' registries with their whole records, in order, from one `git cat-file` for all
 * (the site of a repository of many models).
 *
 * @throws LeptonError `git` as `readRecord`.
 */
export declare function readRecordsOfRegistries(git: Git, registries: readonly Registry[]): Promise<RecordedRegistry[]>;
export {};
