import type { Check } from '../gate/types.js';
import type { Registry, StageEvent, VersionRef } from '../registry/types.js';
/**
 * `lepton rollback STAGE`, decided without I/O (contract §7): which assignment to withdraw
 * with GTO's unassignment `MODEL#STAGE!#N`, and which version holds the stage after it, by the
 * same rule that reads the registry (`holders`: an unassignment withdraws that version's
 * assignment only, so the stage falls back to the newest assignment still active).
 */
/** The assignment being withdrawn: the version, its stage tag, and the commit both point at. */
export interface Withdrawn extends VersionRef {
    readonly commit: string;
}
export type RollbackPlan = {
    readonly kind: 'withdraw';
    readonly from: Withdrawn;
    /** The stage's holder after the unassignment; null: the stage is left empty. */
    readonly to: VersionRef | null;
} | {
    /** The version this run set out to withdraw is no longer in the stage (a concurrent rollback). */
    readonly kind: 'gone';
    readonly version: string;
} | {
    readonly kind: 'refused';
    readonly message: string;
    readonly hints: readonly string[];
    /**
     * Refused only because the stage would be left empty: `allowEmpty` lifts it. The shell
     * says how (a CLI flag, or where to run it), so `hints` name no shell's option.
     */
    readonly emptiable?: true;
};
export interface RollbackPlanInput {
    readonly registry: Registry;
    readonly stage: string;
    /** Withdraw even the only assignment, leaving the stage empty. */
    readonly allowEmpty: boolean;
    /**
     * The version to withdraw, fixed by the run's first decision: a retry after a lost push race
     * withdraws that same version (it may no longer be the holder if a promotion landed first),
     * never whatever holds the stage by then. Absent: the stage's holder now.
     */
    readonly pinned?: string;
}
/**
 * The newest assignment of `version` to `stage` still active (no later unassignment of that
 * version there), or null. GTO's rule, as `holders` applies it per stage.
 */
export declare function activeAssignment(events: readonly StageEvent[], stage: string, version: string): StageEvent | null;
/** Plans the rollback of `stage`. Pure. */
export declare function planRollback(input: RollbackPlanInput): RollbackPlan;
/** A registry failure after the git tags were made: what it said, and how to finish. */
export interface StoreFailure {
    readonly message: string;
    /** One line each; the last names the command that finishes the store's side. */
    readonly details: readonly string[];
}
/** The contract's `rollback --json` shape (§7), plus what this run did. */
export interface RollbackResult {
    readonly model: string;
    readonly stage: string;
    /** The version withdrawn, by the stage tag through which it held the stage. */
    readonly from: VersionRef;
    /** The stage's holder now; null when it is empty. */
    readonly to: VersionRef | null;
    /** The unassignment tag `MODEL#STAGE!#N`; null when a concurrent run withdrew `from` first. */
    readonly tag: string | null;
    /** Its N (GTO's per-model event counter); null with `tag`. */
    readonly n: number | null;
    readonly reason: string;
    readonly by: string;
    /** ISO 8601. */
    readonly at: string;
    readonly runUrl: string | null;
    /** With --push: whether this run pushed the tag; null without --push. */
    readonly pushed: boolean | null;
    /** With --push: the decisions it took (1: the first push went through). */
    readonly attempts: number | null;
    /** The model store's `:STAGE` tag was moved to `to`'s manifest. */
    readonly storeMoved: boolean;
    /**
     * The registry's failure to move `:STAGE` after the git tag was made (the fallback is still
     * deployed), with the step that finishes it in `details`; null when nothing failed. The CLI
     * and the Action exit 4 for it (3 when the redeploy failed too).
     */
    readonly storeError: StoreFailure | null;
    /** The deploy hook's verdict for `to`; null when no hook ran. */
    readonly deployed: boolean | null;
}
/**
 * The reason a failed monitor records on its rollback: the failed error-level checks with
 * their live numbers, e.g. `monitor: accuracy drop ≤ 3%: 0.91, baseline 0.95 (dropped …)`.
 */
export declare function monitorRollbackReason(checks: readonly Check[]): string;
