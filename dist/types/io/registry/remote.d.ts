import { type Git } from '../git.js';
export type PushOutcome = 
/** The remote took the tag. */
{
    readonly status: 'pushed';
}
/** The remote already had this very tag object. */
 | {
    readonly status: 'up-to-date';
}
/** The remote refused this ref (it may have taken that name meanwhile): look, then decide. */
 | {
    readonly status: 'refused';
    readonly detail: string;
}
/** The remote could not be reached or refused the whole push. */
 | {
    readonly status: 'failed';
    readonly detail: string;
};
/** Pushes one tag with `git push --atomic`, reading the per-ref verdict from `--porcelain`. */
export declare function pushTag(git: Git, remote: string, tag: string): Promise<PushOutcome>;
/** The object the remote's tag holds, null when it has none; throws (git) when unreachable. */
export declare function remoteTagObject(git: Git, remote: string, tag: string): Promise<string | null>;
/**
 * Fetches the remote's tags of one model into the local tags. Never forced: a local tag that
 * differs from the remote's of the same name is kept, and the fetch fails naming it.
 */
export declare function fetchModelTags(git: Git, remote: string, model: string): Promise<void>;
