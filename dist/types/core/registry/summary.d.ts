import type { StageRecord, StageSummary, TagRecord, TagSummary, UnassignRecord, UnassignSummary, VersionRecord, VersionSummary } from './types.js';
/** The keys of a version record its summary keeps. */
export declare const VERSION_SUMMARY_KEYS: readonly ["kind", "model", "version", "commit", "created", "fingerprint", "metrics", "passed", "evalSettings"];
/** The keys of a stage record its summary keeps. */
export declare const STAGE_SUMMARY_KEYS: readonly ["kind", "model", "version", "stage", "n", "created", "promotedBy", "runUrl"];
/** The keys of an unassignment record its summary keeps (all but `schema`). */
export declare const UNASSIGN_SUMMARY_KEYS: readonly ["kind", "model", "stage", "version", "n", "from", "to", "reason", "by", "at", "runUrl", "exitCode"];
/** A version record's summary: a new object holding only the summary keys. */
export declare function summarize(record: VersionRecord): VersionSummary;
/** A stage record's summary. */
export declare function summarize(record: StageRecord): StageSummary;
/** An unassignment record's summary (`exitCode` only when the record has one). */
export declare function summarize(record: UnassignRecord): UnassignSummary;
export declare function summarize(record: TagRecord): TagSummary;
