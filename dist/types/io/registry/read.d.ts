import { type PreparedTag } from '../../core/registry/build.js';
import type { RawTag } from '../../core/registry/types.js';
import { type Git } from '../git.js';
interface Listed {
    readonly name: string;
    /** The ref's own object: the tag object (annotated) or the commit (lightweight). */
    readonly object: string;
}
/**
 * Turns `git cat-file --batch` output (`<id> <type> <size>`, a newline, the object, a newline)
 * into tags as it streams in, the n-th object being the n-th listed ref's. Objects are cut by
 * their size, so a message may hold anything. Works on bytes: of a message only the part from
 * its last ```json fence on (all Lepton reads) is decoded. `onTag` also gets that part's bytes
 * (empty for a lightweight tag), a view into git's output that stays valid.
 */
export declare class ObjectStream {
    private readonly refs;
    private readonly onTag;
    private pending;
    private next;
    /** Set instead of throwing: this runs in a stream's data handler. */
    failure: string | null;
    constructor(refs: readonly Listed[], onTag: (tag: RawTag, text: Buffer) => void);
    get done(): boolean;
    write(chunk: Buffer): void;
    /** Emits every whole object in buf from `at` on; where the first incomplete one starts, or -1 on a failure. */
    private cut;
    /** One object: a tag object (annotated tag), else the commit (or other) a lightweight tag names. */
    private emit;
}
/**
 * Every tag of one model (and only that model), records parsed. One `for-each-ref` lists
 * names and object ids (fast for any number of tags: no object is opened); the tag cache
 * says which are known already, and one `git cat-file --batch`, started at the first tag the
 * cache lacks, reads the others while the listing goes on, parsed as git writes them. A cold
 * read (no cache, as in a fresh clone) reads them all that way.
 */
export declare function readPreparedTags(git: Git, model: string): Promise<PreparedTag[]>;
export {};
