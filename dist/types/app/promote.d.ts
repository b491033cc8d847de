import type { Check } from '../core/gate/types.js';
import type { StoreFailure } from '../core/delivery/rollback.js';
import type { StoreSettings } from '../io/oci/index.js';
import type { AppContext } from './context.js';
export interface PromoteOptions {
    /** VERSION: `1.2.0`, `v1.2.0` or `MODEL@v1.2.0`; default: the latest version that passed. */
    readonly version?: string;
    readonly stage: string;
    readonly push?: boolean;
    readonly remote?: string;
    readonly maxAttempts?: number;
    /** Credentials for `artifacts.store` (default: the context's environment's). */
    readonly store?: StoreSettings;
    /** Fetch the model's tags and history first when the clone lacks them (the CLI). */
    readonly fetchHistory?: boolean;
    /** Time allowed for retries after lost races, in ms (default: `LEPTON_PUSH_BUDGET`, else 2 minutes). */
    readonly budgetMs?: number;
}
/** The contract's `promote --json` shape, plus why it was refused and what was pushed. */
export interface PromoteResult {
    readonly model: string;
    readonly version: string;
    readonly stage: string;
    /** True when this run gave the stage to the version. */
    readonly promoted: boolean;
    /** The stage tag made, or the one by which the version already holds the stage; null when refused. */
    readonly tag: string | null;
    readonly checks: readonly Check[];
    /** The version's recorded metrics, the ones the checks were made on. */
    readonly metrics: Readonly<Record<string, number>>;
    /** The version held the stage already: nothing to do. */
    readonly already: boolean;
    /** Why the promotion was refused (empty when it was not). */
    readonly refused: readonly string[];
    /** With --push: whether this run pushed the tag (false: the remote had it). */
    readonly pushed: boolean | null;
    /** With --push: the decisions it took to push (1: the first push went through). */
    readonly attempts: number | null;
    /**
     * The registry's failure to move the model store's `:STAGE` tag once the stage tag was pushed
     * (not thrown: the deploy hook still runs), with the step that finishes it; else null. The
     * CLI and the Action exit 4 for it (3 when the deploy failed).
     */
    readonly storeError: StoreFailure | null;
}
/**
 * `lepton promote VERSION STAGE`: checks the version's own result, `after:`, and the stage's
 * thresholds on the recorded metrics (relative ones against the version holding the stage
 * now), then tags `MODEL#STAGE#N` on the version's commit.
 */
export declare function promote(ctx: AppContext, options: PromoteOptions): Promise<PromoteResult>;
