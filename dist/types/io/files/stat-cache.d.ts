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
    private readonly index;
    private readonly next;
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
    /** Writes this run's entries when they differ from what was read; a failure only costs speed. */
    save(): void;
    /** Entry i's record, checked for shape; null for anything malformed. */
    private recordAt;
}
