import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);

// src/io/files/list.ts
import { sep } from "node:path";

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

// src/core/fingerprint/encoding.ts
function compareUtf8(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      if (!isSurrogate(x) && !isSurrogate(y)) return x - y;
      const from = i > 0 && isHigh(a.charCodeAt(i - 1)) ? i - 1 : i;
      return Buffer.compare(nameBytes(a.slice(from)), nameBytes(b.slice(from)));
    }
  }
  return a.length - b.length;
}
var isHigh = (c) => c >= 55296 && c <= 56319;
var isSurrogate = (c) => c >= 55296 && c <= 57343;

// src/io/files/list.ts
async function gitZ(git, args, allowFailure = false) {
  const chunks = [];
  const r = await git.run(args, { onStdout: (b) => chunks.push(b), allowFailure });
  return { code: r.code, text: decodeNulSeparated(Buffer.concat(chunks)) };
}
async function listGitIndex(git) {
  return (await gitZ(git, ["ls-files", "-v", "-s", "-c", "-o", "--exclude-standard", "-z"])).text;
}
function startListing(git) {
  const raw = listGitIndex(git);
  raw.catch(() => void 0);
  return { cwd: git.cwd, raw };
}
function parseLsFiles(out) {
  const untracked = [];
  const tracked = [];
  const blobs = /* @__PURE__ */ new Map();
  let previous;
  for (let i = 0; i < out.length; ) {
    let end = out.indexOf("\0", i);
    if (end < 0) end = out.length;
    if (out.startsWith("? ", i)) {
      const name = out.slice(i + 2, end);
      if (name !== "" && !name.endsWith("/")) untracked.push(name);
    } else {
      const tab = out.indexOf("	", i);
      if (tab > i && tab < end) {
        const name = out.slice(tab + 1, end);
        if (name === previous) {
          blobs.delete(name);
        } else {
          previous = name;
          tracked.push(name);
          if (out.charCodeAt(i) === 72 && // 'H'
          out.startsWith(" 0", tab - 2) && (out.startsWith(" 100644 ", i + 1) || out.startsWith(" 100755 ", i + 1)) && !hasEscapedBytes(name)) {
            blobs.set(name, out.slice(i + 9, tab - 2));
          }
        }
      }
    }
    i = end + 1;
  }
  return { files: mergeSorted(untracked, tracked), blobs };
}
async function listIgnoredFiles(git) {
  const r = await gitZ(git, ["ls-files", "-o", "-i", "--exclude-standard", "-z"], true);
  return r.code === 0 ? r.text.split("\0").filter((n) => n !== "" && !n.endsWith("/")) : [];
}
function mergeSorted(a, b) {
  if (a.length === 0 && isStrictlySorted(b)) return b;
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    out.push(
      compareUtf8(a[i], b[j]) <= 0 ? a[i++] : b[j++]
    );
  }
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return isStrictlySorted(out) ? out : [...new Set(out)].sort(compareUtf8);
}
function isStrictlySorted(names) {
  for (let i = 1; i < names.length; i++) {
    if (compareUtf8(names[i - 1], names[i]) >= 0) return false;
  }
  return true;
}
var SLASH = Buffer.from(sep);

export {
  compareUtf8,
  listGitIndex,
  startListing,
  parseLsFiles,
  listIgnoredFiles,
  isStrictlySorted
};
