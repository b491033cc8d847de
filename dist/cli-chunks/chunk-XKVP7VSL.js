import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);

// src/core/fingerprint/names.ts
function hasSurrogate(s) {
  return SURROGATE.test(s);
}
var SURROGATE = /[\uD800-\uDFFF]/;
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function hasEscapedBytes(name) {
  return hasSurrogate(name) && LONE_SURROGATE.test(name);
}
function decodeName(bytes) {
  let out = "";
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 128) {
      out += String.fromCharCode(b);
      i += 1;
      continue;
    }
    const len = sequenceLength(bytes, i);
    if (len === 0) {
      out += String.fromCharCode(56320 + b);
      i += 1;
      continue;
    }
    out += Buffer.from(bytes.subarray(i, i + len)).toString("utf8");
    i += len;
  }
  return out;
}
function sequenceLength(b, i) {
  const b0 = b[i];
  const cont = (k, lo = 128, hi = 191) => {
    const x = b[i + k];
    return x !== void 0 && x >= lo && x <= hi;
  };
  if (b0 >= 194 && b0 <= 223) return cont(1) ? 2 : 0;
  if (b0 === 224) return cont(1, 160) && cont(2) ? 3 : 0;
  if (b0 >= 225 && b0 <= 236 || b0 === 238 || b0 === 239) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 237) return cont(1, 128, 159) && cont(2) ? 3 : 0;
  if (b0 === 240) return cont(1, 144) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 241 && b0 <= 243) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 244) return cont(1, 128, 143) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
function nameBytes(name) {
  if (!hasSurrogate(name)) return Buffer.from(name, "utf8");
  const out = [];
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 55296 && c <= 56319) {
      const d = name.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343) {
        const cp = 65536 + (c - 55296 << 10) + (d - 56320);
        out.push(240 | cp >> 18, 128 | cp >> 12 & 63, 128 | cp >> 6 & 63);
        out.push(128 | cp & 63);
        i += 1;
        continue;
      }
    }
    if (c >= 56448 && c <= 56575) {
      out.push(c - 56320);
    } else if (c < 128) {
      out.push(c);
    } else if (c < 2048) {
      out.push(192 | c >> 6, 128 | c & 63);
    } else {
      out.push(224 | c >> 12, 128 | c >> 6 & 63, 128 | c & 63);
    }
  }
  return Buffer.from(out);
}
function decodeNulSeparated(bytes) {
  const text = bytes.toString("utf8");
  if (!text.includes("\uFFFD")) return text;
  const parts = [];
  let start = 0;
  for (; ; ) {
    const end = bytes.indexOf(0, start);
    const record = bytes.subarray(start, end < 0 ? bytes.length : end);
    parts.push(decodeName(record));
    if (end < 0) break;
    start = end + 1;
  }
  return parts.join("\0");
}
function fsPath(path) {
  return hasEscapedBytes(path) ? nameBytes(path) : path;
}
var C_ESCAPES = {
  7: "\\a",
  8: "\\b",
  9: "\\t",
  10: "\\n",
  11: "\\v",
  12: "\\f",
  13: "\\r",
  34: '\\"',
  92: "\\\\"
};
var NEEDS_QUOTING = /[\u0000-\u001f"\\\u007f-\u009f\u202a-\u202e\u2066-\u2069\udc80-\udcff]/;
function quotedName(name) {
  if (!NEEDS_QUOTING.test(name)) return name;
  let out = '"';
  for (const ch of name) {
    if (!NEEDS_QUOTING.test(ch)) {
      out += ch;
      continue;
    }
    for (const b of nameBytes(ch)) {
      out += C_ESCAPES[b] ?? `\\${b.toString(8).padStart(3, "0")}`;
    }
  }
  return `${out}"`;
}

export {
  hasEscapedBytes,
  decodeName,
  nameBytes,
  decodeNulSeparated,
  fsPath,
  quotedName
};
