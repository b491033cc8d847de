import type { Registry } from '../../core/registry/types.js';
import { type Git } from '../git.js';
export interface FetchHistoryOptions {
    /** The remote to fetch from (default `origin`). */
    readonly remote?: string;
    /** Also fetch this branch (a pull request's base) into `refs/remotes/REMOTE/BRANCH`. */
    readonly baseBranch?: string | null;
    /** One line saying what was fetched. */
    readonly info: (message: string) => void;
    /** Whether the clone is shallow, when the caller asked git a moment ago (Git.shallowAtTopLevel). */
    readonly shallow?: boolean;
    /** false: say nothing when there is no such remote (the caller refuses instead). */
    readonly sayNoRemote?: boolean;
}
/**
 * What a clone lacks to judge against a baseline, or null when it lacks nothing Lepton can
 * tell: a shallow clone (versions may be unreachable from HEAD), or no tag of the model at all
 * (a `--no-tags` clone, actions/checkout's default). Cheap: two local git calls.
 */
export declare function historyGap(git: Git, model: string): Promise<HistoryGap | null>;
/** What historyGap found missing: said in `why`; `shallow` when the history is cut short. */
export interface HistoryGap {
    readonly why: string;
    readonly shallow: boolean;
}
/** What a history fetch brought: the registry as it stands right after it. */
export interface FetchedHistory {
    /**
     * The model's registry, read right after the fetch: a caller that runs nothing else in the
     * repository before deciding (record, promote) uses it instead of reading again.
     */
    readonly registry: Registry;
}
/**
 * Fetches the model's version and stage tags (never forced: a local tag that differs from the
 * remote's is kept, and the fetch fails naming it) and its event counter (as `fetchModelTags`
 * does, so a push right after needs no fetch of its own), the whole history when the clone is
 * shallow, and the base branch when given, in one `git fetch`, then says what came. Returns
 * null, having said why, when there is no such remote; throws LeptonError 'git' when it cannot
 * be reached.
 */
export declare function fetchModelHistory(git: Git, model: string, options: FetchHistoryOptions): Promise<FetchedHistory | null>;
