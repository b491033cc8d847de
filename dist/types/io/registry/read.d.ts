import { type PreparedTag } from '../../core/registry/build.js';
import type { RawTag } from '../../core/registry/types.js';
import type { Git } from '../git.js';
/**
 * Splits `for-each-ref` output into tags as it streams in. Fields are counted, not searched
 * for, so a message may hold anything but NUL. Works on bytes: of a message only the part
 * from its last ```json fence on (all Lepton reads) is decoded, which keeps `show` over
 * thousands of tags close to git's own speed.
 */
export declare class TagStream {
    private readonly onTag;
    private pending;
    constructor(onTag: (tag: RawTag) => void);
    write(chunk: Buffer): void;
    private emit;
}
export declare function parseForEachRef(stdout: string): RawTag[];
/**
 * Every tag of one model (and only that model), records parsed. A cold read is one
 * `git for-each-ref` whose output is parsed while git writes it. With the tag cache, one
 * `for-each-ref` of names and object ids says what is known already; only new or re-made
 * tags are read again.
 */
export declare function readPreparedTags(git: Git, model: string): Promise<PreparedTag[]>;
