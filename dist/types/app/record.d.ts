import type { Registry, VersionRecord } from '../core/registry/types.js';
import type { StoreSettings } from '../io/oci/index.js';
import type { AppContext } from './context.js';
import { type RecordQuestions } from './early.js';
import { type EvalOutcome, type EvaluateOptions } from './eval.js';
import { type MissingHistory } from './ensure-history.js';
export interface RecordOptions {
    /** Push the tag (`--push`). */
    readonly push?: boolean;
    /** The remote to push to (default `origin`). */
    readonly remote?: string;
    /** `--version X.Y.Z`: instead of the bump; must be higher than the latest. */
    readonly version?: string;
    readonly force?: boolean;
    readonly baseline?: string;
    /**
     * Called once a new version is decided, before its tag is made (the Action uploads the
     * artifact here and returns its id and URL for the record). Called again if a concurrent
     * run takes the version and another is decided.
     */
    readonly beforeTag?: (outcome: EvalOutcome, version: string) => Promise<{
        readonly artifact?: VersionRecord['artifact'];
    } | void>;
    /** An optional bound on push attempts when concurrent runs take names first (default: none). */
    readonly maxAttempts?: number;
    /** Credentials for `artifacts.store` (default: the context's environment's). */
    readonly store?: StoreSettings;
    /**
     * Fetch the model's tags and history first when the clone lacks them (the CLI; the Action
     * fetches on its own), and refuse when that fails unless `noBaseline`.
     */
    readonly fetchHistory?: boolean;
    /**
     * The caller has just fetched the model's tags and event counter from `remote` (the Action's
     * history fetch): a push then decides on those instead of fetching them again.
     */
    readonly tagsFetched?: boolean;
    /**
     * The model's registry as read right after that fetch, nothing having run in the repository
     * since (the Action): the checks before the eval and the eval use it instead of reading again.
     */
    readonly registry?: Registry;
    /**
     * A history fetch the caller started (the Action: while this code loaded), awaited once the
     * local questions are asked: its registry, read right after it, is the one decided on.
     */
    readonly history?: Promise<{
        readonly registry: Registry;
    } | null>;
    /**
     * The local questions already asked (askRecordQuestions, by a caller that started them
     * early: the Action, beside its history fetch). Default: asked here, at once.
     */
    readonly questions?: RecordQuestions;
    /** `--no-baseline`: record even when the remote's versions could not be fetched. */
    readonly noBaseline?: boolean;
    /** Metrics measured elsewhere (merged shards): see EvaluateOptions.measured. */
    readonly measured?: EvaluateOptions['measured'];
    /** Time allowed for retries after lost races, in ms (default: `LEPTON_PUSH_BUDGET`, else 2 minutes). */
    readonly budgetMs?: number;
}
export interface RecordResult {
    readonly outcome: EvalOutcome;
    /** The version with this fingerprint (new or already recorded); null when none was made (bump `none`). */
    readonly version: string | null;
    readonly tag: string | null;
    /** False when the fingerprint was already recorded (nothing was created). */
    readonly created: boolean;
    /** With --push: whether this run pushed the tag (false: the remote had it already). */
    readonly pushed: boolean | null;
    /** With --push: the decisions it took to push (1: the first push went through). */
    readonly attempts: number | null;
    readonly commit: string;
    /** The record in the tag (the existing version's when not created). */
    readonly record: VersionRecord | null;
    /** Why nothing was recorded, when so. */
    readonly note: string | null;
}
/** The contract's `record --json` document: eval's, plus version, tag and created. */
export declare function recordJson(r: RecordResult): {
    version: string | null;
    tag: string | null;
    created: boolean;
    pushed: boolean | null;
    artifact: import("../core/registry/types.js").ArtifactRef | null;
    attempts: number | null;
    commit: string;
    thresholdChanges: readonly import("../core/gate/threshold-changes.js").ThresholdChange[];
    intervals?: Readonly<Record<string, import("../core/noise/bootstrap.js").Interval>> | undefined;
    changes?: Readonly<Record<string, import("../core/noise/bootstrap.js").ChangeInterval>> | undefined;
    samples?: import("../core/noise/run.js").SamplesRef | null | undefined;
    model: string;
    fingerprint: string;
    passed: boolean;
    reused: boolean;
    baseline: {
        version: string;
        tag: string;
    } | null;
    metrics: Readonly<Record<string, number>>;
    checks: readonly import("../core-api.js").Check[];
    changed: import("../core/fingerprint/types.js").Changed;
    skipped: {
        tag: string;
        reason: string;
    }[];
    ignored: {
        metric: string;
        value: import("../core/metrics/types.js").LeafValue;
    }[];
};
/**
 * The way out of record's refusal for a clone that lacks its versions, by why no remote
 * supplied them: never a fetch from a remote the repository does not have.
 */
export declare function missingHistoryHints(h: MissingHistory, remote: string): string[];
/** `lepton record`: eval, then an annotated version tag on HEAD if the fingerprint is new. */
export declare function record(ctx: AppContext, options?: RecordOptions): Promise<RecordResult>;
