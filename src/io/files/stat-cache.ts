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
import { PART_ENCODING, type FileRecord } from '../../core/fingerprint/encoding.js';

/**
 * Remembers each file's record by its stat data (size, mtime, ctime, inode,
 * device) so unchanged files are not read again. It may only ever save work,
 * never change an answer:
 * - An entry is trusted only when the file's mtime and ctime are older than
 *   the moment the run that wrote it started looking at files, minus a margin
 *   ("racy git"): a file changed within the same clock tick as it was looked
 *   at keeps the same stat data, so such entries are hashed again next time.
 * - A file not in exactly this format (other version, other encoding,
 *   truncated, edited) is ignored and rewritten; an entry of the wrong shape
 *   is a miss.
 * - It is written to a temporary file renamed into place: a reader sees the
 *   old cache or the new one, never half of one.
 * Times are the milliseconds Node reports (doubles: sub-microsecond steps,
 * which only matter inside the racy margin anyway).
 */

const FORMAT = 'lepton-stat-cache';
const VERSION = 1;
/** Coarser than any common file system's timestamps (FAT: 2 s) and than modest clock skew. */
const RACY_MARGIN_MS = 2000;
const HEX64 = /^[0-9a-f]{64}$/;

export interface StatKey {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
  readonly dev: number;
}

/** [size, mtimeMs, ctimeMs, ino, dev, record]; a file record is [size, hex]. */
type Entry = [number, number, number, number, number, [number, string] | { outs: DvcOut[] }];

export class StatCache {
  private readonly next = new Map<string, Entry>();
  private changed = false;
  /** This run's hits and misses (the tests and the bench read them). */
  hits = 0;
  misses = 0;

  private constructor(
    private readonly file: string | null,
    private readonly old: ReadonlyMap<string, unknown>,
    private readonly trustedBefore: number,
    private readonly startedMs: number,
  ) {}

  /** Reads the cache of the model known as `modelKey` (a stable id of its folder); never throws. */
  static open(dir: string | null, modelKey: string, startedMs: number): StatCache {
    if (dir === null) return new StatCache(null, new Map(), -Infinity, startedMs);
    const name = createHash('sha256').update(modelKey).digest('hex').slice(0, 16);
    const file = join(dir, `files-${name}.json`);
    const loaded = readCache(file);
    return new StatCache(
      file,
      new Map(loaded ? Object.entries(loaded.entries) : []),
      loaded ? loaded.startedMs - RACY_MARGIN_MS : -Infinity,
      startedMs,
    );
  }

  /** The remembered record of `path` when its stat data is unchanged and old enough to trust. */
  lookup(path: string, k: StatKey): FileRecord | undefined {
    const e = this.old.get(path);
    if (
      Array.isArray(e) &&
      e.length === 6 &&
      e[0] === k.size &&
      e[1] === k.mtimeMs &&
      e[2] === k.ctimeMs &&
      e[3] === k.ino &&
      e[4] === k.dev &&
      k.mtimeMs < this.trustedBefore &&
      k.ctimeMs < this.trustedBefore
    ) {
      const record = toRecord(e[5]);
      if (record) {
        this.next.set(path, e as Entry);
        this.hits++;
        return record;
      }
    }
    this.misses++;
    return undefined;
  }

  remember(path: string, k: StatKey, record: FileRecord): void {
    const r: Entry[5] =
      record.kind === 'file' ? [record.size, record.sha256] : { outs: [...record.outs] };
    this.next.set(path, [k.size, k.mtimeMs, k.ctimeMs, k.ino, k.dev, r]);
    this.changed = true;
  }

  /** Writes this run's entries when they differ from what was read; a failure only costs speed. */
  save(): void {
    if (this.file === null || (!this.changed && this.next.size === this.old.size)) return;
    const body = JSON.stringify({
      format: FORMAT,
      version: VERSION,
      encoding: PART_ENCODING,
      startedMs: this.startedMs,
      entries: Object.fromEntries(this.next),
    });
    const tmp = `${this.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      writeFileSync(tmp, body);
      renameSync(tmp, this.file);
    } catch {
      rmSync(tmp, { force: true });
    }
  }
}

function readCache(file: string): { entries: Record<string, unknown>; startedMs: number } | null {
  let text: string;
  let writtenMs: number;
  try {
    const fd = openSync(file, 'r');
    try {
      writtenMs = fstatSync(fd).mtimeMs;
      text = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  try {
    const doc = JSON.parse(text) as Record<string, unknown>;
    if (
      doc.format !== FORMAT ||
      doc.version !== VERSION ||
      doc.encoding !== PART_ENCODING ||
      typeof doc.startedMs !== 'number' ||
      !Number.isFinite(doc.startedMs) ||
      typeof doc.entries !== 'object' ||
      doc.entries === null ||
      Array.isArray(doc.entries)
    ) {
      return null;
    }
    // Never trust a start later than the file was written (a clock that jumped).
    return {
      entries: doc.entries as Record<string, unknown>,
      startedMs: Math.min(doc.startedMs, writtenMs),
    };
  } catch {
    return null;
  }
}

/** An entry's record, checked for shape; null for anything else. */
function toRecord(r: unknown): FileRecord | null {
  if (Array.isArray(r)) {
    const [size, hex] = r as unknown[];
    return r.length === 2 && isCount(size) && typeof hex === 'string' && HEX64.test(hex)
      ? { kind: 'file', size, sha256: hex }
      : null;
  }
  if (typeof r === 'object' && r !== null) {
    const outs = (r as { outs?: unknown }).outs;
    return Object.keys(r).length === 1 &&
      Array.isArray(outs) &&
      outs.length > 0 &&
      outs.every(validOut)
      ? { kind: 'dvc', outs }
      : null;
  }
  return null;
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
