import type { Git } from '../git.js';
import type { Identity } from './identity.js';
import type { EventCounter, ExtraRef } from './remote.js';
/** What one decision asks of git: make a tag, push one that exists, or nothing. */
export type TagStep = {
    readonly kind: 'create';
    readonly tag: string;
    readonly commit: string;
    /** The annotated tag's message (the record). */
    readonly message: string;
    /** Who signs the tag. */
    readonly identity: Identity;
    /** For an event tag: its N and the counter N was chosen against (see {@link Candidate}). */
    readonly event?: {
        readonly n: number;
        readonly counter: EventCounter;
    };
    /** Refs that land with the tag or not at all (a version's samples ref). */
    readonly extra?: readonly ExtraRef[];
} | {
    readonly kind: 'existing';
    readonly tag: string;
    readonly event?: {
        readonly n: number;
        readonly counter: EventCounter;
    };
    readonly extra?: readonly ExtraRef[];
} | {
    readonly kind: 'none';
};
/** One decision: the plan (the use case's own data) and the tag step it implies. */
export interface Planned<P> {
    readonly plan: P;
    readonly step: TagStep;
}
export interface ApplyOptions<P> {
    readonly git: Git;
    /** Push the tag (retrying lost races); false: make it locally only. */
    readonly push: boolean;
    readonly remote: string;
    readonly model: string;
    /**
     * Reads what the decision needs (the registry: after a lost race, with the remote's tags) and
     * plans. `previous` is the last attempt's plan (null on the first).
     */
    readonly decide: (attempt: number, previous: P | null) => Promise<Planned<P>>;
    readonly log?: (message: string) => void;
    readonly budgetMs?: number;
    readonly maxAttempts?: number;
}
export interface Applied<P> {
    /** The last decision's plan: the one applied. */
    readonly plan: P;
    /** With push: whether this run pushed the tag (false: the remote had it); null otherwise or with no tag. */
    readonly pushed: boolean | null;
    /** With push: the decisions it took (1: the first push went through); null otherwise. */
    readonly attempts: number | null;
}
/**
 * The one applier of `record` and `promote` (and any use case that writes a tag): decide (read
 * → plan), create the tag, and with `push` push it, deciding again after each lost race
 * (see `publishDecisions`). A tag is only ever created, never moved; the only one ever removed
 * is this run's own, refused by the remote.
 *
 * @throws LeptonError `git` when the tag appears locally while deciding, or as `publish`.
 */
export declare function applyTagPlan<P>(options: ApplyOptions<P>): Promise<Applied<P>>;
