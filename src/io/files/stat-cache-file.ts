import type { Stats } from 'node:fs';
import type { DvcOut } from '../../core/fingerprint/dvc.js';
import { PART_ENCODING, type FileRecord } from '../../core/fingerprint/encoding.js';
import type { PartHash } from '../../core/fingerprint/types.js';
import type { SealedFile } from './sealed-file.js';

/**
 * The stat cache's file format, as a pure codec: `encodeCacheFile` turns the entries into the
 * sealed file's sections and `decodeCacheFile` reads them back; neither touches the disk.
 * stat-cache.ts reads and writes the file (sealed-file.ts, io/atomic-write.ts) and says what it
 * holds and when it is trusted.
 *
 * It is a sealed cache file (sealed-file.ts: checked by CRC-32, read only as
 * a bounded regular file, written atomically) of two sections. The first is a
 * JSON header (format, version, counts, the index's stat data, the parts
 * memo, DVC records); the second holds fixed-size columns read with one
 * native call each: the stat numbers (float64), the SHA-256 digests (32
 * bytes), the blob ids (20 or 32 bytes, zeros for none), and the paths as
 * UTF-8 joined by NUL. Binary and columnar because a warm run reads the whole
 * file every time: parsing JSON text of the same data, and checking hex
 * digits in it, cost several times more. The header is checked on its own so
 * that a run the memo answers does not checksum the columns.
 */

const FORMAT = 'lepton-stat-cache';
/** The sealed file's kind (sealed-file.ts). */
export const KIND = 'stat-cache';
/** About 4 million files' entries: beyond it, a file found there is not read (and none is written). */
export const MAX_BYTES = 512 << 20;
/**
 * 7: a tracked file git may have converted at checkout (core.autocrlf, `text`/`eol`, `ident`,
 * filters) is recorded as its blob, not its bytes in the work tree (committed.ts): entries of 6
 * may hold the other meaning, so they are not read.
 */
const VERSION = 7;
/** Coarser than any common file system's timestamps (FAT: 2 s) and than modest clock skew. */
export const RACY_MARGIN_MS = 2000;
/** Blob ids: SHA-1 or SHA-256 object names, in bytes. */
const BLOB_BYTES = new Set([20, 32]);
/** Numbers per entry in `stat`: size, mtimeMs, ctimeMs, ino, dev, record size (-1: a DVC record). */
export const W = 6;
const DIGEST_BYTES = 32;
const NO_DIGEST = '0'.repeat(DIGEST_BYTES * 2);
const HASH = /^sha256:[0-9a-f]{64}$/;

export interface StatKey {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
  readonly dev: number;
}

/** The stat data a cache entry (or the index file) is known by. */
export function statKey(st: Stats): StatKey {
  return { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, dev: st.dev };
}

export function sameKey(a: StatKey, b: StatKey): boolean {
  return (
    a.size === b.size &&
    a.mtimeMs === b.mtimeMs &&
    a.ctimeMs === b.ctimeMs &&
    a.ino === b.ino &&
    a.dev === b.dev
  );
}

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

export const EMPTY: Saved = {
  count: 0,
  dvc: {},
  blobWidth: 40,
  index: null,
  memo: null,
  columns: () => ({ paths: [], stat: new Float64Array(0), digests: '', blobs: '' }),
};

/** Entry i's stat data. */
export function keyAt(cols: Columns, i: number): StatKey {
  const o = cols.stat;
  return {
    size: o[i * W] as number,
    mtimeMs: o[i * W + 1] as number,
    ctimeMs: o[i * W + 2] as number,
    ino: o[i * W + 3] as number,
    dev: o[i * W + 4] as number,
  };
}

/** Entry i's record, checked for shape; null for anything malformed. */
export function recordAt(saved: Saved, cols: Columns, i: number): FileRecord | null {
  const size = cols.stat[i * W + 5];
  if (size === -1) {
    const outs = Object.prototype.hasOwnProperty.call(saved.dvc, i) ? saved.dvc[i] : undefined;
    return Array.isArray(outs) && outs.length > 0 && outs.every(validOut)
      ? { kind: 'dvc', outs }
      : null;
  }
  const hex = cols.digests.slice(i * 64, i * 64 + 64);
  return isCount(size) ? { kind: 'file', size, sha256: hex } : null;
}

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
export function encodeCacheFile({
  startedMs,
  index,
  memo,
  entries,
}: CacheContents): Uint8Array[][] {
  const width = entries.find((e) => e.blob)?.blob?.length ?? 40;
  const count = entries.length;
  const noBlob = '0'.repeat(width);
  const paths: string[] = new Array<string>(count);
  const stat = new Float64Array(count * W);
  // Hex joined and decoded once per column: one native call, where a write per entry cost more.
  const digests: string[] = new Array<string>(count);
  const blobs: string[] = new Array<string>(count);
  const dvc: Record<string, DvcOut[]> = {};
  for (let i = 0; i < count; i++) {
    const { record, key, blob, path } = entries[i] as SavedEntry;
    const o = i * W;
    stat[o] = key.size;
    stat[o + 1] = key.mtimeMs;
    stat[o + 2] = key.ctimeMs;
    stat[o + 3] = key.ino;
    stat[o + 4] = key.dev;
    if (record.kind === 'file') {
      stat[o + 5] = record.size;
      digests[i] = record.sha256;
    } else {
      stat[o + 5] = -1;
      digests[i] = NO_DIGEST;
      dvc[i] = [...record.outs];
    }
    blobs[i] = index && blob && blob.length === width ? blob : noBlob;
    paths[i] = path;
  }
  const names = Buffer.from(paths.join('\0'));
  const header = Buffer.from(
    JSON.stringify({
      format: FORMAT,
      version: VERSION,
      encoding: PART_ENCODING,
      startedMs,
      count: entries.length,
      blobBytes: width / 2,
      pathBytes: names.length,
      index: index && [index.size, index.mtimeMs, index.ctimeMs, index.ino, index.dev],
      memo,
      dvc,
    }),
  );
  const columns = [
    new Uint8Array(stat.buffer),
    Buffer.from(digests.join(''), 'hex'),
    Buffer.from(blobs.join(''), 'hex'),
    names,
  ];
  return [[header], columns];
}

/**
 * The header and (lazily checked and decoded) columns of a sealed file's sections (as
 * readSealedFile gives them; null: no file); null for anything unusable. Never throws. The
 * header (section 0, which holds the parts memo) is checked now; the columns (section 1) when an
 * entry is first asked for, and a file whose columns fail any check then counts as holding no
 * entries.
 */
export function decodeCacheFile(
  sealed: SealedFile | null,
): { saved: Saved; startedMs: number } | null {
  const head = sealed?.count === 2 ? sealed.section(0) : null;
  if (!sealed || !head) return null;
  try {
    const doc = JSON.parse(head.toString('utf8')) as Record<string, unknown>;
    const { count, dvc, startedMs, blobBytes, pathBytes, index, memo } = doc;
    if (
      doc.format !== FORMAT ||
      doc.version !== VERSION ||
      doc.encoding !== PART_ENCODING ||
      typeof startedMs !== 'number' ||
      !Number.isFinite(startedMs) ||
      !isCount(count) ||
      typeof blobBytes !== 'number' ||
      !BLOB_BYTES.has(blobBytes) ||
      !isCount(pathBytes) ||
      typeof dvc !== 'object' ||
      dvc === null ||
      !(index === null || isKey(index)) ||
      !(memo === null || isMemo(memo)) ||
      !isLittleEndian()
    ) {
      return null;
    }
    const statEnd = count * W * 8;
    const digestsEnd = statEnd + count * DIGEST_BYTES;
    const blobsEnd = digestsEnd + count * blobBytes;
    if (blobsEnd + pathBytes !== sealed.length(1)) return null;
    const empty = EMPTY.columns();
    let columns: Columns | undefined;
    const decode = (): Columns => {
      if (columns) return columns;
      const bytes = sealed.section(1);
      if (bytes === null) return (columns = empty);
      const names = count === 0 ? [] : bytes.toString('utf8', blobsEnd).split('\0');
      if (names.length !== count) return (columns = empty);
      // Copied out: the column's offset in the file need not suit a float64 view.
      const stat = new Float64Array(count * W);
      new Uint8Array(stat.buffer).set(bytes.subarray(0, statEnd));
      return (columns = {
        paths: names,
        stat,
        digests: bytes.toString('hex', statEnd, digestsEnd),
        blobs: bytes.toString('hex', digestsEnd, blobsEnd),
      });
    };
    const [size, mtimeMs, ctimeMs, ino, dev] = (index ?? []) as number[];
    return {
      saved: {
        count,
        dvc: dvc as Record<string, unknown>,
        blobWidth: blobBytes * 2,
        index: index === null ? null : ({ size, mtimeMs, ctimeMs, ino, dev } as StatKey),
        memo: memo as PartsMemo | null,
        columns: decode,
      },
      // Never trust a start later than the file was written (a clock that jumped).
      startedMs: Math.min(startedMs, sealed.mtimeMs),
    };
  } catch {
    return null;
  }
}

function isMemo(v: unknown): v is PartsMemo {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  const parts = (p: unknown) =>
    Array.isArray(p) &&
    p.every(
      (x: unknown) =>
        typeof x === 'object' &&
        x !== null &&
        typeof (x as PartHash).name === 'string' &&
        typeof (x as PartHash).hash === 'string' &&
        HASH.test((x as PartHash).hash) &&
        isCount((x as PartHash).files),
    );
  const others =
    Array.isArray(m.others) &&
    m.others.every(
      (o: unknown) =>
        Array.isArray(o) &&
        o.length === 6 &&
        typeof o[0] === 'string' &&
        o.slice(1).every((n) => typeof n === 'number' && Number.isFinite(n)),
    );
  return (
    typeof m.key === 'string' && isCount(m.files) && parts(m.components) && parts(m.data) && others
  );
}

function isKey(v: unknown): boolean {
  return (
    Array.isArray(v) &&
    v.length === 5 &&
    v.every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

function isLittleEndian(): boolean {
  return new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;
}

function validOut(o: unknown): o is DvcOut {
  if (typeof o !== 'object' || o === null) return false;
  const x = o as Record<string, unknown>;
  return (
    Object.keys(x).length === 5 &&
    typeof x.path === 'string' &&
    typeof x.md5 === 'string' &&
    (x.hashName === null || typeof x.hashName === 'string') &&
    (x.size === null || isCount(x.size)) &&
    (x.nfiles === null || isCount(x.nfiles))
  );
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}
