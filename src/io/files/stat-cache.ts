import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { compareUtf8, type FileRecord } from '../../core/fingerprint/encoding.js';
import {
  EMPTY,
  RACY_MARGIN_MS,
  W,
  keyAt,
  KIND,
  MAX_BYTES,
  decodeCacheFile,
  encodeCacheFile,
  recordAt,
  sameKey,
  type CacheContents,
  type Columns,
  type MemoFile,
  type PartsMemo,
  type Saved,
  type StatKey,
} from './stat-cache-file.js';
import { readSealedFile, writeSealedFileSync } from './sealed-file.js';

export { RACY_MARGIN_MS, type MemoFile, type PartsMemo, type StatKey } from './stat-cache-file.js';

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
 * A record is of the committed content (the blob) for a tracked file git may
 * have converted at checkout, else of the bytes in the work tree
 * (committed.ts): it is remembered only once it is final (hash.ts), and the
 * file format's version changed with that meaning (stat-cache-file.ts), so
 * an entry of the old meaning (converted bytes) is never served.
 *
 * The file's layout and its checks: stat-cache-file.ts.
 */

/** More files to stat than this, and remembering the parts whole is not worth it. */
const MEMO_OTHERS_MAX = 1000;

/** One entry of this run, as it will be saved. */
interface Entry {
  readonly path: string;
  /** An old entry's index, or null for a record made in this run. */
  readonly old: number | null;
  key: StatKey | null;
  record: FileRecord | null;
  blob: string | null;
}

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
    const loaded = decodeCacheFile(readSealedFile(file, KIND, MAX_BYTES));
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

  /** Nothing was remembered (no cache file, or an empty one): every file must be read. */
  get cold(): boolean {
    return this.old.count === 0 && this.old.memo === null;
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
   * The cache was written under the very index file of this run (call after useIndex): every
   * entry's record was then made or checked while git's index said what it says now.
   */
  get underSameIndex(): boolean {
    return this.indexTrusted;
  }

  /**
   * Replaces the record of this run's entry for `path` (a record served by lookup that turned
   * out to be of the other meaning: committed.ts). Rare: a linear search.
   */
  amend(path: string, record: FileRecord): void {
    const e = this.entries.find((x) => x.path === path);
    if (!e || JSON.stringify(e.record) === JSON.stringify(record)) return;
    const i = this.entries.indexOf(e);
    this.entries[i] = { ...e, record };
    this.changed = true;
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
    // No old entries (a cold run): nothing to find.
    const i = this.old.count === 0 ? undefined : this.find(path);
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
    const keep = this.vouchable(key, blob);
    const e = this.missed.get(path);
    if (e) {
      e.key = key;
      e.record = record;
      e.blob = keep;
    } else this.entries.push({ path, old: null, key, record, blob: keep });
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
    const kept = this.entries.filter((e) => e.record !== null);
    if (!isSorted(kept)) kept.sort((a, b) => compareUtf8(a.path, b.path));
    writeCacheFile(this.file, {
      startedMs: this.startedMs,
      index: this.index,
      memo: this.memo,
      entries: kept.map((e) => ({
        path: e.path,
        key: e.key ?? this.keyAt(e.old as number),
        record: e.record as FileRecord,
        blob: e.blob,
      })),
    });
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
    return keyAt(this.columns(), i);
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
    return recordAt(this.old, this.columns(), i);
  }
}

function isSorted(entries: readonly Entry[]): boolean {
  for (let i = 1; i < entries.length; i++) {
    if (compareUtf8((entries[i - 1] as Entry).path, (entries[i] as Entry).path) >= 0) return false;
  }
  return true;
}

/**
 * Writes the cache atomically (sealed-file.ts, io/atomic-write.ts); a failure only costs speed.
 * Never throws.
 */
function writeCacheFile(file: string, contents: CacheContents): void {
  if (!writeSealedFileSync(file, KIND, encodeCacheFile(contents), MAX_BYTES)) return;
  // The JSON cache of earlier versions, never read again.
  try {
    rmSync(file.replace(/\.bin$/, '.json'), { force: true });
  } catch {
    // Only a stale file left: it is never read.
  }
}
