import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  unlinkSync,
  writevSync,
} from 'node:fs';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Whole-file replacement that a reader never sees half done: the bytes go to
 * a new temporary file beside the target (same directory, so the same file
 * system), are flushed to disk (fsync: after a crash the name never points at
 * a file whose blocks were not yet written), and the temporary file is then
 * renamed over the target, which POSIX makes atomic. A reader sees the old
 * file or the new one. The directory itself is not fsynced: losing the rename
 * in a crash only loses the new file, which for Lepton's caches costs speed.
 *
 * The temporary file is created exclusively (O_EXCL: never through a planted
 * link) with a random name, so concurrent writers never share one; on any
 * failure it is removed and the error rethrown.
 */

/** The temporary file's name: unique per process and call. */
function tempName(file: string): string {
  return `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}

/** Removes a temporary file, ignoring every error (it may never have been made). */
function discard(tmp: string): void {
  try {
    unlinkSync(tmp);
  } catch {
    // ENOENT, ENOTDIR, EACCES: nothing more can be done, and nothing is left that matters.
  }
}

/**
 * Replaces `file` with `chunks` (written in order) atomically, creating its directory when
 * missing. Throws the file system's error (ENOTDIR, EACCES, EROFS, ENOSPC, EISDIR…) with
 * nothing left behind. `fsync: false` skips the flush, for a file whose reader checks it whole
 * (a sealed cache's CRC-32) so that blocks lost in a crash read as no file, not as a wrong one.
 */
export function writeFileAtomicSync(
  file: string,
  chunks: readonly Uint8Array[],
  { fsync = true }: { readonly fsync?: boolean } = {},
): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = tempName(file);
  let fd: number | null = null;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    let left = chunks.reduce((n, c) => n + c.byteLength, 0);
    let rest = chunks.filter((c) => c.byteLength > 0);
    while (left > 0) {
      const n = writevSync(fd, rest);
      left -= n;
      rest = skip(rest, n);
    }
    if (fsync) fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(tmp, file);
  } catch (e) {
    if (fd !== null) closeQuietly(fd);
    discard(tmp);
    throw e;
  }
}

/** As writeFileAtomicSync, without blocking the event loop. */
export async function writeFileAtomic(file: string, chunks: readonly Uint8Array[]): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = tempName(file);
  try {
    const handle = await open(tmp, 'wx', 0o644);
    try {
      // FileHandle.writev loops until everything is written.
      await handle.writev(chunks.filter((c) => c.byteLength > 0));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

/** The chunks that remain once the first `n` bytes are written. */
function skip(chunks: readonly Uint8Array[], n: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let left = n;
  for (const c of chunks) {
    if (left >= c.byteLength) {
      left -= c.byteLength;
      continue;
    }
    out.push(left > 0 ? c.subarray(left) : c);
    left = 0;
  }
  return out;
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already closed or invalid: nothing to release.
  }
}
