import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  LeptonError
} from "./chunk-JFBFOGK2.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/io/files/list.ts
import { readdirSync } from "node:fs";
import { sep } from "node:path";

// src/core/fingerprint/encoding.ts
import { createHash } from "node:crypto";

// src/core/fingerprint/names.ts
function hasSurrogate(s) {
  return SURROGATE.test(s);
}
__name(hasSurrogate, "hasSurrogate");
var SURROGATE = /[\uD800-\uDFFF]/;
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function hasEscapedBytes(name) {
  return hasSurrogate(name) && LONE_SURROGATE.test(name);
}
__name(hasEscapedBytes, "hasEscapedBytes");
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
__name(decodeName, "decodeName");
function sequenceLength(b, i) {
  const b0 = b[i];
  const cont = /* @__PURE__ */ __name((k, lo = 128, hi = 191) => {
    const x = b[i + k];
    return x !== void 0 && x >= lo && x <= hi;
  }, "cont");
  if (b0 >= 194 && b0 <= 223) return cont(1) ? 2 : 0;
  if (b0 === 224) return cont(1, 160) && cont(2) ? 3 : 0;
  if (b0 >= 225 && b0 <= 236 || b0 === 238 || b0 === 239) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 237) return cont(1, 128, 159) && cont(2) ? 3 : 0;
  if (b0 === 240) return cont(1, 144) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 241 && b0 <= 243) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 244) return cont(1, 128, 143) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
__name(sequenceLength, "sequenceLength");
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
__name(nameBytes, "nameBytes");
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
__name(decodeNulSeparated, "decodeNulSeparated");
function fsPath(path) {
  return hasEscapedBytes(path) ? nameBytes(path) : path;
}
__name(fsPath, "fsPath");

// src/core/fingerprint/encoding.ts
var PART_ENCODING = "lepton-part/1";
var MODEL_ENCODING = "lepton-model/1";
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
__name(compareUtf8, "compareUtf8");
var isHigh = /* @__PURE__ */ __name((c) => c >= 55296 && c <= 56319, "isHigh");
var isSurrogate = /* @__PURE__ */ __name((c) => c >= 55296 && c <= 57343, "isSurrogate");
function recordLine(entry) {
  const r = entry.record;
  if (r.kind === "file") return `["file",${JSON.stringify(entry.path)},${r.size},"${r.sha256}"]`;
  const outs = [...r.outs].sort((a, b) => compareUtf8(a.path, b.path)).map((o) => [o.path, o.hashName, o.md5, o.size, o.nfiles]);
  return JSON.stringify(["dvc", entry.path, outs]);
}
__name(recordLine, "recordLine");
function partHash(entries) {
  const sorted = isSorted(entries) ? entries : [...entries].sort((a, b) => compareUtf8(a.path, b.path));
  const h = createHash("sha256").update(PART_ENCODING + "\n");
  let chunk = "";
  for (const e of sorted) {
    chunk += recordLine(e) + "\n";
    if (chunk.length > 1 << 16) {
      h.update(chunk);
      chunk = "";
    }
  }
  return "sha256:" + h.update(chunk).digest("hex");
}
__name(partHash, "partHash");
function isSorted(entries) {
  for (let i = 1; i < entries.length; i++) {
    if (compareUtf8(entries[i - 1].path, entries[i].path) > 0)
      return false;
  }
  return true;
}
__name(isSorted, "isSorted");
function modelFingerprint(components, data) {
  const lines = [
    ...[...components].sort((a, b) => compareUtf8(a.name, b.name)).map((p) => ["component", p.name, p.hash]),
    ...[...data].sort((a, b) => compareUtf8(a.name, b.name)).map((p) => ["data", p.name, p.hash])
  ];
  const h = createHash("sha256").update(MODEL_ENCODING + "\n");
  for (const l of lines) h.update(JSON.stringify(l) + "\n");
  return "sha256:" + h.digest("hex");
}
__name(modelFingerprint, "modelFingerprint");

// src/io/files/list.ts
async function gitZ(git, args, allowFailure = false) {
  const chunks = [];
  const r = await git.run(args, { onStdout: /* @__PURE__ */ __name((b) => chunks.push(b), "onStdout"), allowFailure });
  return { code: r.code, text: decodeNulSeparated(Buffer.concat(chunks)) };
}
__name(gitZ, "gitZ");
async function listGitIndex(git) {
  return (await gitZ(git, ["ls-files", "-v", "-s", "-c", "-o", "--exclude-standard", "-z"])).text;
}
__name(listGitIndex, "listGitIndex");
function startListing(git) {
  const raw = listGitIndex(git);
  raw.catch(() => void 0);
  return { cwd: git.cwd, raw };
}
__name(startListing, "startListing");
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
__name(parseLsFiles, "parseLsFiles");
async function listModifiedFiles(git) {
  const r = await gitZ(
    git,
    [
      "-c",
      "core.checkStat=default",
      "-c",
      "core.trustctime=true",
      "-c",
      "core.fsmonitor=false",
      "diff-files",
      "--relative",
      "--name-only",
      "-z"
    ],
    true
  );
  return r.code === 0 ? new Set(r.text.split("\0")) : null;
}
__name(listModifiedFiles, "listModifiedFiles");
async function listIgnoredFiles(git) {
  const r = await gitZ(git, ["ls-files", "-o", "-i", "--exclude-standard", "-z"], true);
  return r.code === 0 ? r.text.split("\0").filter((n) => n !== "" && !n.endsWith("/")) : [];
}
__name(listIgnoredFiles, "listIgnoredFiles");
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
__name(mergeSorted, "mergeSorted");
function isStrictlySorted(names) {
  for (let i = 1; i < names.length; i++) {
    if (compareUtf8(names[i - 1], names[i]) >= 0) return false;
  }
  return true;
}
__name(isStrictlySorted, "isStrictlySorted");
function walkFiles(root) {
  const files = [];
  const visit = /* @__PURE__ */ __name((dir, prefix) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true, encoding: "buffer" });
    } catch (e) {
      throw new LeptonError(
        "invalid",
        `cannot list ${prefix || "."}: ${e.code ?? e.message}`
      );
    }
    for (const e of entries) {
      const rel = prefix + decodeName(e.name);
      if (e.isDirectory()) visit(Buffer.concat([dir, SLASH, e.name]), rel + "/");
      else files.push(rel);
    }
  }, "visit");
  visit(Buffer.from(root), "");
  return files;
}
__name(walkFiles, "walkFiles");
var SLASH = Buffer.from(sep);
function trackedLinks(out) {
  const links = [];
  for (let i = 0; i < out.length; ) {
    let end = out.indexOf("\0", i);
    if (end < 0) end = out.length;
    const tab = out.indexOf("	", i);
    if (out.startsWith(" 120000 ", i + 1) && tab > i && tab < end && out.startsWith(" 0", tab - 2)) {
      links.push(out.slice(tab + 1, end));
    }
    i = end + 1;
  }
  return links;
}
__name(trackedLinks, "trackedLinks");
async function trackedRegularFiles(git, paths) {
  const found = /* @__PURE__ */ new Set();
  if (paths.length === 0) return found;
  const r = await gitZ(git, ["ls-files", "-s", "-z", "--", ...paths.map((p) => `:(literal)${p}`)]);
  for (const entry of r.text.split("\0")) {
    const tab = entry.indexOf("	");
    if (tab < 0) continue;
    const [mode = "", , stage = ""] = entry.slice(0, tab).split(" ");
    if ((mode === "100644" || mode === "100755") && stage === "0") found.add(entry.slice(tab + 1));
  }
  return found;
}
__name(trackedRegularFiles, "trackedRegularFiles");

export {
  hasEscapedBytes,
  decodeName,
  nameBytes,
  decodeNulSeparated,
  fsPath,
  PART_ENCODING,
  compareUtf8,
  partHash,
  modelFingerprint,
  listGitIndex,
  startListing,
  parseLsFiles,
  listModifiedFiles,
  listIgnoredFiles,
  isStrictlySorted,
  walkFiles,
  trackedLinks,
  trackedRegularFiles
};
