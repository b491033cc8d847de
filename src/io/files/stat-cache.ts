import { createHash } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { DvcOut } from '../../core/fingerprint/dvc.js';
import { compareUtf8, PART_ENCODING, type FileRecord } from '../../core/fingerprint/encoding.js';
import type { PartHash } from '../../core/fingerprint/types.js';

/**
 * Remembers each file's record by its stat data (size, mtime, ctime, inode,
 * device) so unchanged files are not read again. It may only ever save work,
 * never change an answer:
 * - An entry is trusted only when the file's mtime and ctime are older than
 *   the moment the run that wrote it started looking at files, minus a margin
 *   ("racy git"): a file changed within the same clock tick as it was looked
 *   at keeps the same stat data, so such entries are hashed again next time.
 * - A file not in exactly this format (other version, other encoding,
 *   truncated, extended) is ignored and rewritten; an entry of the wrong
 *   shape is a miss.
 * - It is written to a temporary file renamed into place: a reader sees the
 *   old cache or the new one, never half of one.
 * Times are the milliseconds Node reports (doubles: sub-microsecond steps,
 * which only matter inside the racy margin anyway).
 *
 * Git's index vouches too (see vouch.ts): an entry may also carry the blob id
 * git's index held for the file when git vouched that the work tree matched
 * it and the file was settled (older than the margin). Such an entry is
 * served without even an lstat while git vouches for the file again, with
 * the same blob, under the very same index file, unchanged since the run
 * that wrote the entry (its stat data is saved here). The same index means
 * the same per-file stat data git compared the work tree with, so the file
 * is the one that was read; a rewritten index (a `git add`, a commit, a
 * refresh by `git status`) turns every such entry back into an ordinary one
 * until a run under the new index vouches again. The blob id alone would not
 * do: with line-ending conversion (core.autocrlf, `text` attributes), `git
 * add` of a CRLF copy of an LF file keeps the blob and changes the bytes.
 *
 * The layout is binary and columnar because a warm run reads the whole file
 * every time: a little-endian uint32 length, a JSON header (format, version,
 * counts, the index's stat data, DVC records), then fixed-size columns read
 * with one native call each: the stat numbers (float64), the SHA-256 digests
 * (32 bytes), the blob ids (20 or 32 bytes, zeros for none), and the paths
 * as UTF-8 joined by NUL. Parsing JSON text of the same data, and checking
 * hex digits in it, cost several times more.
 */

const FORMAT = 'lepton-stat-cache';
const VERSION = 4;
/** Coarser than any common file system's timestamps (FAT: 2 s) and than modest clock skew. */
export const RACY_MARGIN_MS = 2000;
/** Blob ids: SHA-1 or SHA-256 object names, in bytes. */
const BLOB_BYTES = new Set([20, 32]);
/** Numbers per entry in `stat`: size, mtimeMs, ctimeMs, ino, dev, record size (-1: a DVC record). */
const W = 6;
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

/** More files to stat than this, and remembering the parts whole is not worth it. */
const MEMO_OTHERS_MAX = 1000;

/** What a cache file holds; the columns are decoded only when an entry is first asked for. */
interface Saved {
  readonly count: number;
  readonly dvc: Readonly<Record<string, unknown>>;
  readonly blobWidth: number;
  /** The index file's stat data when the entries' blob ids were vouched, or null. */
  readonly index: StatKey | null;
  readonly memo: PartsMemo | null;
  readonly columns: () => Columns;
}

interface Columns {
  readonly paths: readonly string[];
  readonly stat: Float64Array;
  /** The digests as lowercase hex, 64 digits each. */
  readonly digests: string;
  /** The blob ids as lowercase hex, `blobWidth` digits each, zeros where an entry has none. */
  readonly blobs: string;
}

/** One entry of this run, as it will be saved. */
interface Entry {
  readonly path: string;
  /** An old entry's index, or null for a record made in this run. */
  readonly old: number | null;
  key: StatKey | null;
  record: FileRecord | null;
  blob: string | null;
}

const EMPTY: Saved = {
  count: 0,
  dvc: {},
  blobWidth: 40,
  index: null,
  memo: null,
  columns: () => ({ paths: [], stat: new Float64Array(0), digests: '', blobs: '' }),
};

export class StatCache {
  /** Where the next lookup is expected in the old entries (saved in path order). */
  private cursor = 0;
  /** This run's entries in lookup order. */
  private readonly entries: Entry[] = [];
  /** The old entries, decoded when first asked for. */
  private cols: Columns | undefined;
  private readonly noBlob: string;
  /** The parts' hashes to keep for the next run, if every selected file was vouched for. */
  private memo: PartsMemo | null = null;
  /** Entries of this run's misses, to be filled by remember. */
  private readonly missed = new Map<string, Entry>();
  private changed = false;
  /** The index file's stat data in this run when git read that one file throughout and it is settled. */
  private index: StatKey | null = null;
  private indexTrusted = false;
  /** This run's hits and misses (the tests and the bench read them). */
  hits = 0;
  misses = 0;
  /** Hits served on git's word, without an lstat. */
  vouched = 0;

  private constructor(
    private readonly file: string | null,
    private readonly old: Saved,
    private readonly trustedBefore: number,
    private readonly startedMs: number,
  ) {
    this.noBlob = '0'.repeat(old.blobWidth);
  }

  /** Reads the cache of the model known as `modelKey` (a stable id of its folder); never throws. */
  static open(dir: string | null, modelKey: string, startedMs: number): StatCache {
    if (dir === null) return new StatCache(null, EMPTY, -Infinity, startedMs);
    const name = createHash('sha256').update(modelKey).digest('hex').slice(0, 16);
    const file = join(dir, `files-${name}.bin`);
    const loaded = readCache(file);
    const cache = new StatCache(
      file,
      loaded?.saved ?? EMPTY,
      loaded ? loaded.startedMs - RACY_MARGIN_MS : -Infinity,
      startedMs,
    );
    // Without a memo the entries will be needed: decode them now, while git is still listing.
    if (loaded && loaded.saved.memo === null) cache.columns();
    return cache;
  }

  /**
   * The stat data of git's index file in this run (null when unknown or when it changed while
   * git was reading it). Entries with blob ids count only if the cache was written under it.
   */
  useIndex(index: StatKey | null): void {
    const saved = this.old.index;
    this.indexTrusted = index !== null && saved !== null && sameKey(index, saved);
    // An index written within the margin could be rewritten unseen in the same clock tick.
    this.index = index && this.settled(index) ? index : null;
    if (this.index === null ? saved !== null : saved === null || !sameKey(this.index, saved)) {
      this.changed = true;
    }
  }

  /**
   * The parts' hashes a run under this same index saved with `key` (call after useIndex); the
   * caller checks the files it names in `others` (memo.ts).
   */
  memoFor(key: string): PartsMemo | null {
    const memo = this.old.memo;
    return this.indexTrusted && memo !== null && memo.key === key ? memo : null;
  }

  /**
   * Keeps `memo` for the next run if every one of this run's entries has a record, and either
   * a blob id or, when `plainFiles` (every file looked at is a regular file, none gone),
   * settled stat data to be checked next time.
   */
  keepMemo(memo: Omit<PartsMemo, 'others'>, plainFiles: boolean): void {
    if (this.index === null || memo.files !== this.entries.length) return;
    const others: MemoFile[] = [];
    for (const e of this.entries) {
      if (e.record === null) return;
      if (e.blob !== null) continue;
      if (!plainFiles || others.length >= MEMO_OTHERS_MAX) return;
      const k = e.key ?? this.keyAt(e.old as number);
      if (!this.settled(k)) return;
      others.push([e.path, k.size, k.mtimeMs, k.ctimeMs, k.ino, k.dev]);
    }
    this.memo = { ...memo, others };
  }

  /**
   * The remembered record of a file git vouches for (unchanged against the index, which holds
   * `blob` for it), without looking at the file: only under the index the entry was saved
   * with, and with the same blob id. Undefined otherwise (then look it up by its stat data).
   */
  lookupVouched(path: string, blob: string): FileRecord | undefined {
    if (!this.indexTrusted) return undefined;
    const i = this.find(path);
    if (i === undefined || !this.hasBlob(i, blob)) return undefined;
    const record = this.recordAt(i);
    if (!record) return undefined;
    this.entries.push({ path, old: i, key: null, record, blob });
    this.hits++;
    this.vouched++;
    return record;
  }

  /**
   * The remembered record of `path` when its stat data is unchanged and old enough to trust.
   * `blob`: the index's blob id when git vouches for the file in this run (kept with a hit on
   * a settled file so the next run may skip the lstat).
   */
  lookup(path: string, k: StatKey, blob?: string): FileRecord | undefined {
    const i = this.find(path);
    const stat = this.columns().stat;
    if (
      i !== undefined &&
      k.mtimeMs < this.trustedBefore &&
      k.ctimeMs < this.trustedBefore &&
      stat[i * W] === k.size &&
      stat[i * W + 1] === k.mtimeMs &&
      stat[i * W + 2] === k.ctimeMs &&
      stat[i * W + 3] === k.ino &&
      stat[i * W + 4] === k.dev
    ) {
      const record = this.recordAt(i);
      if (record) {
        const keep = this.vouchable(k, blob);
        if (keep !== this.blobAt(i)) this.changed = true;
        this.entries.push({ path, old: i, key: null, record, blob: keep });
        this.hits++;
        return record;
      }
    }
    const miss: Entry = { path, old: null, key: null, record: null, blob: null };
    this.entries.push(miss);
    this.missed.set(path, miss);
    this.misses++;
    return undefined;
  }

  /** A record read in this run; `blob` as for lookup. */
  remember(path: string, key: StatKey, record: FileRecord, blob?: string): void {
    const e = this.missed.get(path);
    const entry = { path, old: null, key, record, blob: this.vouchable(key, blob) };
    if (e) Object.assign(e, entry);
    else this.entries.push(entry);
    this.changed = true;
  }

  /**
   * Writes this run's entries, sorted by path, when they differ from what was read; a failure
   * only costs speed.
   */
  save(): void {
    if (this.file === null) return;
    const memoSame = JSON.stringify(this.memo) === JSON.stringify(this.old.memo);
    if (!this.changed && memoSame && this.hits === this.old.count) return;
    const index = this.index;
    const kept = this.entries.filter((e) => e.record !== null);
    if (!isSorted(kept)) kept.sort((a, b) => compareUtf8(a.path, b.path));
    const width = kept.find((e) => e.blob)?.blob?.length ?? 40;
    const noBlob = '0'.repeat(width);
    const paths: string[] = [];
    const stat = new Float64Array(kept.length * W);
    const digests: string[] = [];
    const blobs: string[] = [];
    const dvc: Record<string, DvcOut[]> = {};
    kept.forEach((e, i) => {
      const record = e.record as FileRecord;
      const key = e.key ?? this.keyAt(e.old as number);
      if (record.kind === 'dvc') dvc[i] = [...record.outs];
      digests.push(record.kind === 'file' ? record.sha256 : NO_DIGEST);
      blobs.push(index && e.blob && e.blob.length === width ? e.blob : noBlob);
      paths.push(e.path);
      stat.set(
        [
          key.size,
          key.mtimeMs,
          key.ctimeMs,
          key.ino,
          key.dev,
          record.kind === 'file' ? record.size : -1,
        ],
        i * W,
      );
    });
    const names = Buffer.from(paths.join('\0'));
    const header = Buffer.from(
      JSON.stringify({
        format: FORMAT,
        version: VERSION,
        encoding: PART_ENCODING,
        startedMs: this.startedMs,
        count: kept.length,
        blobBytes: width / 2,
        pathBytes: names.length,
        index: index && [index.size, index.mtimeMs, index.ctimeMs, index.ino, index.dev],
        memo: this.memo,
        dvc,
      }),
    );
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    const body = Buffer.concat([
      length,
      header,
      new Uint8Array(stat.buffer),
      Buffer.from(digests.join(''), 'hex'),
      Buffer.from(blobs.join(''), 'hex'),
      names,
    ]);
    const tmp = `${this.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      writeFileSync(tmp, body);
      renameSync(tmp, this.file);
      // The JSON cache of earlier versions, never read again.
      rmSync(this.file.replace(/\.bin$/, '.json'), { force: true });
    } catch {
      rmSync(tmp, { force: true });
    }
  }

  /** Old enough that a change after this run started would show in its stat data. */
  settled(k: StatKey): boolean {
    const before = this.startedMs - RACY_MARGIN_MS;
    return k.mtimeMs < before && k.ctimeMs < before;
  }

  /** The blob id to keep with an entry: only for a settled file git vouched for under a settled index. */
  private vouchable(k: StatKey, blob: string | undefined): string | null {
    return blob !== undefined && this.index !== null && this.settled(k) ? blob : null;
  }

  /**
   * The old entry of `path`. Files are looked up in path order, the order the entries were
   * saved in, so the entry is nearly always the one after the last; else a binary search
   * finds it (in a file edited out of order, an entry may be missed: that costs only speed).
   */
  private find(path: string): number | undefined {
    const paths = this.columns().paths;
    if (paths[this.cursor] === path) return this.cursor++;
    let lo = 0;
    let hi = paths.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareUtf8(paths[mid] as string, path) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (paths[lo] !== path) return undefined;
    this.cursor = lo + 1;
    return lo;
  }

  private columns(): Columns {
    return (this.cols ??= this.old.columns());
  }

  private keyAt(i: number): StatKey {
    const o = this.columns().stat;
    return {
      size: o[i * W] as number,
      mtimeMs: o[i * W + 1] as number,
      ctimeMs: o[i * W + 2] as number,
      ino: o[i * W + 3] as number,
      dev: o[i * W + 4] as number,
    };
  }

  /** Whether entry i was kept with `blob` (compared in place: no string per file). */
  private hasBlob(i: number, blob: string): boolean {
    const w = this.old.blobWidth;
    return blob.length === w && this.columns().blobs.startsWith(blob, i * w);
  }

  private blobAt(i: number): string | null {
    const w = this.old.blobWidth;
    const blob = this.columns().blobs.slice(i * w, i * w + w);
    return blob === this.noBlob ? null : blob;
  }

  /** Entry i's record, checked for shape; null for anything malformed. */
  private recordAt(i: number): FileRecord | null {
    const { stat, digests } = this.columns();
    const size = stat[i * W + 5];
    if (size === -1) {
      const outs = Object.prototype.hasOwnProperty.call(this.old.dvc, i)
        ? this.old.dvc[i]
        : undefined;
      return Array.isArray(outs) && outs.length > 0 && outs.every(validOut)
        ? { kind: 'dvc', outs }
        : null;
    }
    const hex = digests.slice(i * 64, i * 64 + 64);
    return isCount(size) ? { kind: 'file', size, sha256: hex } : null;
  }
}

function sameKey(a: StatKey, b: StatKey): boolean {
  return (
    a.size === b.size &&
    a.mtimeMs === b.mtimeMs &&
    a.ctimeMs === b.ctimeMs &&
    a.ino === b.ino &&
    a.dev === b.dev
  );
}

function isSorted(entries: readonly Entry[]): boolean {
  for (let i = 1; i < entries.length; i++) {
    if (compareUtf8((entries[i - 1] as Entry).path, (entries[i] as Entry).path) >= 0) return false;
  }
  return true;
}

function readCache(file: string): { saved: Saved; startedMs: number } | null {
  let bytes: Buffer;
  let writtenMs: number;
  try {
    const fd = openSync(file, 'r');
    try {
      writtenMs = fstatSync(fd).mtimeMs;
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  try {
    if (bytes.length < 4) return null;
    const headerEnd = 4 + bytes.readUInt32LE(0);
    if (headerEnd > bytes.length) return null;
    const doc = JSON.parse(bytes.toString('utf8', 4, headerEnd)) as Record<string, unknown>;
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
    const statEnd = headerEnd + count * W * 8;
    const digestsEnd = statEnd + count * DIGEST_BYTES;
    const blobsEnd = digestsEnd + count * blobBytes;
    if (blobsEnd + pathBytes !== bytes.length) return null;
    // Whether the paths column holds exactly `count` names is known only once split: a file
    // that fails that check counts as empty, whenever it is found out.
    const empty = EMPTY.columns();
    let columns: Columns | undefined;
    const decode = (): Columns => {
      if (columns) return columns;
      const names = count === 0 ? [] : bytes.toString('utf8', blobsEnd).split('\0');
      if (names.length !== count) {
        return (columns = empty);
      }
      // Copied out: the column's offset in the file need not suit a float64 view.
      const stat = new Float64Array(count * W);
      new Uint8Array(stat.buffer).set(bytes.subarray(headerEnd, statEnd));
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
      startedMs: Math.min(startedMs, writtenMs),
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
