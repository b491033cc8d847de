import { type RollbackResult } from '../core/delivery/rollback.js';
import type { VersionRef } from '../core/registry/types.js';
import type { StoreSettings } from '../io/oci/index.js';
import type { AppContext } from './context.js';
export type { RollbackResult } from '../core/delivery/rollback.js';
/** The version a stage fell back to, as a deploy hook needs it. */
export interface RollbackTarget extends VersionRef {
    readonly stage: string;
    /** The commit its version tag points at. */
    readonly commit: string;
    /** The version withdrawn (`LEPTON_PREVIOUS_VERSION` for the redeploy). */
    readonly previous: string;
}
export interface RollbackOptions {
    /** The stage to roll back. */
    readonly stage: string;
    /** Why; required, non-blank (it goes into the unassignment's record). */
    readonly reason: string;
    /** The model; when given it must be the manifest's (a guard for repositories with many). */
    readonly model?: string;
    /**
     * The version to withdraw (default: the stage's holder when the run decides). Callers that
     * judged one version (a failed deploy, a failed monitor) pass it, so a promotion landing
     * meanwhile is never withdrawn in its place; if the version has left the stage already, the
     * result has `tag: null` and nothing is written.
     */
    readonly version?: string;
    /** Withdraw the only assignment, leaving the stage empty (else that is refused, exit 2). */
    readonly allowEmpty?: boolean;
    /**
     * How the caller's shell lets a user leave the stage empty, put first among the hints of that
     * refusal (the CLI: `pass --allow-empty …`); absent: the refusal names no way to do it.
     */
    readonly allowEmptyHint?: string;
    readonly push?: boolean;
    readonly remote?: string;
    /** The failed deploy's exit code, recorded when a failed deploy causes the rollback. */
    readonly exitCode?: number | null;
    /** Credentials for `artifacts.store` (default: the context's environment's). */
    readonly store?: StoreSettings;
    /** Fetch the model's tags and history first when the clone lacks them (the CLI). */
    readonly fetchHistory?: boolean;
    /** Time allowed for retries after lost races, in ms (default: `LEPTON_PUSH_BUDGET`, else 2 minutes). */
    readonly budgetMs?: number;
    readonly maxAttempts?: number;
    /**
     * Deploys the version the stage fell back to (the stage's deploy hook, wired by the caller)
     * and says whether that succeeded; not called when the stage is left empty.
     */
    readonly deploy?: (target: RollbackTarget) => Promise<boolean>;
}
/**
 * `lepton rollback STAGE --reason TEXT`: withdraws the version holding the stage with GTO's
 * unassignment tag `MODEL#STAGE!#N` on its commit (record: from, to, reason, by, at, runUrl),
 * so the stage falls back to the version assigned before it (contract §7). No thresholds run:
 * it is the emergency exit. With `push`, the tag goes out with the model's event counter by
 * compare-and-swap (a concurrent promotion never takes the same N; the loser decides again,
 * withdrawing the same version). Then the model store's `:STAGE` tag follows the new holder
 * and `deploy` (when given) deploys it.
 *
 * @throws LeptonError `invalid` (exit 2) for an unknown stage or model, a blank reason, a stage
 *   holding nothing, or one whose only version would be withdrawn without `allowEmpty`; `git`
 *   (exit 4) when the tag cannot be made or pushed. A registry failure moving the store's tag
 *   once the git tag is made is not thrown: the fallback is deployed all the same and the
 *   result's `storeError` says what failed and how to finish (the shells exit 4 for it)
 */
export declare function rollback(ctx: AppContext, options: RollbackOptions): Promise<RollbackResult>;
