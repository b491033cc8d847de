import type { FileRecord } from '../../core/fingerprint/encoding.js';
import { Standby } from './pool.js';
import { type Progress } from './progress.js';
import type { StatCache, StatKey } from './stat-cache.js';
/** A selected file, looked at: where to read it and its stat data. */
export interface Target {
    /** POSIX, relative to the model's directory. */
    readonly rel: string;
    /** The file to read (a symlink's resolved target). */
    readonly abs: string;
    readonly key: StatKey;
}
/**
 * `dir` ending in a separator, for file paths made by plain concatenation: git's names are
 * already normal, and join() per file costs more than the lstat.
 */
export declare function folderPrefix(dir: string): string;
/**
 * Stats every selected file (one lstat each; symlinks resolved and checked).
 * Files git still lists but the work tree no longer has are left out. `standby`, when given,
 * is started once the files seen hold enough bytes for helper threads to pay.
 * Throws one error naming every file that cannot be used.
 */
export declare function statTargets(rels: readonly string[], modelDir: string, root: string, standby?: Standby | null): Target[];
/**
 * Each target's record, into `records`: from the stat cache when it may be trusted, else by
 * reading the file. Files are read by the main thread and, when there is enough to read to pay
 * for their start, by helper threads beside it (pool.ts); `.dvc` files, names that are not UTF-8
 * and whatever a helper could not do (errors, possible LFS pointers) are read on this thread.
 * `vouched`: files git vouches for in this run, with their blob ids (the cache keeps those of
 * settled files so the next run can skip the lstat). A promise only when the cache has no old
 * entries (nothing to look up): the records are then remembered once it settles, so git works
 * out its answer while the files are read. `standby`: helper threads started early
 * ({@link statTargets}), used when helpers pay and dismissed when not. Throws LeptonError
 * 'invalid' naming every file that cannot be read.
 *
 * `committed`, when given, is called with the files read in this run and those the cache
 * served (by their stat data) once they are all read, and may replace their records in
 * `records` (committed.ts: files git converted are described by their blobs); they are
 * remembered only after it, as it left them, so the cache never keeps a record of the other
 * meaning.
 *
 * Resolves once every file is hashed (`records` complete), with `remembered`: settles once the
 * records are in the cache (at once unless `vouched` is a promise; then once git's word is in,
 * which the caller need not wait for to use the hashes). It never rejects (a failed word
 * remembers nothing).
 */
export declare function hashTargets(targets: readonly Target[], cache: StatCache, records: Map<string, FileRecord>, vouched: ReadonlyMap<string, string> | Promise<ReadonlyMap<string, string>>, onProgress?: (p: Progress) => void, standby?: Standby | null, committed?: ((read: readonly Target[], hits: readonly Target[]) => Promise<void>) | null): Promise<{
    readonly remembered: Promise<void>;
}>;
/**
 * Helper threads for a cold run, to be started by {@link statTargets} and used by
 * {@link hashTargets} (pool.ts, Standby); none on one core. The caller dismisses them if it
 * fails before hashing.
 */
export declare function standbyHelpers(): Standby;
