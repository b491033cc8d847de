import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);

// src/io/atomic-write.ts
import { randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  unlinkSync,
  writevSync
} from "node:fs";
import { mkdir, open, rename, unlink } from "node:fs/promises";
import { dirname } from "node:path";
function tempName(file) {
  return `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
}
function discard(tmp) {
  try {
    unlinkSync(tmp);
  } catch {
  }
}
function writeFileAtomicSync(file, chunks, { fsync = true } = {}) {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = tempName(file);
  let fd = null;
  try {
    fd = openSync(tmp, "wx", 420);
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
async function writeFileAtomic(file, chunks) {
  await mkdir(dirname(file), { recursive: true });
  const tmp = tempName(file);
  try {
    const handle = await open(tmp, "wx", 420);
    try {
      await handle.writev(chunks.filter((c) => c.byteLength > 0));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => void 0);
    throw e;
  }
}
function skip(chunks, n) {
  const out = [];
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
function closeQuietly(fd) {
  try {
    closeSync(fd);
  } catch {
  }
}

export {
  writeFileAtomicSync,
  writeFileAtomic
};
