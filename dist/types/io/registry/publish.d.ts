import type { Git } from '../git.js';
import { type EventCounter } from './remote.js';
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
export declare const DEFAULT_BUDGET_MS = 120000;
/**
 * The retry budget in ms: `LEPTON_PUSH_BUDGET` (a duration: `90s`, `5m`, `1h`), else 2 minutes.
 * Raise it where many runs share one slow machine, so that each decision takes long.
 *
 * @throws LeptonError `invalid` when the variable is not a duration of at most a day.
 */
export declare function pushBudgetMs(env: Readonly<NodeJS.ProcessEnv>): number;
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
