import type { Git } from '../git.js';
/** The tag a run wants on the remote. */
export interface Candidate {
    readonly tag: string;
    /** The tag object, when this run created the tag (only such a tag may ever be removed). */
    readonly own: string | null;
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
    readonly maxAttempts?: number;
    readonly wait?: (ms: number) => Promise<void>;
}
export interface Published {
    readonly candidate: Candidate | null;
    /** true: the remote took it now; false: it had it already (or there was nothing to push). */
    readonly pushed: boolean;
}
export declare const DEFAULT_ATTEMPTS = 10;
/**
 * Pushes a tag with `git push --atomic`; when the remote refuses because it took that name
 * meanwhile (a concurrent run), removes the tag this run made, fetches the remote's tags,
 * decides again and retries after a jittered backoff, a bounded number of times. Any other
 * failure keeps the local tag and is exit 4: a later run pushes it.
 */
export declare function publish(options: PublishOptions): Promise<Published>;
