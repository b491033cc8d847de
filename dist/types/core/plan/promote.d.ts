import type { Check } from '../gate/types.js';
import type { Manifest, Stage } from '../manifest/types.js';
import type { Registry, StageRecord, VersionEntry } from '../registry/types.js';
/** Everything `promote` decides on, read beforehand: no git, no clock, no environment in here. */
export interface PromotePlanInput {
    /** The model's tags as read just now (after a lost race: including the remote's). */
    readonly registry: Registry;
    /** The N the model's event counter holds (on the remote, as last fetched; 0 when none). */
    readonly counterN: number;
    readonly manifest: Pick<Manifest, 'model' | 'stages' | 'eval'>;
    /** The stage's name (refused by {@link findStage} when the manifest has no such stage). */
    readonly stage: string;
    /** `X.Y.Z`: asked for, or {@link promotionVersion}'s choice. */
    readonly version: string;
    /**
     * Why the version's record does not describe its commit (the caller recomputes the
     * fingerprint from git), or null when it does or when the version has no record.
     */
    readonly untrusted: string | null;
    /**
     * The checks of the stage record by which `version` holds the stage already (the caller reads
     * that record whole: a registry keeps summaries), or null when it does not hold it or the
     * assignment has no Lepton record.
     */
    readonly heldChecks: readonly Check[] | null;
    readonly options: PromotePlanOptions;
}
export interface PromotePlanOptions {
    /** The stage record's `created`, ISO 8601. */
    readonly created: string;
    /** The CI run that promotes, or null. */
    readonly runUrl: string | null;
}
/** A stage record before its `promotedBy` is known (that needs the git identity, read only to tag). */
export type StageRecordDraft = Omit<StageRecord, 'promotedBy'>;
/**
 * What `promote` will do:
 * - `refused`: the version may not take the stage (`reasons`, each a sentence); nothing is made;
 * - `already`: the version holds the stage by `tag` (event N `n`) already; nothing is made;
 * - `assign`: tag `tag` (event N `n`) on `commit` with the stage record `record`.
 * `entry` is the version (null only when its name is a tag that is no version); `checks` the
 * stage's thresholds on its recorded metrics (for `already`: those its stage record keeps).
 */
export type PromotePlan = {
    readonly kind: 'refused';
    readonly version: string;
    readonly stage: string;
    readonly entry: VersionEntry | null;
    readonly checks: readonly Check[];
    readonly reasons: readonly string[];
} | {
    readonly kind: 'already';
    readonly version: string;
    readonly stage: string;
    readonly entry: VersionEntry;
    readonly tag: string;
    readonly n: number;
    readonly checks: readonly Check[];
} | {
    readonly kind: 'assign';
    readonly version: string;
    readonly stage: string;
    readonly entry: VersionEntry;
    readonly tag: string;
    readonly n: number;
    readonly commit: string;
    readonly checks: readonly Check[];
    readonly record: StageRecordDraft;
};
/**
 * The manifest's stage by name.
 *
 * @throws LeptonError `invalid` naming the stages the manifest has.
 */
export declare function findStage(manifest: Pick<Manifest, 'model' | 'stages'>, name: string): Stage;
/**
 * The version `promote` takes when none is named: the highest that passed its thresholds and
 * was not deregistered.
 *
 * @throws LeptonError `invalid` when there is none.
 */
export declare function promotionVersion(registry: Registry): string;
/**
 * Decides whether `version` may take `stage`: its own result, deregistration, the stage's
 * `after:`, the stage's thresholds on the recorded metrics (relative ones against the version
 * holding the stage now) and the record's trust; then the next event N and the stage record.
 *
 * @throws LeptonError `invalid` when the stage is unknown or no tag names the version.
 */
export declare function planPromotion(input: PromotePlanInput): PromotePlan;
/** The stage record with who promoted (`user <email>` locally, the workflow run in CI). */
export declare function stageRecord(draft: StageRecordDraft, promotedBy: string): StageRecord;
/**
 * Who promotes, as the stage record names them: the GitHub Actions run (and the actor it runs
 * for) in CI, else the git identity.
 */
export declare function promoterName(identity: {
    readonly name: string;
    readonly email: string;
}, ci: {
    readonly actor: string | null;
    readonly runUrl: string | null;
} | null): string;
