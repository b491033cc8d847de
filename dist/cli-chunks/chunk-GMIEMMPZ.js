import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  decodeName,
  decodeNulSeparated,
  hasEscapedBytes,
  nameBytes
} from "./chunk-XKVP7VSL.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";

// src/io/files/list.ts
import { readdirSync } from "node:fs";
import { sep } from "node:path";

// src/core/fingerprint/encoding.ts
import { createHash } from "node:crypto";
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
var isHigh = (c) => c >= 55296 && c <= 56319;
var isSurrogate = (c) => c >= 55296 && c <= 57343;
function recordLine(entry) {
  const r = entry.record;
  if (r.kind === "file") return `["file",${JSON.stringify(entry.path)},${r.size},"${r.sha256}"]`;
  const outs = [...r.outs].sort((a, b) => compareUtf8(a.path, b.path)).map((o) => [o.path, o.hashName, o.md5, o.size, o.nfiles]);
  return JSON.stringify(["dvc", entry.path, outs]);
}
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
function isSorted(entries) {
  for (let i = 1; i < entries.length; i++) {
    if (compareUtf8(entries[i - 1].path, entries[i].path) > 0)
      return false;
  }
  return true;
}
function modelFingerprint(components, data) {
  const lines = [
    ...[...components].sort((a, b) => compareUtf8(a.name, b.name)).map((p) => ["component", p.name, p.hash]),
    ...[...data].sort((a, b) => compareUtf8(a.name, b.name)).map((p) => ["data", p.name, p.hash])
  ];
  const h = createHash("sha256").update(MODEL_ENCODING + "\n");
  for (const l of lines) h.update(JSON.stringify(l) + "\n");
  return "sha256:" + h.digest("hex");
}

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
function walkFiles(root) {
  const files = [];
  const visit = (dir, prefix) => {
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
  };
  visit(Buffer.from(root), "");
  return files;
}
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

export {
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
