import { Readable } from 'node:stream';
/**
 * Digests and file streams for blobs. Reads and writes are synchronous, 1 MiB at a time: on
 * the bench (bench/oci.bench.mjs) `fs.createReadStream` feeding a socket ran at about half of
 * curl's upload speed on a loaded machine, each chunk waiting for a libuv pool thread; the
 * same bytes read with `readSync` match curl. A push or pull is the only work in flight, so
 * blocking the loop for a page-cache read costs nothing else.
 */
export declare const READ_CHUNK: number;
/** `sha256:<hex>` and size of a file, streamed (never held in memory). */
export declare function digestFile(path: string): Promise<{
    digest: string;
    size: number;
}>;
export declare const digestBytes: (bytes: Buffer | string) => string;
/** Bytes `start`…`end` (inclusive) of a file as a stream, for an upload body. */
export declare class FileRange extends Readable {
    private readonly path;
    private readonly end;
    private fd;
    private pos;
    constructor(path: string, start: number, end: number);
    _read(): void;
    _destroy(error: Error | null, done: (error?: Error | null) => void): void;
}
/**
 * Writes a stream to a new file (`wx`: never over one that exists), hashing it on the way:
 * the digest of what was written, computed in the same pass. Socket chunks (64 KiB) are hashed
 * as they come and written 1 MiB at a time (`writevSync`); on the bench a `for await` loop
 * with a write per chunk took twice as long.
 */
export declare function writeHashed(source: Readable, path: string): Promise<{
    digest: string;
    size: number;
}>;
