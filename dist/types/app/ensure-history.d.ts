import type { AppContext } from './context.js';
/**
 * Whether the versions a baseline is chosen from are all here: `complete` (nothing was
 * missing), `fetched` (something was, and came from the remote), or `missing` (something
 * was, and no remote could supply it: the baseline may be missing).
 */
export type HistoryState = {
    readonly state: 'complete';
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
 */
export declare function ensureHistory(ctx: AppContext, remote?: string, warn?: boolean): Promise<HistoryState>;
