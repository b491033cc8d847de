import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Read size for model files: large reads keep hashing and uploading near disk speed. */
export const READ_CHUNK = 1 << 20;

/** `sha256:<hex>` and size of a file, streamed (never held in memory). */
export async function digestFile(path: string): Promise<{ digest: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  await pipeline(createReadStream(path, { highWaterMark: READ_CHUNK }), async (source) => {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      hash.update(chunk);
      size += chunk.length;
    }
  });
  return { digest: `sha256:${hash.digest('hex')}`, size };
}

export const digestBytes = (bytes: Buffer | string): string =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** A pass-through that hashes and counts what flows through it (a download's digest, computed while it is written). */
export class HashingStream extends Transform {
  private readonly hash = createHash('sha256');
  size = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    done(null, chunk);
  }
  /** Valid once the stream has finished. */
  digest(): string {
    return `sha256:${this.hash.digest('hex')}`;
  }
}
