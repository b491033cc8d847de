/**
 * Replaces `file` with `chunks` (written in order) atomically, creating its directory when
 * missing. Throws the file system's error (ENOTDIR, EACCES, EROFS, ENOSPC, EISDIR…) with
 * nothing left behind. `fsync: false` skips the flush, for a file whose reader checks it whole
 * (a sealed cache's CRC-32) so that blocks lost in a crash read as no file, not as a wrong one.
 */
export declare function writeFileAtomicSync(file: string, chunks: readonly Uint8Array[], { fsync }?: {
    readonly fsync?: boolean;
}): void;
/** As writeFileAtomicSync, without blocking the event loop. */
export declare function writeFileAtomic(file: string, chunks: readonly Uint8Array[]): Promise<void>;
