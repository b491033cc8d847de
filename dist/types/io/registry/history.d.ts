import type { Registry } from '../../core/registry/types.js';
import type { Git } from '../git.js';
import { type TagFetch } from './remote.js';
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
    /** Local tags kept because the remote's of the same name differ (default: said by `info`). */
    readonly warn?: (message: string) => void;
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
 * remote's is kept, named to `warn`, and the others are fetched) and its event counter (as
 * `fetchModelTags` does, so a push right after needs no fetch of its own), the whole history
 * when the clone is shallow, and the base branch when given, in one `git fetch`, then says what
 * came. Returns null, having said why, when there is no such remote; throws LeptonError 'git'
 * (with git's reason) when it cannot be reached or the fetch fails otherwise.
 */
export declare function fetchModelHistory(git: Git, model: string, options: FetchHistoryOptions): Promise<FetchedHistory | null>;
/**
 * The model's tags and event counter fetched again from `remote` in a clone that lacks none
 * (one `git fetch` of those refs only: no history, no branch), so versions recorded meanwhile
 * elsewhere are here before a baseline is chosen. Null when there is no such remote (nothing
 * to fetch from); local tags that differ from the remote's are kept (TagFetch.kept).
 *
 * @throws LeptonError 'git' with git's reason when the remote cannot be reached or the fetch
 *   fails otherwise; 'invalid' for a remote name that reads as an option.
 */
export declare function refreshModelTags(git: Git, model: string, remote: string): Promise<TagFetch | null>;
