import type { AppContext } from './context.js';
/**
 * Whether the versions a baseline is chosen from are all here: `complete` (nothing was
 * missing; `fetched` says whether the model's tags and event counter were fetched from the
 * remote just now), `fetched` (something was missing, and came from the remote with the
 * tags), or `missing` (something was, and no remote could supply it: the baseline may be
 * missing).
 */
export type HistoryState = {
    readonly state: 'complete';
    readonly fetched: boolean;
} | {
    readonly state: 'fetched';
} | ({
    readonly state: 'missing';
} & MissingHistory);
/** Why the versions could not be fetched: what a refusal's hint needs to name the way out. */
export interface MissingHistory {
    /** One clause: what is missing and why no remote supplied it. */
    readonly why: string;
    /**
     * `no-remote`: the repository has no remote at all (nothing to fetch from); `no-such-remote`:
     * not the one asked for (`remotes` lists those it has); `unreachable`: the fetch failed.
     */
    readonly cause: 'no-remote' | 'no-such-remote' | 'unreachable';
    /** The repository's remotes (`git remote`), when the one asked for is not among them. */
    readonly remotes: readonly string[];
    /** Whether the clone is shallow (a fetch then needs --unshallow). */
    readonly shallow: boolean;
}
/**
 * CONTRACT §2b, shallow and tagless clones: before `eval`, `record` or `promote` read the
 * registry, a clone that is shallow or has none of the model's tags fetches them and the
 * history from the remote, as the Action does, and says so; without a reachable remote it
 * warns (unless `warn` is false: a caller that refuses says it once, itself). Never throws for
 * a missing or unreachable remote (the caller decides: record refuses).
 *
 * A clone that has the history and some of the model's tags may still lack versions recorded
 * since (CI tags commits the developer already has, and `git pull` brings no tag whose commit
 * it did not fetch): when it has the remote, the model's tags and event counter are fetched
 * from it all the same (one `git fetch` of those refs), said only when new tags came; an
 * unreachable remote is a warning that the baseline may be stale (always said: nobody refuses).
 */
export declare function ensureHistory(ctx: AppContext, remote?: string, warn?: boolean): Promise<HistoryState>;
