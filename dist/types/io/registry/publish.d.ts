import type { Git } from '../git.js';
import { type EventCounter, type ExtraRef } from './remote.js';
/** The tag a run wants on the remote. */
export interface Candidate {
    readonly tag: string;
    /** The tag object, when this run created the tag (only such a tag may ever be removed). */
    readonly own: string | null;
    /**
     * For a tag carrying GTO's event counter N (a stage event): its N and the remote's counter
     * as it was when N was chosen. The push moves the counter to this tag only if it still holds
     * that value, so no other event took N, or landed above it, meanwhile.
     */
    readonly event?: {
        readonly n: number;
        readonly counter: EventCounter;
    };
    /** Refs that land with the tag or not at all (a version's samples ref). */
    readonly extra?: readonly ExtraRef[];
}
export interface PublishOptions {
    readonly git: Git;
    readonly remote: string;
    readonly model: string;
    /**
     * Decides afresh from the local tags (which include the remote's after a conflict) and
     * creates the tag locally when needed; null when there is nothing to push any more.
     */
    readonly decide: (attempt: number) => Promise<Candidate | null>;
    /** Told when the remote took the candidate's name and this run's own tag was removed. */
    readonly onLost?: (tag: string) => void;
    readonly log?: (message: string) => void;
    /** Time allowed for retries after lost races, in ms (default 2 minutes). */
    readonly budgetMs?: number;
    /** An optional bound on attempts as well (default: none, the budget alone bounds them). */
    readonly maxAttempts?: number;
    readonly wait?: (ms: number) => Promise<void>;
    readonly now?: () => number;
    readonly random?: () => number;
}
export interface Published {
    readonly candidate: Candidate | null;
    /** true: the remote took it now; false: it had it already (or there was nothing to push). */
    readonly pushed: boolean;
    /** Decisions made (1 when the first push went through). */
    readonly attempts: number;
}
/** One decision: what was decided (`value`) and the tag it wants on the remote (null: none). */
export interface Decision<T> {
    readonly value: T;
    readonly candidate: Candidate | null;
}
export interface PublishDecisionsOptions<T> extends Omit<PublishOptions, 'decide'> {
    /**
     * As {@link PublishOptions.decide}, also returning what it decided; `previous` is the last
     * attempt's value (null on the first), so a retry can keep what the first decision fixed.
     */
    readonly decide: (attempt: number, previous: T | null) => Promise<Decision<T>>;
}
/** {@link Published}, with the value of the decision that was pushed (or found nothing to push). */
export interface PublishedDecision<T> extends Published {
    readonly value: T;
}
export { DEFAULT_BUDGET_MS, pushBudgetMs } from '../settings.js';
/**
 * Pushes a tag with `git push --atomic` (an event tag together with the model's event counter,
 * compare-and-swap). When the remote refuses because a concurrent run took the name or moved
 * the counter, removes the tag this run made, waits (exponential backoff, full jitter), fetches
 * the remote's tags, decides again and retries, within a time budget. A refusal for any other
 * reason (a hook, a protected or hidden ref, permissions) or an unreachable remote is exit 4 at
 * once, quoting the remote's message.
 *
 * @throws LeptonError `git` when refused, unreachable, or still losing when the budget is spent.
 */
export declare function publish(options: PublishOptions): Promise<Published>;
/**
 * {@link publish}, for a decision that carries a value (a plan): returns the value of the last
 * decision, the one that was pushed or that found nothing to push.
 *
 * @throws LeptonError `git` as {@link publish}.
 */
export declare function publishDecisions<T>(options: PublishDecisionsOptions<T>): Promise<PublishedDecision<T>>;
