import { type FileRecord } from '../../core/fingerprint/encoding.js';
export interface StatKey {
    readonly size: number;
    readonly mtimeMs: number;
    readonly ctimeMs: number;
    readonly ino: number;
    readonly dev: number;
}
export declare class StatCache {
    private readonly file;
    private readonly old;
    private readonly trustedBefore;
    private readonly startedMs;
    /** Built only when a lookup comes out of the saved order (see find). */
    private index;
    /** Where the next lookup is expected in the old entries. */
    private cursor;
    /** This run's entries in lookup order: an old entry's index (a hit) or a path (a miss). */
    private readonly order;
    private readonly fresh;
    private changed;
    /** This run's hits and misses (the tests and the bench read them). */
    hits: number;
    misses: number;
    private constructor();
    /** Reads the cache of the model known as `modelKey` (a stable id of its folder); never throws. */
    static open(dir: string | null, modelKey: string, startedMs: number): StatCache;
    /** The remembered record of `path` when its stat data is unchanged and old enough to trust. */
    lookup(path: string, k: StatKey): FileRecord | undefined;
    remember(path: string, key: StatKey, record: FileRecord): void;
    /**
     * The old entry of `path`. Files are looked up in the order the last run saved them (sorted),
     * so the entry is nearly always the one after the last: no map of every path is built then.
     */
    private find;
    /**
     * Writes this run's entries (hits as read, then what was hashed, in lookup order) when they
     * differ from what was read; a failure only costs speed.
     */
    save(): void;
    /** Entry i's record, checked for shape; null for anything malformed. */
    private recordAt;
}
