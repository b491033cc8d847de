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
 *
 * The layout is columnar because a warm run reads the whole file every
 * time: three long strings (the paths joined by NUL, the stat numbers as
 * little-endian float64 in base64, the digests back to back) parse several
 * times faster than one small object per file.
 */

const FORMAT = 'lepton-stat-cache';
const VERSION = 3;
/** Coarser than any common file system's timestamps (FAT: 2 s) and than modest clock skew. */
const RACY_MARGIN_MS = 2000;
/** Every digest is 64 lowercase hex digits, or dashes for a DVC record: checked once per read. */
const DIGESTS = /^[0-9a-f-]*$/;
/** Numbers per entry in `stat`: size, mtimeMs, ctimeMs, ino, dev, record size (-1: a DVC record). */
const W = 6;
const NO_DIGEST = '-'.repeat(64);

export interface StatKey {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
  readonly dev: number;
}

interface Columns {
  readonly paths: readonly string[];
  readonly stat: Float64Array;
  readonly digests: string;
  readonly dvc: Readonly<Record<string, unknown>>;
}

export class StatCache {
  /** Built only when a lookup comes out of the saved order (see find). */
  private index: Map<string, number> | null = null;
  /** Where the next lookup is expected in the old entries. */
  private cursor = 0;
  /** This run's entries in lookup order: an old entry's index (a hit) or a path (a miss). */
  private readonly order: (number | string)[] = [];
  private readonly fresh = new Map<string, { key: StatKey; record: FileRecord }>();
  private changed = false;
  /** This run's hits and misses (the tests and the bench read them). */
  hits = 0;
  misses = 0;

  private constructor(
    private readonly file: string | null,
    private readonly old: Columns,
    private readonly trustedBefore: number,
    private readonly startedMs: number,
  ) {}

  /** Reads the cache of the model known as `modelKey` (a stable id of its folder); never throws. */
  static open(dir: string | null, modelKey: string, startedMs: number): StatCache {
    const empty: Columns = { paths: [], stat: new Float64Array(0), digests: '', dvc: {} };
    if (dir === null) return new StatCache(null, empty, -Infinity, startedMs);
    const name = createHash('sha256').update(modelKey).digest('hex').slice(0, 16);
    const file = join(dir, `files-${name}.json`);
    const loaded = readCache(file);
    return new StatCache(
      file,
      loaded?.columns ?? empty,
      loaded ? loaded.startedMs - RACY_MARGIN_MS : -Infinity,
      startedMs,
    );
  }

  /** The remembered record of `path` when its stat data is unchanged and old enough to trust. */
  lookup(path: string, k: StatKey): FileRecord | undefined {
    const i = this.find(path);
    if (
      i !== undefined &&
      k.mtimeMs < this.trustedBefore &&
      k.ctimeMs < this.trustedBefore &&
      this.old.stat[i * W] === k.size &&
      this.old.stat[i * W + 1] === k.mtimeMs &&
      this.old.stat[i * W + 2] === k.ctimeMs &&
      this.old.stat[i * W + 3] === k.ino &&
      this.old.stat[i * W + 4] === k.dev
    ) {
      const record = this.recordAt(i);
      if (record) {
        this.order.push(i);
        this.hits++;
        return record;
      }
    }
    this.order.push(path);
    this.misses++;
    return undefined;
  }

  remember(path: string, key: StatKey, record: FileRecord): void {
    this.fresh.set(path, { key, record });
    this.changed = true;
  }

  /**
   * The old entry of `path`. Files are looked up in the order the last run saved them (sorted),
   * so the entry is nearly always the one after the last: no map of every path is built then.
   */
  private find(path: string): number | undefined {
    const paths = this.old.paths;
    if (paths[this.cursor] === path) return this.cursor++;
    this.index ??= new Map(paths.map((p, i) => [p, i]));
    const i = this.index.get(path);
    if (i !== undefined) this.cursor = i + 1;
    return i;
  }

  /**
   * Writes this run's entries (hits as read, then what was hashed, in lookup order) when they
   * differ from what was read; a failure only costs speed.
   */
  save(): void {
    if (this.file === null || (!this.changed && this.hits === this.old.paths.length)) return;
    const paths: string[] = [];
    const stat: number[] = [];
    const digests: string[] = [];
    const dvc: Record<string, DvcOut[]> = {};
    const add = (path: string, key: StatKey, record: FileRecord) => {
      const size = record.kind === 'file' ? record.size : -1;
      if (record.kind === 'dvc') dvc[paths.length] = [...record.outs];
      digests.push(record.kind === 'file' ? record.sha256 : NO_DIGEST);
      paths.push(path);
      stat.push(key.size, key.mtimeMs, key.ctimeMs, key.ino, key.dev, size);
    };
    const unplaced = new Map(this.fresh);
    for (const e of this.order) {
      if (typeof e === 'number') {
        const o = this.old.stat;
        const key = {
          size: o[e * W],
          mtimeMs: o[e * W + 1],
          ctimeMs: o[e * W + 2],
          ino: o[e * W + 3],
          dev: o[e * W + 4],
        } as StatKey;
        add(this.old.paths[e] as string, key, this.recordAt(e) as FileRecord);
      } else {
        const f = unplaced.get(e);
        if (f) add(e, f.key, f.record);
        unplaced.delete(e);
      }
    }
    for (const [path, { key, record }] of unplaced) add(path, key, record);
    const body = JSON.stringify({
      format: FORMAT,
      version: VERSION,
      encoding: PART_ENCODING,
      startedMs: this.startedMs,
      count: paths.length,
      paths: paths.join('\0'),
      stat: Buffer.from(new Float64Array(stat).buffer).toString('base64'),
      digests: digests.join(''),
      dvc,
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

  /** Entry i's record, checked for shape; null for anything malformed. */
  private recordAt(i: number): FileRecord | null {
    const size = this.old.stat[i * W + 5];
    if (size === -1) {
      const outs = Object.prototype.hasOwnProperty.call(this.old.dvc, i)
        ? this.old.dvc[i]
        : undefined;
      return Array.isArray(outs) && outs.length > 0 && outs.every(validOut)
        ? { kind: 'dvc', outs }
        : null;
    }
    const hex = this.old.digests.slice(i * 64, i * 64 + 64);
    return isCount(size) && !hex.includes('-') ? { kind: 'file', size, sha256: hex } : null;
  }
}

function readCache(file: string): { columns: Columns; startedMs: number } | null {
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
    const { count, paths, stat, digests, dvc, startedMs } = doc;
    if (
      doc.format !== FORMAT ||
      doc.version !== VERSION ||
      doc.encoding !== PART_ENCODING ||
      typeof startedMs !== 'number' ||
      !Number.isFinite(startedMs) ||
      !isCount(count) ||
      typeof paths !== 'string' ||
      typeof stat !== 'string' ||
      typeof digests !== 'string' ||
      typeof dvc !== 'object' ||
      dvc === null ||
      digests.length !== count * 64 ||
      !DIGESTS.test(digests)
    ) {
      return null;
    }
    const names = count === 0 ? [] : paths.split('\0');
    const bytes = Buffer.from(stat, 'base64');
    if (names.length !== count || bytes.length !== count * W * 8) return null;
    // Copied out: a Buffer's offset in its pool need not suit a float64 view.
    const numbers = new Float64Array(count * W);
    new Uint8Array(numbers.buffer).set(bytes);
    if (!isLittleEndian()) return null;
    return {
      columns: { paths: names, stat: numbers, digests, dvc: dvc as Record<string, unknown> },
      // Never trust a start later than the file was written (a clock that jumped).
      startedMs: Math.min(startedMs, writtenMs),
    };
  } catch {
    return null;
  }
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
