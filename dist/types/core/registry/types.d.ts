import type { Check } from '../gate/types.js';
/** Where a version's record points for a baseline. */
export interface VersionRef {
    /** `X.Y.Z`, no `v`. */
    readonly version: string;
    /** The full tag name, `MODEL@vX.Y.Z`. */
    readonly tag: string;
}
/** The JSON record carried in a version tag's message (`lepton show --json` reads it back). */
export interface VersionRecord {
    readonly kind: 'version';
    readonly schema: 1;
    readonly model: string;
    readonly version: string;
    readonly commit: string;
    /** ISO 8601. */
    readonly created: string;
    readonly fingerprint: string;
    readonly components: Readonly<Record<string, string>>;
    readonly data: Readonly<Record<string, string>>;
    readonly metrics: Readonly<Record<string, number>>;
    /** Values of the metrics files that were not finite numbers and had no threshold (absent when none). */
    readonly ignored?: readonly {
        readonly metric: string;
        readonly value: string | boolean | null;
        readonly what?: string;
    }[];
    readonly checks: readonly Check[];
    readonly passed: boolean;
    readonly baseline: VersionRef | null;
    /** Hash of the eval settings (command, workdir, env, metrics paths, timeout) that produced the metrics. */
    readonly evalSettings: string;
    /** True when the metrics were reused from the baseline rather than computed by this run. */
    readonly reused: boolean;
    readonly runUrl: string | null;
    readonly artifact: ArtifactRef | null;
    /** Metric → mean, 95% bootstrap interval and n, from `eval.samples` (absent without one). */
    readonly intervals?: Readonly<Record<string, {
        readonly value: number;
        readonly ci: readonly [number, number];
        readonly n: number;
    }>>;
    /** The per-example values: a git blob, pushed under `refs/lepton/samples/MODEL/X.Y.Z`. */
    readonly samples?: {
        readonly blob: string;
        readonly n: number;
    };
}
/**
 * Where a version's built files are: the Actions artifact (`id`, `url`; expires), the model
 * store (`ref` = `REGISTRY/REPO@sha256:…`, `digest` = the OCI manifest's digest; durable), or both.
 */
export type ArtifactRef = {
    readonly id: number;
    readonly url: string | null;
    readonly ref?: string;
    readonly digest?: string;
} | {
    readonly ref: string;
    readonly digest: string;
    readonly id?: number;
    readonly url?: string | null;
};
/** The JSON record carried in a stage tag's message. */
export interface StageRecord {
    readonly kind: 'stage';
    readonly schema: 1;
    readonly model: string;
    readonly version: string;
    readonly stage: string;
    readonly n: number;
    readonly created: string;
    readonly checks: readonly Check[];
    /** Who or what promoted: `user <email>` locally, `github-actions (workflow run URL)` in CI. */
    readonly promotedBy: string;
    readonly runUrl: string | null;
}
/**
 * The JSON record carried in an unassignment tag (`MODEL#STAGE!#N`, contract §7): a rollback
 * withdrew `version` from `stage`, which then fell back to `to` (GTO's rule; null: empty).
 */
export interface UnassignRecord {
    readonly kind: 'unassign';
    readonly schema: 1;
    readonly model: string;
    readonly stage: string;
    /** The version withdrawn (`from.version`). */
    readonly version: string;
    readonly n: number;
    /** The version that held the stage, and the stage tag by which it held it. */
    readonly from: VersionRef;
    /** The version holding the stage after the rollback, by its stage tag; null when it is empty. */
    readonly to: VersionRef | null;
    /** Why (free text, required). */
    readonly reason: string;
    /** Who: `user <email>` locally, `github-actions for ACTOR (run URL)` in CI. */
    readonly by: string;
    /** When, ISO 8601. */
    readonly at: string;
    readonly runUrl: string | null;
    /** The failed deploy's exit code, when a failed deploy caused the rollback. */
    readonly exitCode?: number | null;
}
/** Any record Lepton writes into a tag message. */
export type TagRecord = VersionRecord | StageRecord | UnassignRecord;
/**
 * What a listing of the whole registry reads of each version record (`show`, `status`, `export`,
 * `diff`, the baseline choice, finding a fingerprint): a registry read keeps only this, since
 * thousands of whole records would be parsed and kept for nothing. The whole record is one
 * `readRecord` away (io/registry/records.ts).
 */
export type VersionSummary = Pick<VersionRecord, 'kind' | 'model' | 'version' | 'commit' | 'created' | 'fingerprint' | 'metrics' | 'passed' | 'evalSettings'>;
/** What a listing reads of each stage record (`history`, `show`); the rest via `readRecord`. */
export type StageSummary = Pick<StageRecord, 'kind' | 'model' | 'version' | 'stage' | 'n' | 'created' | 'promotedBy' | 'runUrl'>;
/** Where a tag's whole record is: its name and its own object (what `readRecord` reads). */
export interface TagRef {
    /** The full tag name. */
    readonly tag: string;
    /**
     * The ref's own object id: the tag object of an annotated tag (its id is its content's hash,
     * so the record read from it is the one summarized), the commit of a lightweight one; '' when
     * the reader did not say (registries built by hand from raw tags).
     */
    readonly object: string;
}
/**
 * What a listing reads of each unassignment record (a rollback's: `history`, `show`, the site,
 * `deploy`'s fallback): the whole record but its schema, since it is small and every reader of a
 * rollback wants who, why and where the stage went.
 */
export type UnassignSummary = Pick<UnassignRecord, 'kind' | 'model' | 'stage' | 'version' | 'n' | 'from' | 'to' | 'reason' | 'by' | 'at' | 'runUrl' | 'exitCode'>;
/** Any record's summary, as a registry read keeps it. */
export type TagSummary = VersionSummary | StageSummary | UnassignSummary;
/** A version tag as read from git. */
export interface VersionEntry extends VersionRef, TagRef {
    /** The commit the tag points at. */
    readonly commit: string;
    /** The tagger date, ISO 8601. */
    readonly date: string;
    /**
     * The summary of its JSON record, or null for a version tag without one (e.g. made by
     * `gto register`). `readRecord(git, entry)` gives the whole record.
     */
    readonly summary: VersionSummary | null;
    /** A lightweight tag (GTO ignores those; Lepton lists them, since the name is taken). */
    readonly lightweight?: boolean;
    /** GTO deregistered it (`MODEL@vX.Y.Z!`): listed, never promoted. */
    readonly deregistered?: boolean;
}
/** A stage assignment (or GTO unassignment) tag as read from git. */
export interface StageEvent extends TagRef {
    readonly action: 'assign' | 'unassign';
    readonly stage: string;
    /** GTO's per-model event counter (0 for GTO's `--simple` tags, which have none). */
    readonly n: number;
    readonly tag: string;
    /** null for an unassignment (`MODEL#STAGE!#N`). */
    readonly version: string | null;
    /** The version the tag is about: assigned, or taken out of the stage by an unassignment. */
    readonly target: string | null;
    readonly commit: string;
    readonly date: string;
    /**
     * The summary of its record: an assignment's stage record, or an unassignment's (a Lepton
     * rollback); null without one. `readRecord(git, event)` gives all of it.
     */
    readonly summary: StageSummary | UnassignSummary | null;
}
/** An assignment: what holds a stage. */
export type AssignEvent = StageEvent & {
    readonly action: 'assign';
    readonly summary: StageSummary | null;
};
/** Everything one model's tags say, read in one pass. */
export interface Registry {
    readonly model: string;
    /** Highest semver first. */
    readonly versions: readonly VersionEntry[];
    /** Stage → the assignment that holds it now (highest N), or null when empty/unassigned. */
    readonly stages: Readonly<Record<string, AssignEvent | null>>;
    /** Every stage event, highest N first. */
    readonly events: readonly StageEvent[];
    /** The highest N on any of the model's numbered tags (0 when none). */
    readonly maxN: number;
    /** GTO deprecated the model (`MODEL@deprecated`). */
    readonly deprecated?: boolean;
    /**
     * Tags of the model that are not versions or stage events although their names say so: a
     * target that is not a commit, a record disagreeing with its tag. Callers warn about them;
     * nothing else reads them (their names stay taken).
     */
    readonly skipped: readonly SkippedTag[];
}
/** A version with its whole record, as `readRecords` gives it (the site shows every record whole). */
export interface RecordedVersion extends VersionEntry {
    readonly record: VersionRecord | null;
}
/** A stage event with its whole record. */
export interface RecordedEvent extends StageEvent {
    readonly record: StageRecord | UnassignRecord | null;
}
/** A registry whose versions and events carry their whole records. */
export interface RecordedRegistry extends Omit<Registry, 'versions' | 'events'> {
    readonly versions: readonly RecordedVersion[];
    readonly events: readonly RecordedEvent[];
}
/** A tag left out of the registry, and why (a sentence fragment: `points at a tree, not a commit`). */
export interface SkippedTag {
    readonly tag: string;
    /** The version its name claims (version tags only). */
    readonly version?: string;
    readonly reason: string;
}
/** One tag as `git for-each-ref` reports it, before any meaning is given to it. */
export interface RawTag {
    /** Without `refs/tags/`. */
    readonly name: string;
    readonly annotated: boolean;
    /** The ref's own object id: the tag object of an annotated tag, the commit of a lightweight one. */
    readonly object?: string;
    /**
     * The object the tag points at, peeled through tags on tags: a commit for every well-formed
     * version or stage tag (`targetType` says what it is when it is not one).
     */
    readonly commit: string;
    /**
     * The git type of that peeled object (`commit`, `tree`, `blob`); absent when the reader did
     * not say, which counts as a commit (hand-built tags in tests, older caches).
     */
    readonly targetType?: string;
    /** Tagger date of an annotated tag, commit date of a lightweight one; ISO 8601. */
    readonly date: string;
    /**
     * The annotated tag's message, empty for a lightweight tag. A reader may pass only the tail
     * from the last ```json fence on: it is all Lepton reads.
     */
    readonly message: string;
}
