import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/**
 * Reading a file a user named (a manifest, a shard result, a metrics or samples file the eval
 * wrote): only a regular file of bounded size is read. `fs.readFile` on anything else never
 * returns or floods memory: a FIFO waits for a writer forever, `/dev/zero` never ends, a
 * folder fails with a bare EISDIR. A symlink is followed (a user may link a manifest); what it
 * points to must be a regular file.
 *
 * The file is looked at (stat) before it is opened, so a device is never opened (opening some
 * has effects: a tape rewinds), then opened without waiting for a FIFO's writer (O_NONBLOCK) and
 * checked again on the descriptor (the same file, still regular); reading stops one byte past the
 * bound, so a file that grows while read is still bounded.
 */

/**
 * The largest manifest read: a lepton.yml is a few KiB; a file a thousand times that is not one
 * (a data file named by mistake), and reading it whole only to report pages of YAML errors helps
 * nobody.
 */
export const MANIFEST_MAX_BYTES = 1024 * 1024;

/** Why a user-named file was not read. `code` is the errno (ENOENT…) or Lepton's own. */
export class InputFileError extends Error {
  override readonly name = 'InputFileError';
  constructor(
    /** ENOENT, ENOTDIR, EACCES… from the system; `EISDIR`, `ENOTREG` (a FIFO, device, socket) or `EFBIG` (over the bound) from the checks. */
    readonly code: string,
    /** Says why in a few words: `no such file`, `is a folder`, `is a FIFO (named pipe), not a regular file`. */
    readonly reason: string,
  ) {
    super(reason);
  }
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** What a file that is not a regular file is, in words. */
function notRegular(st: Stats): InputFileError {
  if (st.isDirectory()) return new InputFileError('EISDIR', 'is a folder, not a file');
  const what = st.isFIFO()
    ? 'a FIFO (named pipe)'
    : st.isCharacterDevice() || st.isBlockDevice()
      ? 'a device'
      : st.isSocket()
        ? 'a socket'
        : 'not a regular file';
  return new InputFileError(
    'ENOTREG',
    what === 'not a regular file' ? what : `is ${what}, not a regular file`,
  );
}

/** `1 MiB`, `300 KiB`, `12 bytes`: a size for a message. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

const tooLarge = (size: number | null, maxBytes: number) =>
  new InputFileError(
    'EFBIG',
    size === null
      ? `is larger than ${sizeText(maxBytes)}, the most Lepton reads`
      : `is ${sizeText(size)}, over the ${sizeText(maxBytes)} Lepton reads`,
  );

function systemError(e: unknown): InputFileError {
  const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'ENOTDIR'
        ? 'a folder on its path is a file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'ENXIO'
            ? 'is a socket or device, not a regular file'
            : code === 'ELOOP'
              ? 'is a symlink loop'
              : `cannot be read (${code})`;
  return new InputFileError(code, reason);
}

/**
 * The bytes of the regular file at `path`, at most `maxBytes` of them.
 * @throws InputFileError when it is missing or unreadable (the system's code), not a regular
 *   file (`EISDIR`, `ENOTREG`) or larger than `maxBytes` (`EFBIG`); never blocks on a FIFO
 */
export async function readInputFile(path: string, maxBytes: number): Promise<Buffer> {
  let before: Stats;
  try {
    before = await stat(path);
  } catch (e) {
    throw systemError(e);
  }
  if (!before.isFile()) throw notRegular(before);
  if (before.size > maxBytes) throw tooLarge(before.size, maxBytes);
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (e) {
    throw systemError(e);
  }
  try {
    const st = await handle.stat();
    // Replaced between the two looks (by a FIFO, a folder…): judged as it is now.
    if (!st.isFile()) throw notRegular(st);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(Math.max(st.size - total, 0) + 1, maxBytes + 1 - total, 1 << 20);
      const buf = Buffer.allocUnsafe(Math.max(want, 1));
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(null, maxBytes);
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    throw e instanceof InputFileError ? e : systemError(e);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** As readInputFile, decoded as UTF-8 (a byte that is not UTF-8 becomes U+FFFD). */
export async function readInputText(path: string, maxBytes: number): Promise<string> {
  return (await readInputFile(path, maxBytes)).toString('utf8');
}
