import type { StoreFailure } from '../delivery/rollback.js';
/** Why a hook ran: after a promotion, by `lepton deploy`, or for the holder a rollback left. */
export type DeployCause = 'promote' | 'redeploy' | 'rollback';
/** One run of a stage's deploy hook (the contract's `deploy --json` keys, and more). */
export interface DeployRun {
    readonly model: string;
    readonly stage: string;
    readonly version: string;
    /** The version tag deployed. */
    readonly tag: string;
    readonly cause: DeployCause;
    /** The GitHub environment. */
    readonly environment: string;
    readonly url: string | null;
    readonly ok: boolean;
    /** The hook's exit code; null when it was killed or stopped on its time limit. */
    readonly exitCode: number | null;
    readonly timedOut: boolean;
    readonly durationMs: number;
    /** Why it failed (one line), null when it did not. */
    readonly error: string | null;
    /** The last lines of its output, when it failed. */
    readonly details: readonly string[];
    /** The GitHub Deployment that tracked it (in the Action), or null. */
    readonly deployment: {
        readonly id: number;
        readonly url: string;
    } | null;
}
/** The withdrawal of a version whose deploy failed (its unassignment tag). */
export interface RollbackStep {
    /** The unassignment tag, `MODEL#STAGE!#N`. */
    readonly tag: string;
    /** The version withdrawn. */
    readonly version: string;
    /** The version the stage fell back to, or null when it is empty now. */
    readonly to: {
        readonly version: string;
        readonly tag: string;
    } | null;
    /** With --push: whether this run pushed it; null without. */
    readonly pushed: boolean | null;
    readonly reason: string;
    /** The registry's failure to move the model store's `:STAGE` tag back (the redeploy still runs). */
    readonly storeError?: StoreFailure | null;
}
/** Everything a deploy did: the hook runs in order, and the rollback between them if any. */
export interface DeployReportInput {
    readonly model: string;
    readonly stage: string;
    /** The first is the deploy asked for; a second is the redeploy of the holder a rollback left. */
    readonly runs: readonly DeployRun[];
    readonly rollback: RollbackStep | null;
    /**
     * When the failed deploy was not rolled back: why, and that the stage tag stays
     * (`rollback_on_failure: false`, the rollback refused, nothing to fall back to).
     */
    readonly kept: string | null;
}
/** Whether everything ended well: the asked-for deploy succeeded. */
export declare const deployOk: (r: DeployReportInput) => boolean;
/** For a terminal (`lepton deploy`, `lepton promote`). */
export declare function deployText(r: DeployReportInput): string;
/** For the job summary and `--report`: every hook run, the rollback and what holds the stage now. */
export declare function deployMarkdown(r: DeployReportInput): string;
