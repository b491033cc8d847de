/**
 * Replaces `file` with `chunks` (written in order) atomically, creating its directory when
 * missing. Throws the file system's error (ENOTDIR, EACCES, EROFS, ENOSPC, EISDIR…) with
 * nothing left behind.
 */
export declare function writeFileAtomicSync(file: string, chunks: readonly Uint8Array[]): void;
/** As writeFileAtomicSync, without blocking the event loop. */
export declare function writeFileAtomic(file: string, chunks: readonly Uint8Array[]): Promise<void>;
