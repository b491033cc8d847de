import type { RawTag } from '../../core/registry/types.js';
/**
 * The pure half of reading tags from git: byte streams in, tags out. No process is started
 * here (read.ts and records.ts run git and feed its output to these).
 */
/** One ref of a listing: its name and its own object. */
export interface Listed {
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
/** `<id> <type> <size>`'s first three fields, as `split(' ')` gives them (size undefined when missing). */
export declare function headerLine(line: string): [string, string | undefined, string | undefined];
/**
 * `new Date(seconds * 1000).toISOString()` for whole seconds ≥ 0, or '' beyond a date's range
 * (where `toISOString` throws). Thousands of tags are read per registry: a Date per tag was a
 * tenth of a cold read, so the day's part is written once while tags fall on one day, and the
 * string made at once from the bytes (one flat string, no chain of concatenations).
 */
export declare function isoSeconds(seconds: number): string;
/**
 * Splits `for-each-ref --format=%(refname:strip=2)%00%(objectname)` output into refs as it
 * streams in. Chunks are cut after their last newline, as bytes (a chunk may end inside a
 * name's UTF-8 sequence), and the whole lines decoded at once.
 */
export declare class ListingStream {
    private readonly onRef;
    private pending;
    count: number;
    constructor(onRef: (ref: Listed) => void);
    write(chunk: Buffer): void;
    /** The last line, when the output did not end with a newline. */
    end(): void;
    private lines;
}
