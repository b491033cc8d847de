import type { Registry } from '../core/registry/types.js';
import { type DeployReportInput, type RollbackStep } from '../core/report/deploy.js';
import type { DeployTracker } from '../core/delivery/deploy.js';
import type { StoreSettings } from '../io/oci/index.js';
import type { AppContext } from './context.js';
export type { DeployTarget, DeployTracker, TrackedDeploy } from '../core/delivery/deploy.js';
import { type PromoteOptions, type PromoteResult } from './promote.js';
/** What a withdrawal is asked to do: GTO's unassignment of `version` from `stage`. */
export interface WithdrawRequest {
    readonly stage: string;
    readonly version: string;
    readonly reason: string;
    /** The failed hook's exit code (null: killed or timed out). */
    readonly exitCode: number | null;
    readonly push: boolean;
    readonly remote: string;
    /**
     * The promotion's own store settings, for moving the model store's `:STAGE` tag back
     * (undefined: the promotion was given none, so both use the context's environment's). A
     * withdrawal with other credentials than the promotion's would fail where the promotion
     * succeeded (the Action's token for ghcr.io, a library caller's own settings).
     */
    readonly store?: StoreSettings;
    /** The promotion's retry budget and attempts for the unassignment's push (undefined: the defaults). */
    readonly budgetMs?: number;
    readonly maxAttempts?: number;
}
/**
 * A port for the rollback use case (`lepton rollback`'s unassignment): withdraws the version,
 * pushing the tag with `push`, and says which version holds the stage now. Throws when it could
 * not (the caller reports it and leaves the stage tag as it is).
 */
export type Withdraw = (ctx: AppContext, request: WithdrawRequest) => Promise<RollbackStep>;
/** Settings shared by every deploy use case. */
export interface DeploySettings {
    /** GitHub Deployments, in the Action. */
    readonly tracker?: DeployTracker;
    /** Where the hook's record file goes (default: the system's temp folder). */
    readonly tempDir?: string;
    /** Between SIGTERM and SIGKILL (default `LEPTON_KILL_GRACE_MS`, else 10 s). */
    readonly killGraceMs?: number;
    /** For tests: how long processes a hook leaves may take to end. */
    readonly settleMs?: number;
}
/** `lepton deploy --json`: the contract's `{model, stage, version, ok, exitCode, durationMs}`, and the report. */
export interface DeployResult extends DeployReportInput {
    readonly version: string;
    readonly ok: boolean;
    readonly exitCode: number | null;
    readonly durationMs: number;
}
/** `promote --json` with what the deploy did (null: the stage has no hook, or nothing was promoted). */
export interface PromoteDeployResult extends PromoteResult {
    readonly deploy: DeployReportInput | null;
}
/** The version that held `stage` just before event `n` (null: none). */
export declare function holderBefore(registry: Registry, stage: string, n: number): string | null;
export interface DeployOptions extends DeploySettings {
    readonly stage: string;
    /** The model; when given it must be the manifest's (a guard for repositories with many). */
    readonly model?: string;
    /** A version that holds or has held the stage (default: its holder now). */
    readonly version?: string;
    /** Fetch the model's tags first when the clone lacks them (the CLI). */
    readonly fetchHistory?: boolean;
    readonly remote?: string;
}
/**
 * `lepton deploy STAGE [--version V]`: runs the stage's deploy hook again for its holder (or V,
 * which must hold or have held the stage) — recovery after a failed deploy, or a redeploy.
 * It changes no tag, so it never rolls back on its own: `lepton rollback` does that.
 *
 * @throws LeptonError `invalid` for another model than the manifest's, an unknown stage, a stage without a hook, a version that
 *   never held it, or a stage no version holds
 */
export declare function deploy(ctx: AppContext, options: DeployOptions): Promise<DeployResult>;
export interface PromoteDeploySettings extends DeploySettings {
    /** The rollback use case; without one a failed deploy is reported and left as it is. */
    readonly withdraw?: Withdraw;
}
/**
 * `lepton promote` with delivery (contract §7): promotes (creating, and with `push` pushing, the
 * stage tag), then runs the stage's deploy hook for the version. When the hook fails or times out
 * and the stage says `rollback_on_failure` (the default), the version is withdrawn (an
 * unassignment tag whose reason is the failure, pushed with `push`) and the hook runs again for
 * the version that holds the stage now. Without `rollback_on_failure` the stage tag stays and
 * the report says so. A refused or already-held promotion deploys nothing.
 *
 * @returns promote's result plus `deploy` (null when nothing was deployed); `deploy.runs[0].ok`
 *   false means the deploy failed (the CLI and the Action exit 3)
 * @throws whatever `promote` throws, before any hook runs
 */
export declare function promoteAndDeploy(ctx: AppContext, options: PromoteOptions, settings?: PromoteDeploySettings): Promise<PromoteDeployResult>;
/** The version a rollback left in the stage (rollback's `RollbackTarget`, structurally). */
export interface FallbackTarget {
    readonly stage: string;
    readonly version: string;
    /** The version withdrawn. */
    readonly previous: string;
}
/**
 * The `deploy` option of `rollback` (CLI, Action, `monitor --rollback`): runs the stage's hook
 * for the version the stage fell back to, as a redeploy after rollback, and says whether it
 * succeeded. Undefined when the stage has no hook (then rollback reports `deployed: null`).
 */
export declare function deployAfterRollback(ctx: AppContext, stageName: string, settings?: DeploySettings): ((target: FallbackTarget) => Promise<boolean>) | undefined;
