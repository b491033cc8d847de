import { createHash } from 'node:crypto';
import type { DvcOut } from './dvc.js';
import { nameBytes } from './names.js';

/**
 * The canonical encoding behind every hash Lepton records. It is part of the
 * product: a recorded version compares equal to a later checkout only while
 * this encoding stays the same, so change it only with a new version tag in
 * the header lines below (`lepton-part/1`, `lepton-model/1`).
 *
 * Part hash (a component or data set):
 *   sha256 over the UTF-8 text `lepton-part/1\n` followed by one JSON line per
 *   matched file, sorted by path in UTF-8 byte order:
 *     ["file", PATH, SIZE, SHA256_HEX]\n   an ordinary file, or a Git LFS pointer
 *                                          read as the oid and size it records
 *     ["dvc", PATH, [OUT, …]]\n            a DVC `.dvc` file, by what it records
 *   PATH is the file's POSIX path relative to the manifest's directory (climbing
 *   with `../` for a path the manifest names above its folder, in the shortest
 *   form). Any name git can hold is encoded, byte for byte: a name that is valid
 *   UTF-8 (every name in the format's first years) is its JSON string as before;
 *   in a name that is not, each byte outside a valid UTF-8 sequence is the lone
 *   surrogate U+DC00+byte (names.ts), which JSON.stringify writes as the escape
 *   `\udcXX`, and "UTF-8 byte order" is the order of the raw bytes. So such a
 *   name can never collide with a valid one, and nothing changes for the rest. An LFS
 *   oid is the SHA-256 of the content, so a pointer and its smudged content
 *   give the same line. A DVC OUT is [OUT_PATH, HASH_NAME, MD5, SIZE, NFILES]
 *   (absent fields null, outs sorted by OUT_PATH): the data itself is never read.
 *   The part's own name is not encoded, so renaming a part keeps its hash.
 *
 * Model fingerprint:
 *   sha256 over `lepton-model/1\n` followed by ["component"|"data", NAME, PART_HASH]\n
 *   per part, sorted by kind then name (UTF-8 byte order). Names are encoded on
 *   purpose: the fingerprint identifies the model as declared, so renaming a
 *   part is a change of the model (and `changed` lists the old and new name)
 *   while the renamed part's own hash stays the same.
 *
 * Every hash is written `sha256:<64 lowercase hex>`.
 */

export const PART_ENCODING = 'lepton-part/1';
export const MODEL_ENCODING = 'lepton-model/1';

/** What one file contributes to its part's hash, whatever its path. */
export type FileRecord =
  | { readonly kind: 'file'; readonly size: number; readonly sha256: string }
  | { readonly kind: 'dvc'; readonly outs: readonly DvcOut[] };

export interface FileEntry {
  /** POSIX, relative to the manifest's directory. */
  readonly path: string;
  readonly record: FileRecord;
}

/**
 * Orders strings as their UTF-8 bytes would (code point order), which plain
 * `<` on UTF-16 code units does not for characters beyond U+FFFF.
 */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      if (!isSurrogate(x) && !isSurrogate(y)) return x - y;
      // A surrogate: part of a character above U+FFFF, or a byte of a name that is not UTF-8
      // (names.ts). Compare the bytes from the character that differs.
      const from = i > 0 && isHigh(a.charCodeAt(i - 1)) ? i - 1 : i;
      return Buffer.compare(nameBytes(a.slice(from)), nameBytes(b.slice(from)));
    }
  }
  return a.length - b.length;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

export function recordLine(entry: FileEntry): string {
  const r = entry.record;
  // Same text as JSON.stringify(['file', path, size, sha256]), without building the array.
  if (r.kind === 'file') return `["file",${JSON.stringify(entry.path)},${r.size},"${r.sha256}"]`;
  const outs = [...r.outs]
    .sort((a, b) => compareUtf8(a.path, b.path))
    .map((o) => [o.path, o.hashName, o.md5, o.size, o.nfiles]);
  return JSON.stringify(['dvc', entry.path, outs]);
}

/** The hash of one component or data set (see the encoding above). */
export function partHash(entries: readonly FileEntry[]): string {
  const sorted = isSorted(entries)
    ? entries
    : [...entries].sort((a, b) => compareUtf8(a.path, b.path));
  const h = createHash('sha256').update(PART_ENCODING + '\n');
  // Fed in large chunks: one update per line costs more than the hashing itself.
  let chunk = '';
  for (const e of sorted) {
    chunk += recordLine(e) + '\n';
    if (chunk.length > 1 << 16) {
      h.update(chunk);
      chunk = '';
    }
  }
  return 'sha256:' + h.update(chunk).digest('hex');
}

function isSorted(entries: readonly FileEntry[]): boolean {
  for (let i = 1; i < entries.length; i++) {
    if (compareUtf8((entries[i - 1] as FileEntry).path, (entries[i] as FileEntry).path) > 0)
      return false;
  }
  return true;
}

export interface NamedHash {
  readonly name: string;
  readonly hash: string;
}

/** The model fingerprint over its parts' hashes (see the encoding above). */
export function modelFingerprint(
  components: readonly NamedHash[],
  data: readonly NamedHash[],
): string {
  const lines = [
    ...[...components]
      .sort((a, b) => compareUtf8(a.name, b.name))
      .map((p) => ['component', p.name, p.hash]),
    ...[...data].sort((a, b) => compareUtf8(a.name, b.name)).map((p) => ['data', p.name, p.hash]),
  ];
  const h = createHash('sha256').update(MODEL_ENCODING + '\n');
  for (const l of lines) h.update(JSON.stringify(l) + '\n');
  return 'sha256:' + h.digest('hex');
}
