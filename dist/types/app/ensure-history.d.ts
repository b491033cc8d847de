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
} | {
    readonly state: 'missing';
    readonly why: string;
};
/**
 * CONTRACT §2b, shallow and tagless clones: before `eval`, `record` or `promote` read the
 * registry, a clone that is shallow or has none of the model's tags fetches them and the
 * history from the remote, as the Action does, and says so; without a reachable remote it
 * warns. Never throws for a missing or unreachable remote (the caller decides: record refuses).
 */
export declare function ensureHistory(ctx: AppContext, remote?: string): Promise<HistoryState>;
