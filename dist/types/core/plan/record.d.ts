import { LeptonError } from '../errors/index.js';
import type { Fingerprint } from '../fingerprint/types.js';
import type { Check } from '../gate/types.js';
import type { BumpLevel, Manifest } from '../manifest/types.js';
import type { Registry, VersionEntry, VersionRecord, VersionRef } from '../registry/types.js';
/** What the record planner reads of an eval's outcome (`EvalOutcome` has all of it). */
export interface RecordedOutcome {
    readonly fingerprint: Fingerprint;
    /** Finite numeric metrics. */
    readonly metrics: Readonly<Record<string, number>>;
    readonly ignored: NonNullable<VersionRecord['ignored']>;
    readonly checks: readonly Check[];
    readonly passed: boolean;
    readonly baseline: VersionRef | null;
    /** Hash of the eval settings that produced the metrics. */
    readonly evalSettings: string;
    readonly reused: boolean;
}
/** Everything `record` decides on, read beforehand: no git, no clock, no environment in here. */
export interface RecordPlanInput {
    /** The model's tags as read just now (after a lost race: including the remote's). */
    readonly registry: Registry;
    readonly outcome: RecordedOutcome;
    readonly manifest: Pick<Manifest, 'model' | 'versioning'>;
    /** The full commit id the version tag would point at. */
    readonly head: string;
    /**
     * The newest version recording this outcome's fingerprint whose record was shown to describe
     * its commit (the caller checks that: it reads git), with its whole record; null when none does.
     */
    readonly recorded: {
        readonly entry: VersionEntry;
        readonly record: VersionRecord | null;
    } | null;
    /**
     * The whole record of the latest version (`registry.versions[0]`): its parts' hashes say what
     * changed, hence the bump. A registry holds summaries only, so the caller reads it (git);
     * null when there is no version, it has no Lepton record, or `options.version` is given.
     */
    readonly latestRecord: VersionRecord | null;
    readonly options: RecordPlanOptions;
}
export interface RecordPlanOptions {
    /** `--version X.Y.Z` (a leading `v` is allowed) instead of the bump. */
    readonly version?: string;
    /** True for a decision after a lost push race: an override taken meanwhile is then refused. */
    readonly retry?: boolean;
    /** The record's `created`, ISO 8601. */
    readonly created: string;
    /** The CI run that records, or null. */
    readonly runUrl: string | null;
}
/**
 * What `record` will do:
 * - `recorded`: the fingerprint is already recorded by a trusted version; nothing is created;
 * - `none`: only parts whose bump is `none` changed; nothing is created (`note` says why);
 * - `create`: tag `tag` on `commit` with `record` (its `artifact` null: the applier adds
 *   the upload's and the store's before the tag is made).
 */
export type RecordPlan = {
    readonly kind: 'recorded';
    readonly version: string;
    readonly tag: string;
    readonly record: VersionRecord | null;
} | {
    readonly kind: 'none';
    readonly note: string;
} | {
    readonly kind: 'create';
    readonly version: string;
    readonly tag: string;
    readonly commit: string;
    /** The bump applied to the latest version; null for the first version or an override. */
    readonly bump: BumpLevel | null;
    readonly record: VersionRecord;
};
export declare const BUMP_NONE_NOTE = "only parts whose versioning.bump is \"none\" changed: no new version";
/**
 * Decides what `record` does for an eval outcome: the version already recording it, no
 * version (bump `none`), or the next version and its record.
 *
 * @throws LeptonError `invalid` when HEAD already carries another version of the model (GTO
 *   reads one version per commit) or `--version` is malformed or not above the latest; `git`
 *   when a retry finds the `--version` taken by a concurrent run.
 */
export declare function planRecord(input: RecordPlanInput): RecordPlan;
/** The record a new version's tag carries (`artifact` null until the applier knows it). */
export declare function versionRecord(model: string, outcome: RecordedOutcome, version: string, commit: string, options: Pick<RecordPlanOptions, 'created' | 'runUrl'>): VersionRecord;
/** The version tag (annotated, not deregistered) already on `commit`, if any. */
export declare function versionOnCommit(registry: Registry, commit: string): VersionEntry | null;
/** The refusal for a second version on one commit. */
export declare function oneVersionPerCommit(head: string, onHead: VersionEntry): LeptonError;
/**
 * The `--version` checks that need only the registry, made before the eval: `X.Y.Z`, above the
 * latest, and not a name a tag that is no version takes. Returns the version (`X.Y.Z`).
 *
 * @throws LeptonError `invalid` for each of those.
 */
export declare function checkVersionOverride(registry: Registry, override: string): string;
