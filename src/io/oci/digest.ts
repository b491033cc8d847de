import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, writevSync } from 'node:fs';
import { Readable } from 'node:stream';

/**
 * Digests and file streams for blobs. Reads and writes are synchronous, 1 MiB at a time: on
 * the bench (bench/oci.bench.mjs) `fs.createReadStream` feeding a socket ran at about half of
 * curl's upload speed on a loaded machine, each chunk waiting for a libuv pool thread; the
 * same bytes read with `readSync` match curl. A push or pull is the only work in flight, so
 * blocking the loop for a page-cache read costs nothing else.
 */
export const READ_CHUNK = 1 << 20;

/** `sha256:<hex>` and size of a file, streamed (never held in memory). */
export async function digestFile(path: string): Promise<{ digest: string; size: number }> {
  const hash = createHash('sha256');
  const buf = Buffer.allocUnsafe(READ_CHUNK);
  const fd = openSync(path, 'r');
  let size = 0;
  try {
    for (let i = 1; ; i++) {
      const n = readSync(fd, buf, 0, READ_CHUNK, null);
      if (n === 0) break;
      hash.update(n === READ_CHUNK ? buf : buf.subarray(0, n));
      size += n;
      // Let timers and signals through now and then (every 64 MiB).
      if (i % 64 === 0) await new Promise((r) => setImmediate(r));
    }
  } finally {
    closeSync(fd);
  }
  return { digest: `sha256:${hash.digest('hex')}`, size };
}

export const digestBytes = (bytes: Buffer | string): string =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** Bytes `start`…`end` (inclusive) of a file as a stream, for an upload body. */
export class FileRange extends Readable {
  private fd: number | null = null;
  private pos: number;
  constructor(
    private readonly path: string,
    start: number,
    private readonly end: number,
  ) {
    super({ highWaterMark: READ_CHUNK });
    this.pos = start;
  }
  override _read(): void {
    try {
      this.fd ??= openSync(this.path, 'r');
      const n = Math.min(READ_CHUNK, this.end + 1 - this.pos);
      if (n <= 0) {
        this.push(null);
        return;
      }
      // A fresh buffer per chunk: the socket holds it until it is sent.
      const buf = Buffer.allocUnsafe(n);
      const got = readSync(this.fd, buf, 0, n, this.pos);
      if (got === 0) throw new Error(`${this.path} is shorter than when it was hashed`);
      this.pos += got;
      this.push(got === n ? buf : buf.subarray(0, got));
    } catch (e) {
      this.destroy(e as Error);
    }
  }
  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    done(error);
  }
}

/**
 * Writes a stream to a new file (`wx`: never over one that exists), hashing it on the way:
 * the digest of what was written, computed in the same pass. Socket chunks (64 KiB) are hashed
 * as they come and written 1 MiB at a time (`writevSync`); on the bench a `for await` loop
 * with a write per chunk took twice as long.
 */
export async function writeHashed(
  source: Readable,
  path: string,
): Promise<{ digest: string; size: number }> {
  const hash = createHash('sha256');
  const fd = openSync(path, 'wx');
  let size = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = () => {
    let chunks = pending;
    let left = pendingBytes;
    while (left > 0) {
      const n = writevSync(fd, chunks);
      left -= n;
      if (left > 0) chunks = [Buffer.concat(chunks).subarray(n)]; // a short write: the rest
    }
    pending = [];
    pendingBytes = 0;
  };
  try {
    await new Promise<void>((done, fail) => {
      source.on('data', (chunk: Buffer) => {
        try {
          hash.update(chunk);
          size += chunk.length;
          pending.push(chunk);
          pendingBytes += chunk.length;
          if (pendingBytes >= READ_CHUNK) flush();
        } catch (e) {
          source.destroy(e as Error);
        }
      });
      source.on('end', () => {
        try {
          flush();
          done();
        } catch (e) {
          fail(e as Error);
        }
      });
      source.on('error', fail);
      source.on('aborted', () => fail(new Error('the connection closed mid-download')));
    });
  } finally {
    closeSync(fd);
  }
  return { digest: `sha256:${hash.digest('hex')}`, size };
}
