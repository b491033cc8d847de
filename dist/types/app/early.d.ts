import { type StartedListing } from '../io/files/list.js';
import { type Identity } from '../io/registry/identity.js';
import { type WorktreeState } from '../io/registry/worktree.js';
import type { AppContext } from './context.js';
/**
 * The questions `record` asks the repository before its eval, each one git process: HEAD and
 * what differs from it (`status`), who tags (the identity), and the model folder's listing
 * for the fingerprint. A spawn costs more than most answers, so they are asked together, and
 * a caller that can ask them early does (the Action: beside its history fetch, before the
 * record's own code loads). None writes anything; each failure is left to `record`, which
 * awaits them in its own order (HEAD, the tree, the identity) so the errors stay the same.
 */
export interface RecordQuestions {
    readonly state: Promise<WorktreeState>;
    readonly identity: Promise<Identity>;
    /**
     * The manifest's folder listed, read only once `state` shows a clean tree (a dirty one is
     * refused before any hashing). A manifest whose paths climb above its folder lists an
     * ancestor instead: the fingerprint then lists again (a process more, never a wrong answer).
     */
    readonly listing: StartedListing;
}
/** Starts the three questions of RecordQuestions for the project `ctx` opened. */
export declare function askRecordQuestions(ctx: AppContext): RecordQuestions;
/**
 * The manifest's folder's git listing for the fingerprint, started now (StartedListing): the
 * folder the fingerprint lists unless a path climbs above it.
 */
export declare const startModelListing: (ctx: AppContext) => StartedListing;
