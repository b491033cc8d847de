import type { Stats } from 'node:fs';
import { type FileRecord } from '../../core/fingerprint/encoding.js';
import type { PartHash } from '../../core/fingerprint/types.js';
import type { SealedFile } from './sealed-file.js';
/** The sealed file's kind (sealed-file.ts). */
export declare const KIND = "stat-cache";
/** About 4 million files' entries: beyond it, a file found there is not read (and none is written). */
export declare const MAX_BYTES: number;
/** Coarser than any common file system's timestamps (FAT: 2 s) and than modest clock skew. */
export declare const RACY_MARGIN_MS = 2000;
/** Numbers per entry in `stat`: size, mtimeMs, ctimeMs, ino, dev, record size (-1: a DVC record). */
export declare const W = 6;
export interface StatKey {
    readonly size: number;
    readonly mtimeMs: number;
    readonly ctimeMs: number;
    readonly ino: number;
    readonly dev: number;
}
/** The stat data a cache entry (or the index file) is known by. */
export declare function statKey(st: Stats): StatKey;
export declare function sameKey(a: StatKey, b: StatKey): boolean;
/** Parts' hashes remembered whole: see memo.ts. */
export interface PartsMemo {
    /** What the answer depends on besides the index (manifest parts, untracked files). */
    readonly key: string;
    /** Distinct files selected. */
    readonly files: number;
    readonly components: readonly PartHash[];
    readonly data: readonly PartHash[];
    /**
     * The selected files git did not vouch for (untracked, or differing from the index), with
     * the stat data they had (settled): [path, size, mtimeMs, ctimeMs, ino, dev].
     */
    readonly others: readonly MemoFile[];
}
export type MemoFile = readonly [string, number, number, number, number, number];
/** What a cache file holds; the columns are decoded only when an entry is first asked for. */
export interface Saved {
    readonly count: number;
    readonly dvc: Readonly<Record<string, unknown>>;
    readonly blobWidth: number;
    /** The index file's stat data when the entries' blob ids were vouched, or null. */
    readonly index: StatKey | null;
    readonly memo: PartsMemo | null;
    readonly columns: () => Columns;
}
export interface Columns {
    readonly paths: readonly string[];
    readonly stat: Float64Array;
    /** The digests as lowercase hex, 64 digits each. */
    readonly digests: string;
    /** The blob ids as lowercase hex, `blobWidth` digits each, zeros where an entry has none. */
    readonly blobs: string;
}
export declare const EMPTY: Saved;
/** Entry i's stat data. */
export declare function keyAt(cols: Columns, i: number): StatKey;
/** Entry i's record, checked for shape; null for anything malformed. */
export declare function recordAt(saved: Saved, cols: Columns, i: number): FileRecord | null;
/** One entry as saved: every entry has a record (a miss never read is not saved). */
export interface SavedEntry {
    readonly path: string;
    readonly key: StatKey;
    readonly record: FileRecord;
    readonly blob: string | null;
}
/** What the file holds: the entries (sorted by path) and what they were saved under. */
export interface CacheContents {
    readonly startedMs: number;
    /** The settled index's stat data the blob ids were vouched under, or null (none kept). */
    readonly index: StatKey | null;
    readonly memo: PartsMemo | null;
    readonly entries: readonly SavedEntry[];
}
/** The sealed file's two sections for `contents`: the JSON header, then the columns. Pure. */
export declare function encodeCacheFile({ startedMs, index, memo, entries, }: CacheContents): Uint8Array[][];
/**
 * The header and (lazily checked and decoded) columns of a sealed file's sections (as
 * readSealedFile gives them; null: no file); null for anything unusable. Never throws. The
 * header (section 0, which holds the parts memo) is checked now; the columns (section 1) when an
 * entry is first asked for, and a file whose columns fail any check then counts as holding no
 * entries.
 */
export declare function decodeCacheFile(sealed: SealedFile | null): {
    saved: Saved;
    startedMs: number;
} | null;
