import { describe, expect, it } from '@jest/globals';
import {
  decodeCacheFile,
  encodeCacheFile,
  keyAt,
  recordAt,
  type CacheContents,
  type SavedEntry,
} from '../../src/io/files/stat-cache-file.js';
import type { SealedFile } from '../../src/io/files/sealed-file.js';

// The stat cache's format as a pure codec: encoded sections decode to the same entries, with no
// file in between (reading and writing the file: stat-cache.ts, sealed-file.ts).

/** The sections as readSealedFile would hand them over once their checksums held. */
function sealed(sections: Uint8Array[][], mtimeMs = Number.MAX_SAFE_INTEGER): SealedFile {
  const bytes = sections.map((chunks) => Buffer.concat(chunks));
  return {
    count: bytes.length,
    mtimeMs,
    length: (i) => bytes[i]?.length ?? -1,
    section: (i) => bytes[i] ?? null,
  };
}

const key = (n: number) => ({
  size: n,
  mtimeMs: 1.7e12 + n / 8,
  ctimeMs: 1.7e12 + n,
  ino: n * 7,
  dev: 2049,
});
const file = (path: string, n: number, blob: string | null = null): SavedEntry => ({
  path,
  key: key(n),
  record: { kind: 'file', size: n * 10, sha256: n.toString(16).padStart(64, '0') },
  blob,
});
const dvcEntry: SavedEntry = {
  path: 'data/train.dvc',
  key: key(9),
  record: {
    kind: 'dvc',
    outs: [{ path: 'train.csv', hashName: 'md5', md5: 'a'.repeat(32), size: 12, nfiles: null }],
  },
  blob: null,
};

function roundTrip(contents: CacheContents) {
  const decoded = decodeCacheFile(sealed(encodeCacheFile(contents)));
  if (!decoded) return null;
  const cols = decoded.saved.columns();
  return {
    startedMs: decoded.startedMs,
    index: decoded.saved.index,
    memo: decoded.saved.memo,
    entries: cols.paths.map((path, i) => ({
      path,
      key: keyAt(cols, i),
      record: recordAt(decoded.saved, cols, i),
      blob: /^0+$/.test(
        cols.blobs.slice(i * decoded.saved.blobWidth, (i + 1) * decoded.saved.blobWidth),
      )
        ? null
        : cols.blobs.slice(i * decoded.saved.blobWidth, (i + 1) * decoded.saved.blobWidth),
    })),
  };
}

describe('the stat cache codec', () => {
  it.each<[string, CacheContents]>([
    ['no entries', { startedMs: 5, index: null, memo: null, entries: [] }],
    [
      'files without blob ids',
      { startedMs: 5, index: null, memo: null, entries: [file('a', 1), file('b/c', 2)] },
    ],
    [
      'SHA-1 blob ids under an index',
      {
        startedMs: 5,
        index: key(3),
        memo: null,
        entries: [file('a', 1, 'f'.repeat(40)), file('é/ü', 2, '1'.repeat(40))],
      },
    ],
    [
      'SHA-256 blob ids',
      { startedMs: 5, index: key(3), memo: null, entries: [file('x', 4, 'c'.repeat(64))] },
    ],
    [
      'a DVC record beside files',
      { startedMs: 5, index: null, memo: null, entries: [file('a', 1), dvcEntry] },
    ],
    [
      'a parts memo',
      {
        startedMs: 5,
        index: key(3),
        memo: { key: 'k', files: 1, components: [], data: [], others: [['a', 1, 2, 3, 4, 5]] },
        entries: [file('a', 1, 'e'.repeat(40))],
      },
    ],
  ])('%s: decodes to what was encoded', (_, contents) => {
    expect(roundTrip(contents)).toEqual(contents);
  });

  it('never trusts a start later than the file was written', () => {
    const sections = encodeCacheFile({ startedMs: 5000, index: null, memo: null, entries: [] });
    expect(decodeCacheFile(sealed(sections, 1234))?.startedMs).toBe(1234);
  });

  it.each<[string, (s: Uint8Array[][]) => Uint8Array[][]]>([
    [
      'another format version',
      (s) => [
        [Buffer.from(String(Buffer.concat(s[0]!)).replace('"version":7', '"version":6'))],
        s[1]!,
      ],
    ],
    ['columns shorter than the header says', (s) => [s[0]!, [Buffer.concat(s[1]!).subarray(1)]]],
    ['a header that is no JSON', (s) => [[Buffer.from('{')], s[1]!]],
    ['one section only', (s) => [s[0]!]],
  ])('%s: null (the cache is rebuilt)', (_, damage) => {
    const sections = encodeCacheFile({
      startedMs: 5,
      index: null,
      memo: null,
      entries: [file('a', 1)],
    });
    expect(decodeCacheFile(sealed(damage(sections)))).toBeNull();
  });

  it('no file: null', () => {
    expect(decodeCacheFile(null)).toBeNull();
  });
});
