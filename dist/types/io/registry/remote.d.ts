import { type Git, type GitResult } from '../git.js';
/** The remote's event counter as this repository last fetched it. */
export interface EventCounter {
    readonly ref: string;
    /** The tag object the counter holds; null when the remote has no counter yet. */
    readonly object: string | null;
    /** The N of the tag it holds (0 when none, or when that object is not a numbered tag). */
    readonly n: number;
}
/** A model's event tag to push with its counter: the push succeeds only if the counter still holds `counter.object`. */
export interface CounterUpdate {
    readonly counter: EventCounter;
    /** The tag object the counter moves to (the event's own tag). */
    readonly object: string;
}
export type PushOutcome = 
/** The remote took the tag. */
{
    readonly status: 'pushed';
}
/** The remote already had this very tag object. */
 | {
    readonly status: 'up-to-date';
}
/**
 * Refused because the remote's refs are not what this run decided on: a concurrent run took
 * the tag's name or moved the event counter (or held its lock for a moment). Read again, decide again.
 */
 | {
    readonly status: 'taken';
    readonly detail: string;
}
/** Refused for another reason (a hook, a protected or hidden ref, permissions): retrying cannot help. */
 | {
    readonly status: 'refused';
    readonly detail: string;
    readonly remoteLines: readonly string[];
    /** The refs refused for a reason of their own (not only because the atomic push failed). */
    readonly causes: readonly string[];
    /**
     * Refs the remote took all the same: git 2.39's receive-pack refuses a hidden ref outside
     * the atomic transaction, so the other refs of the push still land.
     */
    readonly landed: readonly string[];
}
/** No verdict: the remote could not be reached, or git failed before any ref was judged. */
 | {
    readonly status: 'failed';
    readonly detail: string;
    readonly remoteLines: readonly string[];
};
interface PorcelainLine {
    readonly flag: string;
    /** The `to` side of `from:to`. */
    readonly ref: string;
    readonly summary: string;
    readonly reason: string | null;
}
/**
 * Parses `git push --porcelain` output. git-push(1), "OUTPUT"
 * (https://git-scm.com/docs/git-push#_output): with `--porcelain` each ref is one line on
 * stdout, `<flag> TAB <from>:<to> TAB <summary> (<reason>)`, where flag is `' '` fast-forward,
 * `+` forced update, `-` deleted, `*` new ref, `!` rejected or failed to push, `=` up to date;
 * summary is e.g. `[new tag]`, `[up to date]`, `[rejected]`, `[remote rejected]`,
 * `[remote failure]`; the reason (in parentheses) explains a failed ref. The remote's own messages
 * (a hook's stderr) arrive on stderr as `remote: …` lines.
 */
export declare function parsePorcelain(stdout: string): PorcelainLine[];
/** The remote's messages in git's stderr (`remote: …`), without the prefix and git's padding. */
export declare function remoteLines(stderr: string): string[];
/** What one push's per-ref verdicts mean for the refs it pushed (see {@link PushOutcome}). */
export declare function classifyPush(code: number, stdout: string, stderr: string, tagRef: string, refs: readonly string[]): PushOutcome;
/** A ref pushed with a tag in its atomic push (a version's samples blob, contract §11). */
export interface ExtraRef {
    readonly ref: string;
    /** The object id it names; the ref must not exist on the remote, or already name this. */
    readonly object: string;
}
/**
 * Pushes one tag with `git push --atomic --porcelain`; with `counter`, also moves the model's
 * event counter to the tag, leased on the value this run decided on (`--force-with-lease`), in
 * the same atomic push: both land, or neither.
 */
export declare function pushTag(git: Git, remote: string, tag: string, counter?: CounterUpdate, extra?: readonly ExtraRef[]): Promise<PushOutcome>;
/** The objects the remote's refs hold (missing refs are absent); throws (git) when unreachable. */
export declare function remoteRefs(git: Git, remote: string, refs: readonly string[]): Promise<Map<string, string>>;
/** The object the remote's tag holds, null when it has none; throws (git) when unreachable. */
export declare function remoteTagObject(git: Git, remote: string, tag: string): Promise<string | null>;
/** What a fetch of a model's tags did. */
export interface TagFetch {
    /** Tags it created here (` * [new tag]` lines), local names. */
    readonly created: readonly string[];
    /**
     * Local tags it kept although the remote's tag of the same name differs (git: "would clobber
     * existing tag"): never moved or deleted; the other tags were fetched all the same.
     */
    readonly kept: readonly string[];
}
/** A URL's userinfo (`https://user:token@host`, `https://token@host`) as `***`. */
export declare const maskUrls: (text: string) => string;
/**
 * git's own reason for a failed command, from its stderr: its `! [...]` ref lines and its
 * `error:`/`fatal:` lines (else its last lines), at most `n` lines of 300 characters, URLs'
 * credentials masked; `exit CODE` when it said nothing.
 */
export declare function gitReason(stderr: string, code: number, n?: number): string;
/**
 * Reads a tag fetch's result (git run with LC_ALL=C, without --quiet): what it created and the
 * local tags it kept. A fetch whose only refusals are tags that would clobber local ones
 * succeeded for every other ref (git updates refs one by one unless --atomic).
 *
 * @throws LeptonError 'git' naming git's reason (gitReason) for any other failure.
 */
export declare function readTagFetch(r: GitResult): TagFetch;
/** The warning for tags a fetch kept (TagFetch.kept), or null when it kept none. */
export declare function keptTagsWarning(remote: string, fetched: TagFetch): string | null;
/**
 * Fetches the remote's tags of one model into the local tags, and its event counter into the
 * local mirror of it. Tags are never forced: a local tag that differs from the remote's of the
 * same name is kept (named in the result, and to `warn` when given) and the others are fetched.
 * The counter is a mirror, so it is.
 *
 * @throws LeptonError 'git' with git's reason when the fetch fails otherwise.
 */
export declare function fetchModelTags(git: Git, remote: string, model: string, warn?: (message: string) => void): Promise<TagFetch>;
/** The model's event counter as last fetched (see {@link eventCounterRef}). */
export declare function readEventCounter(git: Git, model: string): Promise<EventCounter>;
/**
 * Sets the local mirror of the counter to what the remote holds (removing it when the remote has
 * none): a fetch never removes a ref, so a counter deleted or hidden on the remote would
 * otherwise be expected there for ever.
 */
export declare function syncEventCounter(git: Git, model: string, remoteObject: string | null): Promise<void>;
export {};
