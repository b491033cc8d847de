import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  writeFileAtomicSync
} from "./chunk-ZLIFJCGQ.js";

// src/io/files/sealed-file.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import * as zlib from "node:zlib";
var MAGIC = "lepton-cache/1";
var LINE_MAX = 1024;
var KIND = /^[a-z][a-z0-9-]{0,31}$/;
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
function crc322(bytes, value = 0) {
  if (typeof zlib.crc32 === "function") return zlib.crc32(bytes, value);
  return crc32Table(bytes, value);
}
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
var hex8 = (n) => n.toString(16).padStart(8, "0");
function readRegularFile(file, maxBytes) {
  let fd;
  try {
    fd = openSync(file, OPEN_FLAGS);
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
      closeSync(fd);
    } catch {
    }
  }
}
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
    length: (i) => {
      const s = sections[i];
      return s ? s.end - s.start : -1;
    },
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
var total = (chunks) => chunks.reduce((n, c) => n + c.byteLength, 0);
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

export {
  readRegularFile,
  readSealedFile,
  writeSealedFileSync
};
