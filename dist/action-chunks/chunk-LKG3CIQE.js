import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/io/files/sealed-file.ts
import { closeSync as closeSync2, constants, fstatSync, openSync as openSync2, readSync } from "node:fs";
import * as zlib from "node:zlib";

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
__name(tempName, "tempName");
function discard(tmp) {
  try {
    unlinkSync(tmp);
  } catch {
  }
}
__name(discard, "discard");
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
__name(writeFileAtomicSync, "writeFileAtomicSync");
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
__name(writeFileAtomic, "writeFileAtomic");
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
__name(skip, "skip");
function closeQuietly(fd) {
  try {
    closeSync(fd);
  } catch {
  }
}
__name(closeQuietly, "closeQuietly");

// src/io/files/sealed-file.ts
var MAGIC = "lepton-cache/1";
var LINE_MAX = 1024;
var KIND = /^[a-z][a-z0-9-]{0,31}$/;
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
function crc322(bytes, value = 0) {
  if (typeof zlib.crc32 === "function") return zlib.crc32(bytes, value);
  return crc32Table(bytes, value);
}
__name(crc322, "crc32");
var TABLE;
function crc32Table(bytes, value) {
  const table = TABLE ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c2 = n;
    for (let k = 0; k < 8; k++) c2 = c2 & 1 ? 3988292384 ^ c2 >>> 1 : c2 >>> 1;
    return c2 >>> 0;
  });
  let c = ~value >>> 0;
  for (let i = 0; i < bytes.length; i++) {
    c = table[(c ^ bytes[i]) & 255] ^ c >>> 8;
  }
  return ~c >>> 0;
}
__name(crc32Table, "crc32Table");
var hex8 = /* @__PURE__ */ __name((n) => n.toString(16).padStart(8, "0"), "hex8");
function readRegularFile(file, maxBytes) {
  let fd;
  try {
    fd = openSync2(file, OPEN_FLAGS);
  } catch {
    return null;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > maxBytes) return null;
    const bytes = Buffer.allocUnsafe(st.size);
    let at = 0;
    while (at < bytes.length) {
      const n = readSync(fd, bytes, at, bytes.length - at, at);
      if (n === 0) return null;
      at += n;
    }
    if (readSync(fd, Buffer.alloc(1), 0, 1, at) !== 0) return null;
    return { bytes, mtimeMs: st.mtimeMs };
  } catch {
    return null;
  } finally {
    try {
      closeSync2(fd);
    } catch {
    }
  }
}
__name(readRegularFile, "readRegularFile");
function readSealedFile(file, kind, maxBytes) {
  const read = readRegularFile(file, maxBytes);
  if (read === null) return null;
  const { bytes, mtimeMs } = read;
  const lineEnd = bytes.subarray(0, LINE_MAX).indexOf(10);
  if (lineEnd < 0) return null;
  const line = bytes.toString("latin1", 0, lineEnd);
  const lastSpace = line.lastIndexOf(" ");
  if (lastSpace < 0 || line.slice(lastSpace + 1) !== hex8(crc322(bytes.subarray(0, lastSpace)))) {
    return null;
  }
  const [magic, name, ...figures] = line.slice(0, lastSpace).split(" ");
  if (magic !== MAGIC || name !== kind) return null;
  const sections = [];
  let at = lineEnd + 1;
  for (const figure of figures) {
    const m = /^(0|[1-9][0-9]{0,15}):([0-9a-f]{8})$/.exec(figure);
    if (!m) return null;
    const len = Number(m[1]);
    sections.push({ start: at, end: at + len, crc: m[2] });
    at += len;
  }
  if (at !== bytes.length) return null;
  const checked = /* @__PURE__ */ new Map();
  return {
    count: sections.length,
    mtimeMs,
    length: /* @__PURE__ */ __name((i) => {
      const s = sections[i];
      return s ? s.end - s.start : -1;
    }, "length"),
    section(i) {
      const known = checked.get(i);
      if (known !== void 0) return known;
      const s = sections[i];
      const body = s ? bytes.subarray(s.start, s.end) : null;
      const ok = s && body && hex8(crc322(body)) === s.crc ? body : null;
      checked.set(i, ok);
      return ok;
    }
  };
}
__name(readSealedFile, "readSealedFile");
function sealedChunks(kind, sections) {
  if (!KIND.test(kind)) throw new Error(`bad cache kind: ${kind}`);
  const figures = sections.map((chunks) => {
    let crc = 0;
    let len = 0;
    for (const c of chunks) {
      crc = crc322(c, crc);
      len += c.byteLength;
    }
    return `${len}:${hex8(crc)}`;
  });
  const head = Buffer.from([MAGIC, kind, ...figures].join(" "), "latin1");
  const line = Buffer.from(` ${hex8(crc322(head))}
`, "latin1");
  return [head, line, ...sections.flat()];
}
__name(sealedChunks, "sealedChunks");
var total = /* @__PURE__ */ __name((chunks) => chunks.reduce((n, c) => n + c.byteLength, 0), "total");
function writeSealedFileSync(file, kind, sections, maxBytes) {
  const chunks = sealedChunks(kind, sections);
  if (total(chunks) > maxBytes) return false;
  try {
    writeFileAtomicSync(file, chunks, { fsync: false });
    return true;
  } catch {
    return false;
  }
}
__name(writeSealedFileSync, "writeSealedFileSync");

export {
  writeFileAtomic,
  readSealedFile,
  writeSealedFileSync
};
