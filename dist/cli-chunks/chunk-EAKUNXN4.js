import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);

// src/io/input-file.ts
import { constants } from "node:fs";
import { open, stat } from "node:fs/promises";
var MANIFEST_MAX_BYTES = 1024 * 1024;
var InputFileError = class extends Error {
  constructor(code, reason) {
    super(reason);
    this.code = code;
    this.reason = reason;
  }
  code;
  reason;
  name = "InputFileError";
};
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
function notRegular(st) {
  if (st.isDirectory()) return new InputFileError("EISDIR", "is a folder, not a file");
  const what = st.isFIFO() ? "a FIFO (named pipe)" : st.isCharacterDevice() || st.isBlockDevice() ? "a device" : st.isSocket() ? "a socket" : "not a regular file";
  return new InputFileError(
    "ENOTREG",
    what === "not a regular file" ? what : `is ${what}, not a regular file`
  );
}
function sizeText(bytes) {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}
var tooLarge = (size, maxBytes) => new InputFileError(
  "EFBIG",
  size === null ? `is larger than ${sizeText(maxBytes)}, the most Lepton reads` : `is ${sizeText(size)}, over the ${sizeText(maxBytes)} Lepton reads`
);
function systemError(e) {
  const code = e.code ?? "EIO";
  const reason = code === "ENOENT" ? "no such file" : code === "ENOTDIR" ? "a folder on its path is a file" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ENXIO" ? "is a socket or device, not a regular file" : code === "ELOOP" ? "is a symlink loop" : `cannot be read (${code})`;
  return new InputFileError(code, reason);
}
async function readInputFile(path, maxBytes) {
  let before;
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
    if (!st.isFile()) throw notRegular(st);
    const chunks = [];
    let total = 0;
    for (; ; ) {
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
    await handle.close().catch(() => void 0);
  }
}
async function readInputText(path, maxBytes) {
  return (await readInputFile(path, maxBytes)).toString("utf8");
}

export {
  MANIFEST_MAX_BYTES,
  InputFileError,
  sizeText,
  readInputText
};
