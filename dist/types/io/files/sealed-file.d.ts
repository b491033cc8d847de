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
export declare function crc32(bytes: Uint8Array, value?: number): number;
/**
 * The bytes of a regular file at `file`, read safely (see above), or null when there is none
 * to be had: missing, not a regular file (FIFO, device, symlink, directory), larger than
 * `maxBytes`, changing while read, or unreadable for any reason (ENOTDIR when a folder on the
 * way is a file, EACCES…). Never throws, never blocks on anything but the disk.
 */
export declare function readRegularFile(file: string, maxBytes: number): {
    bytes: Buffer;
    mtimeMs: number;
} | null;
/**
 * The cache of kind `kind` at `file`, when its envelope checks out (magic, kind, the first
 * line's checksum, the sections' lengths adding up to the file's size); null for anything
 * else. Never throws.
 */
export declare function readSealedFile(file: string, kind: string, maxBytes: number): SealedFile | null;
/**
 * The file's bytes for `sections` (each given as chunks, concatenated), envelope first.
 * Throws on a kind that is no lowercase token (a programming error).
 */
export declare function sealedChunks(kind: string, sections: readonly (readonly Uint8Array[])[]): Uint8Array[];
/**
 * Writes a cache atomically (io/atomic-write.ts). Returns false, and writes nothing, when the cache
 * would exceed `maxBytes` (a reader would ignore it) or the file system refuses (a read-only
 * git directory, `<git dir>/lepton` being a file…): a cache not written only costs speed.
 * Never throws.
 */
export declare function writeSealedFileSync(file: string, kind: string, sections: readonly (readonly Uint8Array[])[], maxBytes: number): boolean;
/** As writeSealedFileSync, without blocking the event loop. Never rejects. */
export declare function writeSealedFile(file: string, kind: string, sections: readonly (readonly Uint8Array[])[], maxBytes: number): Promise<boolean>;
