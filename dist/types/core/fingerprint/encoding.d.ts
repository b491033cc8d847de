import type { DvcOut } from './dvc.js';
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
export declare const PART_ENCODING = "lepton-part/1";
export declare const MODEL_ENCODING = "lepton-model/1";
/** What one file contributes to its part's hash, whatever its path. */
export type FileRecord = {
    readonly kind: 'file';
    readonly size: number;
    readonly sha256: string;
} | {
    readonly kind: 'dvc';
    readonly outs: readonly DvcOut[];
};
export interface FileEntry {
    /** POSIX, relative to the manifest's directory. */
    readonly path: string;
    readonly record: FileRecord;
}
/**
 * Orders strings as their UTF-8 bytes would (code point order), which plain
 * `<` on UTF-16 code units does not for characters beyond U+FFFF.
 */
export declare function compareUtf8(a: string, b: string): number;
export declare function recordLine(entry: FileEntry): string;
/** The hash of one component or data set (see the encoding above). */
export declare function partHash(entries: readonly FileEntry[]): string;
export interface NamedHash {
    readonly name: string;
    readonly hash: string;
}
/** The model fingerprint over its parts' hashes (see the encoding above). */
export declare function modelFingerprint(components: readonly NamedHash[], data: readonly NamedHash[]): string;
