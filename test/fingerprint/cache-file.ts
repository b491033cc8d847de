import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sealedChunks } from '../../src/io/files/sealed-file.js';

/**
 * The stat cache file as the tests see it (layout: src/io/files/stat-cache-file.ts): a sealed
 * file (src/io/files/sealed-file.ts) whose first section is a JSON header and whose second
 * holds columns of `count` entries each.
 */
export interface CacheFile {
  header: Record<string, unknown> & { count: number; blobBytes: number };
  /** Six float64 per entry: size, mtimeMs, ctimeMs, ino, dev, record size (-1: DVC). */
  stat: Float64Array;
  /** 32 bytes per entry. */
  digests: Buffer;
  /** blobBytes per entry, zeros for none. */
  blobs: Buffer;
  paths: string[];
}

/** The one cache file under `<work tree>/.git/lepton`. */
export function cachePath(workTree: string): string {
  const dir = join(workTree, '.git/lepton');
  const names = readdirSync(dir).filter((n) => n.endsWith('.bin'));
  if (names.length !== 1)
    throw new Error(`expected one cache file in ${dir}, found ${names.length}`);
  return join(dir, names[0] as string);
}

/** The sealed file's first line and the sections' offsets. */
export function sections(bytes: Buffer): {
  lineEnd: number;
  header: [number, number];
  columns: [number, number];
} {
  const lineEnd = bytes.indexOf(0x0a);
  const [h, c] = bytes
    .toString('latin1', 0, lineEnd)
    .split(' ')
    .slice(2, 4)
    .map((f) => Number(f.split(':')[0])) as [number, number];
  const start = lineEnd + 1;
  return { lineEnd, header: [start, start + h], columns: [start + h, start + h + c] };
}

export function readCacheFile(file: string): CacheFile {
  const bytes = readFileSync(file);
  const { header: at0, columns } = sections(bytes);
  const header = JSON.parse(bytes.toString('utf8', ...at0)) as CacheFile['header'];
  const n = header.count;
  let at = columns[0];
  const take = (len: number) => Buffer.from(bytes.subarray(at, (at += len)));
  const statBytes = take(n * 6 * 8);
  const stat = new Float64Array(
    statBytes.buffer.slice(statBytes.byteOffset, statBytes.byteOffset + statBytes.length),
  );
  const digests = take(n * 32);
  const blobs = take(n * header.blobBytes);
  const paths = n === 0 ? [] : bytes.toString('utf8', at, columns[1]).split('\0');
  return { header, stat, digests, blobs, paths };
}

/** A sealed stat cache file of these sections, checksums right (whatever they hold). */
export function sealStatCache(header: Uint8Array, columns: readonly Uint8Array[]): Buffer {
  return Buffer.concat(sealedChunks('stat-cache', [[header], columns]));
}

/** The file for `c`; the header's pathBytes is set to match unless `keepLength`. */
export function encodeCacheFile(c: CacheFile, keepLength = false): Buffer {
  const names = Buffer.from(c.paths.join('\0'));
  const header = Buffer.from(
    JSON.stringify(keepLength ? c.header : { ...c.header, pathBytes: names.length }),
  );
  return sealStatCache(header, [
    new Uint8Array(c.stat.buffer, c.stat.byteOffset, c.stat.byteLength),
    c.digests,
    c.blobs,
    names,
  ]);
}

export function writeCacheFile(file: string, c: CacheFile): void {
  writeFileSync(file, encodeCacheFile(c));
}

/** The same cache without its parts memo (so that entries are looked up one by one). */
export function withoutMemo(c: CacheFile): CacheFile {
  return { ...c, header: { ...c.header, memo: null } };
}

/** The blob id kept for `path`, or null. */
export function blobOf(c: CacheFile, path: string): string | null {
  const i = c.paths.indexOf(path);
  if (i < 0) throw new Error(`${path} is not in the cache`);
  const hex = c.blobs.toString('hex', i * c.header.blobBytes, (i + 1) * c.header.blobBytes);
  return /^0+$/.test(hex) ? null : hex;
}
