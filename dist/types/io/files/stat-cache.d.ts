import { type FileRecord } from '../../core/fingerprint/encoding.js';
import { type PartsMemo, type StatKey } from './stat-cache-file.js';
export { RACY_MARGIN_MS, type MemoFile, type PartsMemo, type StatKey } from './stat-cache-file.js';
export declare class StatCache {
    private readonly file;
    private readonly old;
    private readonly trustedBefore;
    private readonly startedMs;
    /** Where the next lookup is expected in the old entries (saved in path order). */
    private cursor;
    /** This run's entries in lookup order. */
    private readonly entries;
    /** The old entries, decoded when first asked for. */
    private cols;
    private readonly noBlob;
    /** The parts' hashes to keep for the next run, if every selected file was vouched for. */
    private memo;
    /** Entries of this run's misses, to be filled by remember. */
    private readonly missed;
    private changed;
    /** The index file's stat data in this run when git read that one file throughout and it is settled. */
    private index;
    private indexTrusted;
    /** This run's hits and misses (the tests and the bench read them). */
    hits: number;
    misses: number;
    /** Hits served on git's word, without an lstat. */
    vouched: number;
    private constructor();
    /** Reads the cache of the model known as `modelKey` (a stable id of its folder); never throws. */
    static open(dir: string | null, modelKey: string, startedMs: number): StatCache;
    /** Nothing was remembered (no cache file, or an empty one): every file must be read. */
    get cold(): boolean;
    /**
     * The stat data of git's index file in this run (null when unknown or when it changed while
     * git was reading it). Entries with blob ids count only if the cache was written under it.
     */
    useIndex(index: StatKey | null): void;
    /**
     * The cache was written under the very index file of this run (call after useIndex): every
     * entry's record was then made or checked while git's index said what it says now.
     */
    get underSameIndex(): boolean;
    /**
     * Replaces the record of this run's entry for `path` (a record served by lookup that turned
     * out to be of the other meaning: committed.ts). Rare: a linear search.
     */
    amend(path: string, record: FileRecord): void;
    /**
     * The parts' hashes a run under this same index saved with `key` (call after useIndex); the
     * caller checks the files it names in `others` (memo.ts).
     */
    memoFor(key: string): PartsMemo | null;
    /**
     * Keeps `memo` for the next run if every one of this run's entries has a record, and either
     * a blob id or, when `plainFiles` (every file looked at is a regular file, none gone),
     * settled stat data to be checked next time.
     */
    keepMemo(memo: Omit<PartsMemo, 'others'>, plainFiles: boolean): void;
    /**
     * The remembered record of a file git vouches for (unchanged against the index, which holds
     * `blob` for it), without looking at the file: only under the index the entry was saved
     * with, and with the same blob id. Undefined otherwise (then look it up by its stat data).
     */
    lookupVouched(path: string, blob: string): FileRecord | undefined;
    /**
     * The remembered record of `path` when its stat data is unchanged and old enough to trust.
     * `blob`: the index's blob id when git vouches for the file in this run (kept with a hit on
     * a settled file so the next run may skip the lstat).
     */
    lookup(path: string, k: StatKey, blob?: string): FileRecord | undefined;
    /** A record read in this run; `blob` as for lookup. */
    remember(path: string, key: StatKey, record: FileRecord, blob?: string): void;
    /**
     * Writes this run's entries, sorted by path, when they differ from what was read; a failure
     * only costs speed.
     */
    save(): void;
    /** Old enough that a change after this run started would show in its stat data. */
    settled(k: StatKey): boolean;
    /** The blob id to keep with an entry: only for a settled file git vouched for under a settled index. */
    private vouchable;
    /**
     * The old entry of `path`. Files are looked up in path order, the order the entries were
     * saved in, so the entry is nearly always the one after the last; else a binary search
     * finds it (in a file edited out of order, an entry may be missed: that costs only speed).
     */
    private find;
    private columns;
    private keyAt;
    /** Whether entry i was kept with `blob` (compared in place: no string per file). */
    private hasBlob;
    private blobAt;
    /** Entry i's record, checked for shape; null for anything malformed. */
    private recordAt;
}
