import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import * as zlib from 'node:zlib';
import { writeFileAtomic, writeFileAtomicSync } from '../atomic-write.js';

/**
 * The envelope of every cache Lepton keeps under `<git dir>/lepton` (the stat
 * cache, the tag cache): a cache may only ever save work, so whatever is on
 * disk there is read as untrusted bytes and anything that does not check out
 * is the same as no cache.
 *
 * Layout: one text line, then the sections' bytes back to back:
 *
 *     lepton-cache/1 KIND LEN:CRC LEN:CRC … LINECRC\n
 *
 * KIND names the cache (a file of one kind is never read as another), each
 * LEN:CRC gives a section's length in bytes and its CRC-32 (8 hex digits),
 * and LINECRC is the CRC-32 of the line before it. The lengths must add up to
 * the file's size exactly. A section is checked only when first asked for, so
 * a reader that needs only a small first section (the stat cache's header,
 * whose remembered part hashes often answer alone) does not pay for checking
 * megabytes it will not use.
 *
 * CRC-32 catches every burst of up to 32 flipped bits and misses other
 * random damage with odds of 1 in 2^32: it guards against accidents (a torn
 * write, a bad disk, an editor, another program), not a forger, who could
 * rewrite any checksum kept beside the data.
 *
 * Reading is safe on anything found at the path: the file is opened without
 * following a symlink and without blocking (a FIFO), must be a regular file no
 * larger than the caller's bound, and is read to exactly the size fstat gave.
 * Writing goes through io/atomic-write.ts.
 */

const MAGIC = 'lepton-cache/1';
/** The first line's length limit: a few sections' figures, never more. */
const LINE_MAX = 1024;
const KIND = /^[a-z][a-z0-9-]{0,31}$/;

/** Opened without following a final symlink, and without waiting for a FIFO's writer. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** A cache file whose envelope checked out; its sections are checked when first read. */
export interface SealedFile {
  /** How many sections it holds. */
  readonly count: number;
  /** The file's modification time (ms since the epoch), from the descriptor that was read. */
  readonly mtimeMs: number;
  /** Section i's length in bytes (-1: no such section), known without checking it. */
  length(i: number): number;
  /** Section i's bytes when its checksum holds; null when it does not (or there is no section i). */
  section(i: number): Buffer | null;
}

/** CRC-32 (IEEE, as zlib and gzip compute it), continuing from `value`. */
export function crc32(bytes: Uint8Array, value = 0): number {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(bytes, value);
  return crc32Table(bytes, value);
}

let TABLE: Uint32Array | undefined;

/** The same CRC-32 where this Node's zlib lacks it (before 20.15): slower, the same value. */
function crc32Table(bytes: Uint8Array, value: number): number {
  const table = (TABLE ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  }));
  let c = ~value >>> 0;
  for (let i = 0; i < bytes.length; i++) {
    c = (table[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  }
  return ~c >>> 0;
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/**
 * The bytes of a regular file at `file`, read safely (see above), or null when there is none
 * to be had: missing, not a regular file (FIFO, device, symlink, directory), larger than
 * `maxBytes`, changing while read, or unreadable for any reason (ENOTDIR when a folder on the
 * way is a file, EACCES…). Never throws, never blocks on anything but the disk.
 */
export function readRegularFile(
  file: string,
  maxBytes: number,
): { bytes: Buffer; mtimeMs: number } | null {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch {
    return null;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > maxBytes) return null;
    const bytes = Buffer.allocUnsafe(st.size);
    let at = 0;
    while (at < bytes.length) {
      const n = readSync(fd, bytes, at, bytes.length - at, at);
      if (n === 0) return null; // shrank while read
      at += n;
    }
    // Grown while read: another writer is at work on it (io/atomic-write.ts never does that).
    if (readSync(fd, Buffer.alloc(1), 0, 1, at) !== 0) return null;
    return { bytes, mtimeMs: st.mtimeMs };
  } catch {
    return null;
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Nothing to release.
    }
  }
}

/**
 * The cache of kind `kind` at `file`, when its envelope checks out (magic, kind, the first
 * line's checksum, the sections' lengths adding up to the file's size); null for anything
 * else. Never throws.
 */
export function readSealedFile(file: string, kind: string, maxBytes: number): SealedFile | null {
  const read = readRegularFile(file, maxBytes);
  if (read === null) return null;
  const { bytes, mtimeMs } = read;
  const lineEnd = bytes.subarray(0, LINE_MAX).indexOf(0x0a);
  if (lineEnd < 0) return null;
  const line = bytes.toString('latin1', 0, lineEnd);
  const lastSpace = line.lastIndexOf(' ');
  if (lastSpace < 0 || line.slice(lastSpace + 1) !== hex8(crc32(bytes.subarray(0, lastSpace)))) {
    return null;
  }
  const [magic, name, ...figures] = line.slice(0, lastSpace).split(' ');
  if (magic !== MAGIC || name !== kind) return null;
  const sections: { start: number; end: number; crc: string }[] = [];
  let at = lineEnd + 1;
  for (const figure of figures) {
    const m = /^(0|[1-9][0-9]{0,15}):([0-9a-f]{8})$/.exec(figure);
    if (!m) return null;
    const len = Number(m[1]);
    sections.push({ start: at, end: at + len, crc: m[2] as string });
    at += len;
  }
  if (at !== bytes.length) return null;
  const checked = new Map<number, Buffer | null>();
  return {
    count: sections.length,
    mtimeMs,
    length: (i) => {
      const s = sections[i];
      return s ? s.end - s.start : -1;
    },
    section(i) {
      const known = checked.get(i);
      if (known !== undefined) return known;
      const s = sections[i];
      const body = s ? bytes.subarray(s.start, s.end) : null;
      const ok = s && body && hex8(crc32(body)) === s.crc ? body : null;
      checked.set(i, ok);
      return ok;
    },
  };
}

/**
 * The file's bytes for `sections` (each given as chunks, concatenated), envelope first.
 * Throws on a kind that is no lowercase token (a programming error).
 */
export function sealedChunks(
  kind: string,
  sections: readonly (readonly Uint8Array[])[],
): Uint8Array[] {
  if (!KIND.test(kind)) throw new Error(`bad cache kind: ${kind}`);
  const figures = sections.map((chunks) => {
    let crc = 0;
    let len = 0;
    for (const c of chunks) {
      crc = crc32(c, crc);
      len += c.byteLength;
    }
    return `${len}:${hex8(crc)}`;
  });
  const head = Buffer.from([MAGIC, kind, ...figures].join(' '), 'latin1');
  const line = Buffer.from(` ${hex8(crc32(head))}\n`, 'latin1');
  return [head, line, ...sections.flat()];
}

const total = (chunks: readonly Uint8Array[]) => chunks.reduce((n, c) => n + c.byteLength, 0);

/**
 * Writes a cache atomically (io/atomic-write.ts). Returns false, and writes nothing, when the cache
 * would exceed `maxBytes` (a reader would ignore it) or the file system refuses (a read-only
 * git directory, `<git dir>/lepton` being a file…): a cache not written only costs speed.
 * Never throws.
 */
export function writeSealedFileSync(
  file: string,
  kind: string,
  sections: readonly (readonly Uint8Array[])[],
  maxBytes: number,
): boolean {
  const chunks = sealedChunks(kind, sections);
  if (total(chunks) > maxBytes) return false;
  try {
    // No fsync: the stat cache's write would wait on the disk for nothing a reader needs (a
    // file torn by a crash fails its CRC and is ignored, costing speed only).
    writeFileAtomicSync(file, chunks, { fsync: false });
    return true;
  } catch {
    return false;
  }
}

/** As writeSealedFileSync, without blocking the event loop. Never rejects. */
export async function writeSealedFile(
  file: string,
  kind: string,
  sections: readonly (readonly Uint8Array[])[],
  maxBytes: number,
): Promise<boolean> {
  const chunks = sealedChunks(kind, sections);
  if (total(chunks) > maxBytes) return false;
  try {
    await writeFileAtomic(file, chunks);
    return true;
  } catch {
    return false;
  }
}
