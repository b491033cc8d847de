import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  PART_ENCODING,
  climbOf,
  compareUtf8,
  decodeName,
  emptyRecord,
  evalSettingsHash,
  formatIssue,
  fsPath,
  hasEscapedBytes,
  ignoredValues,
  isStrictlySorted,
  listGitIndex,
  listIgnoredFiles,
  listModifiedFiles,
  locate,
  mergeMetrics,
  modelFingerprint,
  nameBytes,
  parseDuration,
  parseLsFiles,
  parseMetrics,
  partHash,
  pathsLeavingRepo,
  require_dist,
  require_mod,
  stageThresholds,
  validateManifest,
  walkFiles
} from "./chunk-BGW62NRC.js";
import {
  backoffMs,
  chooseBaseline,
  createTag,
  deleteOwnTag,
  fetchModelTags,
  findVersion,
  holders,
  modelRefPatterns,
  nextEventN,
  parseVersionArg,
  pointStageTag,
  pushTag,
  readEventCounter,
  readRegistry,
  readSealedFile,
  remoteRefs,
  remoteTagObject,
  resolveBaseline,
  resolveIdentity,
  sleep,
  stageTag,
  stagesEverHeld,
  storeArtifact,
  syncEventCounter,
  tagObject,
  tagStoredVersion,
  versionTag,
  writeSealedFileSync
} from "./chunk-EFBLMR7Q.js";
import "./chunk-4YM7E7F7.js";
import {
  require_picomatch,
  require_semver
} from "./chunk-VQR6PAF3.js";
import {
  Git,
  lastLines
} from "./chunk-6K7KHJOA.js";
import {
  formatStageMessage,
  formatVersionMessage,
  isNewMetric,
  metricDiff,
  oneLine,
  renderMarkdownReport
} from "./chunk-QCNPJVQB.js";
import {
  formatNumber,
  formatPair
} from "./chunk-UN4BW3X4.js";
import {
  LeptonError
} from "./chunk-EFJSEFFB.js";
import {
  __toESM
} from "./chunk-3CYXKRVX.js";

// src/app/context.ts
import { dirname } from "node:path";

// src/io/manifest-file.ts
import { readFile } from "node:fs/promises";
var ManifestInvalidError = class extends LeptonError {
  constructor(file, issues) {
    super(
      "invalid",
      `${file}: ${issues.length} problem${issues.length === 1 ? "" : "s"}`,
      issues.map(formatIssue)
    );
    this.file = file;
    this.issues = issues;
  }
  file;
  issues;
};
async function loadManifest(path, displayName = path) {
  let text2;
  try {
    text2 = await readFile(path, "utf8");
  } catch (e) {
    const code = e.code;
    const why = code === "ENOENT" ? "no such file" : e.message ?? String(e);
    throw new LeptonError("invalid", `cannot read manifest ${path}: ${why}`);
  }
  const result = validateManifest(text2, displayName);
  if (!result.ok) throw new ManifestInvalidError(displayName, result.issues);
  return result.manifest;
}

// src/app/context.ts
async function openProject(options) {
  const modelDir = dirname(options.manifestPath);
  const git = new Git(modelDir, options.env);
  const top = git.topLevel();
  top.catch(() => void 0);
  const manifest = await loadManifest(options.manifestPath, options.manifestName);
  const repoRoot = await top;
  return {
    manifest,
    manifestPath: options.manifestPath,
    modelDir,
    repoRoot,
    git: repoRoot ? git.at(repoRoot) : git,
    env: options.env,
    log: options.log,
    now: options.now ?? (() => /* @__PURE__ */ new Date()),
    ...options.evalCache && { evalCache: options.evalCache },
    ...options.isTTY !== void 0 && { isTTY: options.isTTY }
  };
}
function streamLogger(err) {
  return {
    info: (m) => void err.write(m + "\n"),
    warn: (m) => void err.write(`warning: ${m}
`),
    output: (c) => void err.write(c),
    group: async (name, work) => {
      err.write(`\u2500\u2500 ${name}
`);
      return work();
    }
  };
}

// src/app/status.ts
import { join as join3 } from "node:path";

// src/core/fingerprint/changed.ts
function changedParts(current, recorded) {
  return {
    components: diff(current.components, recorded?.components ?? null),
    data: diff(current.data, recorded?.data ?? null)
  };
}
function diff(parts, recorded) {
  if (recorded === null) return parts.map((p) => p.name);
  const has = (name) => Object.prototype.hasOwnProperty.call(recorded, name);
  const changed = parts.filter((p) => !has(p.name) || recorded[p.name] !== p.hash).map((p) => p.name);
  const names = new Set(parts.map((p) => p.name));
  const removed = Object.keys(recorded).filter((n) => !names.has(n)).sort();
  return [...changed, ...removed];
}

// src/io/files/index.ts
import { relative, resolve, sep as sep2 } from "node:path";

// src/io/files/hash.ts
import { createHash } from "node:crypto";
import {
  closeSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync
} from "node:fs";
import { availableParallelism } from "node:os";
import { sep } from "node:path";

// src/core/fingerprint/dvc.ts
var import_yaml = __toESM(require_dist(), 1);
var MD5 = /^[0-9a-f]{32}(\.dir)?$/;
function isDvcFile(path) {
  return path.endsWith(".dvc") && !path.endsWith("/.dvc") && path !== ".dvc";
}
function parseDvcFile(text2) {
  let doc;
  try {
    doc = (0, import_yaml.parse)(text2);
  } catch (e) {
    return { ok: false, reason: `not valid YAML (${e.message.split("\n")[0]})` };
  }
  if (!isRecord(doc) || !Array.isArray(doc.outs) || doc.outs.length === 0) {
    return { ok: false, reason: "expected an `outs:` list" };
  }
  const outs = [];
  for (const [i, raw] of doc.outs.entries()) {
    if (!isRecord(raw)) return { ok: false, reason: `outs[${i}] is not a mapping` };
    const { path, md5, size, nfiles, hash } = raw;
    if (typeof path !== "string" || path === "") {
      return { ok: false, reason: `outs[${i}] has no path` };
    }
    if (typeof md5 !== "string" || !MD5.test(md5)) {
      return {
        ok: false,
        reason: `output "${path}" records no md5 (run \`dvc commit\` so it records its data)`
      };
    }
    if (size !== void 0 && !isCount(size)) {
      return { ok: false, reason: `output "${path}" has a size that is not a whole number` };
    }
    if (nfiles !== void 0 && !isCount(nfiles)) {
      return { ok: false, reason: `output "${path}" has an nfiles that is not a whole number` };
    }
    if (hash !== void 0 && typeof hash !== "string") {
      return { ok: false, reason: `output "${path}" has a hash marker that is not a string` };
    }
    outs.push({
      path,
      hashName: hash ?? null,
      md5,
      size: size ?? null,
      nfiles: nfiles ?? null
    });
  }
  return { ok: true, outs };
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function isCount(v) {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}

// src/core/fingerprint/lfs.ts
var LFS_POINTER_MAX_SIZE = 1024;
var VERSIONS = /* @__PURE__ */ new Set([
  "https://git-lfs.github.com/spec/v1",
  // Pointers written by pre-1.0 clients: git-lfs still reads them as v1.
  "https://hawser.github.com/spec/v1",
  "http://git-media.io/v/2"
]);
var LINE = /^([a-z0-9.-]+) ([^\n]*)$/;
var OID = /^sha256:([0-9a-f]{64})$/;
var SIZE = /^(0|[1-9][0-9]{0,15})$/;
var EXTENSION = /^ext-[0-9]+-[a-z0-9]+$/;
function mayBeLfsPointer(size, head) {
  return size > 0 && size < LFS_POINTER_MAX_SIZE && head.startsWith("version ");
}
function parseLfsPointer(text2) {
  if (text2.length >= LFS_POINTER_MAX_SIZE || !text2.endsWith("\n")) return null;
  const lines = text2.slice(0, -1).split("\n");
  let oid;
  let size;
  for (const [i, line] of lines.entries()) {
    const m = LINE.exec(line);
    if (!m) return null;
    const [, key, value] = m;
    if (i === 0) {
      if (key !== "version" || !VERSIONS.has(value)) return null;
    } else if (key === "oid") {
      const o = OID.exec(value);
      if (!o || oid !== void 0) return null;
      oid = o[1];
    } else if (key === "size") {
      if (!SIZE.test(value) || size !== void 0) return null;
      size = Number(value);
    } else if (!EXTENSION.test(key)) {
      return null;
    }
  }
  return oid !== void 0 && size !== void 0 && Number.isSafeInteger(size) ? { oid, size } : null;
}

// src/io/files/pool.ts
import { Worker } from "node:worker_threads";

// src/io/files/worker-source.ts
var WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const buf = Buffer.allocUnsafe(1 << 20);
const REPORT = 32 << 20;
parentPort.on('message', ({ files }) => {
  const results = [];
  for (const { id, path } of files) {
    let fd;
    try {
      fd = openSync(path, 'r');
      const h = createHash('sha256');
      let size = 0, unreported = 0, n;
      while ((n = readSync(fd, buf, 0, buf.length, null)) > 0) {
        h.update(n === buf.length ? buf : buf.subarray(0, n));
        size += n;
        unreported += n;
        if (unreported >= REPORT) { parentPort.postMessage({ progress: unreported }); unreported = 0; }
      }
      if (unreported) parentPort.postMessage({ progress: unreported });
      results.push({ id, size, hex: h.digest('hex') });
    } catch (e) {
      results.push({ id, error: (e && e.code) || String(e && e.message) });
    } finally {
      if (fd !== undefined) try { closeSync(fd); } catch {}
    }
  }
  parentPort.postMessage({ results });
});
`;

// src/io/files/pool.ts
var BATCH_BYTES = 8 << 20;
var BATCH_FILES = 128;
async function hashInWorkers(jobs, threads, onBytes) {
  const batches = makeBatches(jobs);
  const results = [];
  const workers = [];
  let next = 0;
  try {
    await new Promise((resolve5, reject) => {
      let running2 = 0;
      const feed = (w) => {
        const batch = batches[next++];
        if (!batch) {
          if (--running2 === 0) resolve5();
          return;
        }
        w.postMessage({ files: batch.map(({ id, path }) => ({ id, path })) });
      };
      const count = Math.max(1, Math.min(threads, batches.length));
      for (let i = 0; i < count && batches.length > 0; i++) {
        const w = new Worker(WORKER_SOURCE, { eval: true });
        workers.push(w);
        running2++;
        w.on("message", (m) => {
          if (m.progress !== void 0) {
            onBytes(m.progress, 0);
            return;
          }
          if (m.results) {
            results.push(...m.results);
            onBytes(0, m.results.length);
            feed(w);
          }
        });
        w.on("error", reject);
        w.on("exit", (code) => {
          if (code !== 0) reject(new Error(`hashing worker exited with code ${code}`));
        });
        feed(w);
      }
      if (batches.length === 0) resolve5();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
function makeBatches(jobs) {
  const sorted = [...jobs].sort((a, b) => b.size - a.size);
  const batches = [];
  let current = [];
  let bytes = 0;
  for (const j of sorted) {
    if (current.length && (bytes + j.size > BATCH_BYTES || current.length >= BATCH_FILES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(j);
    bytes += j.size;
  }
  if (current.length) batches.push(current);
  return batches;
}

// src/io/files/progress.ts
var QUIET_MS = 1e3;
var EVERY_MS = 100;
var ProgressMeter = class {
  constructor(totalFiles, totalBytes, onProgress) {
    this.totalFiles = totalFiles;
    this.totalBytes = totalBytes;
    this.onProgress = onProgress;
  }
  totalFiles;
  totalBytes;
  onProgress;
  files = 0;
  bytes = 0;
  last = 0;
  shown = false;
  started = Date.now();
  add(files, bytes) {
    this.files += files;
    this.bytes += bytes;
    if (!this.onProgress) return;
    const now = Date.now();
    if (now - this.started < QUIET_MS || now - this.last < EVERY_MS) return;
    this.last = now;
    this.shown = true;
    this.onProgress(this.snapshot());
  }
  /** The closing call (all files done), only when progress was shown at all. */
  finish() {
    if (this.shown && this.onProgress) {
      this.onProgress({
        files: this.totalFiles,
        totalFiles: this.totalFiles,
        bytes: this.totalBytes,
        totalBytes: this.totalBytes
      });
    }
  }
  snapshot() {
    return {
      files: Math.min(this.files, this.totalFiles),
      totalFiles: this.totalFiles,
      bytes: Math.min(this.bytes, this.totalBytes),
      totalBytes: this.totalBytes
    };
  }
};

// src/io/files/stat-cache-file.ts
import { rmSync } from "node:fs";
var FORMAT = "lepton-stat-cache";
var KIND = "stat-cache";
var MAX_BYTES = 512 << 20;
var VERSION = 5;
var RACY_MARGIN_MS = 2e3;
var BLOB_BYTES = /* @__PURE__ */ new Set([20, 32]);
var W = 6;
var DIGEST_BYTES = 32;
var NO_DIGEST = "0".repeat(DIGEST_BYTES * 2);
var HASH = /^sha256:[0-9a-f]{64}$/;
function statKey(st) {
  return { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, dev: st.dev };
}
function sameKey(a, b) {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino && a.dev === b.dev;
}
var EMPTY = {
  count: 0,
  dvc: {},
  blobWidth: 40,
  index: null,
  memo: null,
  columns: () => ({ paths: [], stat: new Float64Array(0), digests: "", blobs: "" })
};
function keyAt(cols, i) {
  const o = cols.stat;
  return {
    size: o[i * W],
    mtimeMs: o[i * W + 1],
    ctimeMs: o[i * W + 2],
    ino: o[i * W + 3],
    dev: o[i * W + 4]
  };
}
function recordAt(saved, cols, i) {
  const size = cols.stat[i * W + 5];
  if (size === -1) {
    const outs = Object.prototype.hasOwnProperty.call(saved.dvc, i) ? saved.dvc[i] : void 0;
    return Array.isArray(outs) && outs.length > 0 && outs.every(validOut) ? { kind: "dvc", outs } : null;
  }
  const hex = cols.digests.slice(i * 64, i * 64 + 64);
  return isCount2(size) ? { kind: "file", size, sha256: hex } : null;
}
function writeCacheFile(file, {
  startedMs,
  index,
  memo,
  entries
}) {
  const width = entries.find((e) => e.blob)?.blob?.length ?? 40;
  const noBlob = "0".repeat(width);
  const paths = [];
  const stat3 = new Float64Array(entries.length * W);
  const digests = [];
  const blobs = [];
  const dvc = {};
  entries.forEach((e, i) => {
    const { record: record2, key } = e;
    if (record2.kind === "dvc") dvc[i] = [...record2.outs];
    digests.push(record2.kind === "file" ? record2.sha256 : NO_DIGEST);
    blobs.push(index && e.blob && e.blob.length === width ? e.blob : noBlob);
    paths.push(e.path);
    stat3.set(
      [
        key.size,
        key.mtimeMs,
        key.ctimeMs,
        key.ino,
        key.dev,
        record2.kind === "file" ? record2.size : -1
      ],
      i * W
    );
  });
  const names = Buffer.from(paths.join("\0"));
  const header = Buffer.from(
    JSON.stringify({
      format: FORMAT,
      version: VERSION,
      encoding: PART_ENCODING,
      startedMs,
      count: entries.length,
      blobBytes: width / 2,
      pathBytes: names.length,
      index: index && [index.size, index.mtimeMs, index.ctimeMs, index.ino, index.dev],
      memo,
      dvc
    })
  );
  const columns = [
    new Uint8Array(stat3.buffer),
    Buffer.from(digests.join(""), "hex"),
    Buffer.from(blobs.join(""), "hex"),
    names
  ];
  if (writeSealedFileSync(file, KIND, [[header], columns], MAX_BYTES)) {
    try {
      rmSync(file.replace(/\.bin$/, ".json"), { force: true });
    } catch {
    }
  }
}
function readCacheFile(file) {
  const sealed = readSealedFile(file, KIND, MAX_BYTES);
  const head = sealed?.count === 2 ? sealed.section(0) : null;
  if (!sealed || !head) return null;
  try {
    const doc = JSON.parse(head.toString("utf8"));
    const { count, dvc, startedMs, blobBytes, pathBytes, index, memo } = doc;
    if (doc.format !== FORMAT || doc.version !== VERSION || doc.encoding !== PART_ENCODING || typeof startedMs !== "number" || !Number.isFinite(startedMs) || !isCount2(count) || typeof blobBytes !== "number" || !BLOB_BYTES.has(blobBytes) || !isCount2(pathBytes) || typeof dvc !== "object" || dvc === null || !(index === null || isKey(index)) || !(memo === null || isMemo(memo)) || !isLittleEndian()) {
      return null;
    }
    const statEnd = count * W * 8;
    const digestsEnd = statEnd + count * DIGEST_BYTES;
    const blobsEnd = digestsEnd + count * blobBytes;
    if (blobsEnd + pathBytes !== sealed.length(1)) return null;
    const empty = EMPTY.columns();
    let columns;
    const decode = () => {
      if (columns) return columns;
      const bytes = sealed.section(1);
      if (bytes === null) return columns = empty;
      const names = count === 0 ? [] : bytes.toString("utf8", blobsEnd).split("\0");
      if (names.length !== count) return columns = empty;
      const stat3 = new Float64Array(count * W);
      new Uint8Array(stat3.buffer).set(bytes.subarray(0, statEnd));
      return columns = {
        paths: names,
        stat: stat3,
        digests: bytes.toString("hex", statEnd, digestsEnd),
        blobs: bytes.toString("hex", digestsEnd, blobsEnd)
      };
    };
    const [size, mtimeMs, ctimeMs, ino, dev] = index ?? [];
    return {
      saved: {
        count,
        dvc,
        blobWidth: blobBytes * 2,
        index: index === null ? null : { size, mtimeMs, ctimeMs, ino, dev },
        memo,
        columns: decode
      },
      // Never trust a start later than the file was written (a clock that jumped).
      startedMs: Math.min(startedMs, sealed.mtimeMs)
    };
  } catch {
    return null;
  }
}
function isMemo(v) {
  if (typeof v !== "object" || v === null) return false;
  const m = v;
  const parts = (p) => Array.isArray(p) && p.every(
    (x) => typeof x === "object" && x !== null && typeof x.name === "string" && typeof x.hash === "string" && HASH.test(x.hash) && isCount2(x.files)
  );
  const others = Array.isArray(m.others) && m.others.every(
    (o) => Array.isArray(o) && o.length === 6 && typeof o[0] === "string" && o.slice(1).every((n) => typeof n === "number" && Number.isFinite(n))
  );
  return typeof m.key === "string" && isCount2(m.files) && parts(m.components) && parts(m.data) && others;
}
function isKey(v) {
  return Array.isArray(v) && v.length === 5 && v.every((n) => typeof n === "number" && Number.isFinite(n));
}
function isLittleEndian() {
  return new Uint8Array(new Float64Array([1]).buffer)[7] === 63;
}
function validOut(o) {
  if (typeof o !== "object" || o === null) return false;
  const x = o;
  return Object.keys(x).length === 5 && typeof x.path === "string" && typeof x.md5 === "string" && (x.hashName === null || typeof x.hashName === "string") && (x.size === null || isCount2(x.size)) && (x.nfiles === null || isCount2(x.nfiles));
}
function isCount2(v) {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}

// src/io/files/hash.ts
var WORKER_MIN_BYTES = 64 << 20;
function folderPrefix(dir) {
  return dir.endsWith(sep) ? dir : dir + sep;
}
function statTargets(rels, modelDir, root) {
  const targets = [];
  const problems = [];
  let rootReal;
  const base = folderPrefix(modelDir);
  for (const rel of rels) {
    const abs = base + rel;
    const escaped = hasEscapedBytes(rel);
    let st;
    try {
      st = lstatSync(escaped ? nameBytes(abs) : abs, { throwIfNoEntry: false });
    } catch (e) {
      problems.push(`${rel}: cannot read it (${errno(e)})`);
      continue;
    }
    if (st === void 0) continue;
    let path = abs;
    if (st.isSymbolicLink()) {
      rootReal ??= realpathSync(root);
      let real;
      try {
        real = escaped ? decodeName(realpathSync(nameBytes(abs), { encoding: "buffer" })) : realpathSync(abs);
      } catch (e) {
        problems.push(`${rel}: symlink to nothing (${errno(e)})`);
        continue;
      }
      if (real !== rootReal && !real.startsWith(rootReal + sep)) {
        problems.push(`${rel}: symlink leaves the repository (\u2192 ${real})`);
        continue;
      }
      path = real;
      st = statSync(fsPath(real));
    }
    if (!st.isFile()) {
      problems.push(
        `${rel}: ${st.isDirectory() ? "is a folder (a submodule or a symlink to a folder); name its files instead" : "not a regular file"}`
      );
      continue;
    }
    targets.push({
      rel,
      abs: path,
      key: statKey(st)
    });
  }
  if (problems.length) {
    throw new LeptonError(
      "invalid",
      problems.length === 1 ? problems[0] : `${problems.length} files cannot be used`,
      problems.length === 1 ? [] : problems
    );
  }
  return targets;
}
async function hashTargets(targets, cache, records, vouched, onProgress) {
  const inline = [];
  const streamed = [];
  let todoBytes = 0;
  for (const t of targets) {
    const hit = hasEscapedBytes(t.rel) ? void 0 : cache.lookup(t.rel, t.key, vouched.get(t.rel));
    if (hit) {
      records.set(t.rel, hit);
    } else if (t.key.size < LFS_POINTER_MAX_SIZE || isDvcFile(t.rel)) {
      inline.push(t);
      todoBytes += t.key.size;
    } else {
      streamed.push(t);
      todoBytes += t.key.size;
    }
  }
  const meter = new ProgressMeter(inline.length + streamed.length, todoBytes, onProgress);
  const problems = [];
  for (const t of inline) {
    let bytes;
    try {
      bytes = readFileSync(fsPath(t.abs));
    } catch (e) {
      problems.push(`${t.rel}: cannot read it (${errno(e)})`);
      continue;
    }
    const r = classify(t.rel, bytes);
    if (typeof r === "string") problems.push(`${t.rel}: ${r}`);
    else keep(t, r, bytes.length);
    meter.add(1, bytes.length);
  }
  const streamedBytes = streamed.reduce((n, t) => n + t.key.size, 0);
  const threads = availableParallelism();
  const workers = streamedBytes >= WORKER_MIN_BYTES && threads >= 2;
  const here = workers ? streamed.filter((t) => hasEscapedBytes(t.abs)) : streamed;
  for (const t of here) {
    const r = hashHere(t.abs, (n) => meter.add(0, n));
    if (typeof r === "string") problems.push(`${t.rel}: cannot read it (${r})`);
    else keep(t, { kind: "file", size: r.size, sha256: r.hex }, r.size);
    meter.add(1, 0);
  }
  if (workers) {
    const there = streamed.filter((t) => !hasEscapedBytes(t.abs));
    const jobs = there.map((t, id) => ({ id, path: t.abs, size: t.key.size }));
    const results = await hashInWorkers(jobs, threads, (bytes, files) => meter.add(files, bytes));
    for (const r of results) {
      const t = there[r.id];
      if ("error" in r) problems.push(`${t.rel}: cannot read it (${describe(r.error)})`);
      else keep(t, { kind: "file", size: r.size, sha256: r.hex }, r.size);
    }
  }
  meter.finish();
  if (problems.length) {
    problems.sort();
    throw new LeptonError(
      "invalid",
      problems.length === 1 ? problems[0] : `${problems.length} files cannot be read`,
      problems.length === 1 ? [] : problems
    );
  }
  function keep(t, record2, bytesRead) {
    records.set(t.rel, record2);
    if (bytesRead === t.key.size && !hasEscapedBytes(t.rel))
      cache.remember(t.rel, t.key, record2, vouched.get(t.rel));
  }
}
function classify(rel, bytes) {
  if (isDvcFile(rel)) {
    const dvc = parseDvcFile(bytes.toString("utf8"));
    return dvc.ok ? { kind: "dvc", outs: dvc.outs } : `not a DVC file: ${dvc.reason}`;
  }
  if (mayBeLfsPointer(bytes.length, bytes.toString("latin1", 0, 8))) {
    const pointer = parseLfsPointer(bytes.toString("utf8"));
    if (pointer) return { kind: "file", size: pointer.size, sha256: pointer.oid };
  }
  return {
    kind: "file",
    size: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex")
  };
}
var buffer;
function hashHere(path, onBytes) {
  buffer ??= Buffer.allocUnsafe(1 << 20);
  let fd;
  try {
    fd = openSync(fsPath(path), "r");
    const h = createHash("sha256");
    let size = 0;
    let n;
    while ((n = readSync(fd, buffer, 0, buffer.length, null)) > 0) {
      h.update(n === buffer.length ? buffer : buffer.subarray(0, n));
      size += n;
      onBytes(n);
    }
    return { size, hex: h.digest("hex") };
  } catch (e) {
    return errno(e);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function errno(e) {
  const code = e.code;
  return code ? describe(code) : String(e.message ?? e);
}
var ERRNO_TEXT = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOENT: "no such file",
  EISDIR: "is a folder",
  ELOOP: "too many levels of symlinks",
  EIO: "input/output error"
};
function describe(code) {
  const text2 = ERRNO_TEXT[code];
  return text2 ? `${code}: ${text2}` : code;
}

// src/io/files/memo.ts
import { createHash as createHash3 } from "node:crypto";
import { lstatSync as lstatSync2 } from "node:fs";

// src/io/files/select.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { posix } from "node:path";

// src/core/fingerprint/eval-files.ts
import { createHash as createHash2 } from "node:crypto";
var EVAL_FILES_ENCODING = "lepton-eval-files/1";
function evalSettingsWithFiles(settings, files) {
  if (!files || files.files === 0) return settings;
  const canonical = JSON.stringify([EVAL_FILES_ENCODING, settings, files.hash]);
  return `sha256:${createHash2("sha256").update(canonical, "utf8").digest("hex")}`;
}
var OPERATORS = /* @__PURE__ */ new Set(["|", "&", ";", "<", ">", "(", ")"]);
function commandWords(command, depth = 0) {
  const words = [];
  let word = "";
  let inWord = false;
  let dynamic = false;
  let quotedSpace = false;
  let skipNext = false;
  const end = () => {
    if (!inWord) return;
    if (skipNext) skipNext = false;
    else if (!dynamic) {
      words.push(word);
      if (quotedSpace && depth < 2) words.push(...commandWords(word, depth + 1));
    }
    word = "";
    inWord = false;
    dynamic = false;
    quotedSpace = false;
  };
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (c === " " || c === "	" || c === "\n" || c === "\r") {
      end();
    } else if (c === "#" && !inWord) {
      const nl = command.indexOf("\n", i);
      if (nl < 0) break;
      i = nl;
    } else if (OPERATORS.has(c)) {
      if (c === ">" && /^\d+$/.test(word)) {
        word = "";
        inWord = false;
      }
      end();
      if (c === ">") {
        while (command[i + 1] === ">" || command[i + 1] === "&" || command[i + 1] === "|") i++;
        skipNext = true;
      } else {
        skipNext = false;
      }
    } else if (c === "\\") {
      inWord = true;
      if (i + 1 < command.length) word += command[++i];
    } else if (c === "'") {
      inWord = true;
      const close = command.indexOf("'", i + 1);
      const text2 = command.slice(i + 1, close < 0 ? command.length : close);
      if (/\s/.test(text2)) quotedSpace = true;
      word += text2;
      i = close < 0 ? command.length : close;
    } else if (c === '"') {
      inWord = true;
      let j = i + 1;
      for (; j < command.length && command[j] !== '"'; j++) {
        const d = command[j];
        if (d === "\\" && '"\\$`'.includes(command[j + 1] ?? "")) word += command[++j];
        else {
          if (d === "$" || d === "`") dynamic = true;
          if (/\s/.test(d)) quotedSpace = true;
          word += d;
        }
      }
      i = j;
    } else {
      if (c === "$" || c === "`") dynamic = true;
      inWord = true;
      word += c;
    }
  }
  end();
  const out = [];
  for (const w of words) {
    const eq = w.indexOf("=");
    const value = eq > 0 && /^(--?[A-Za-z0-9][\w-]*|[A-Za-z_]\w*)$/.test(w.slice(0, eq));
    const candidate = value ? w.slice(eq + 1) : w;
    if (candidate === "" || candidate.startsWith("-") || candidate.startsWith("/")) continue;
    if (candidate.startsWith("~") || /^[A-Za-z]:[\\/]/.test(candidate)) continue;
    if (!out.includes(candidate)) out.push(candidate);
  }
  return out;
}

// src/io/files/select.ts
var EVAL_PART = "eval";
function partsOf(manifest) {
  return [
    ...manifest.components.map((part) => ({ kind: "component", part })),
    ...manifest.data.map((part) => ({ kind: "data", part }))
  ];
}
function selectionParts(manifest) {
  const parts = partsOf(manifest).map(({ kind, part }) => ({
    kind,
    name: part.name,
    paths: part.paths
  }));
  const evalPart = evalFilesPart(manifest);
  if (evalPart) parts.push(evalPart);
  return parts;
}
function evalFilesPart(manifest) {
  const spec = manifest.eval;
  const metrics = new Set(spec.metrics.map(normalizePath));
  const optional = [];
  for (const word of commandWords(spec.command)) {
    const p = normalizePath(posix.join(spec.workdir, word));
    if (p === "" || p === "." || /^(\.\.\/)*\.\.$/.test(p) || metrics.has(p)) continue;
    if (!optional.includes(p)) optional.push(p);
  }
  const paths = spec.paths ?? [];
  if (paths.length === 0 && optional.length === 0) return null;
  return { kind: "eval", name: EVAL_PART, paths, optional };
}
function normalizePath(pattern) {
  const p = pattern.replace(/\\/g, "/");
  const n = p.includes("/.") || p.startsWith(".") ? posix.normalize(p) : p;
  return n.replace(/^(\.\/)+/, "").replace(/\/+$/, "");
}
function isExclusion(pattern) {
  return pattern.startsWith("!");
}
function positivePart(pattern) {
  return pattern.startsWith("!") || pattern.startsWith("\\!") ? pattern.slice(1) : pattern;
}
function pathMatcher(pattern) {
  const p = normalizePath(positivePart(pattern));
  if (p === "" || p === ".") return (f) => !f.startsWith("../");
  if (!import_picomatch.default.scan(p).isGlob) {
    const dir = p + "/";
    return (f) => f === p || f.startsWith(dir);
  }
  const match = (0, import_picomatch.default)(p, { dot: true, flags: "s" });
  return (file) => match(file);
}
function partMatcher(paths) {
  const rules = paths.map((p) => ({ exclude: isExclusion(p), test: pathMatcher(p) }));
  if (!rules.some((r) => r.exclude)) {
    const tests = rules.map((r) => r.test);
    return tests.length === 1 ? tests[0] : (f) => tests.some((t) => t(f));
  }
  return (f) => {
    let inside = false;
    for (const r of rules) if (r.exclude === inside && r.test(f)) inside = !r.exclude;
    return inside;
  };
}
function matchParts(parts, files, strictlySorted = false) {
  const out = [];
  const unmatched = [];
  for (const { kind, name, paths, optional = [] } of parts) {
    if (strictlySorted && paths.length === 1 && optional.length === 0 && !isExclusion(paths[0])) {
      const pattern = paths[0];
      const matched = files.filter(pathMatcher(pattern));
      if (matched.length === 0) unmatched.push({ kind, part: name, pattern });
      out.push({ kind, name, files: matched });
      continue;
    }
    const all = [...paths, ...optional];
    const rules = all.map((p) => ({
      p,
      exclude: isExclusion(p),
      test: pathMatcher(p),
      any: false
    }));
    const exclusions = rules.some((r) => r.exclude);
    const selected = [];
    for (const f of files) {
      let inside = false;
      for (const r of rules) {
        if (r.exclude) {
          if (inside && r.test(f)) inside = false;
        } else if (r.test(f)) {
          r.any = true;
          inside = true;
          if (!exclusions) break;
        }
      }
      if (inside) selected.push(f);
    }
    if (!exclusions) {
      for (const r of rules) if (!r.any && paths.includes(r.p)) r.any = files.some(r.test);
    }
    const required = new Set(paths);
    for (const r of rules) {
      if (!r.exclude && !r.any && required.has(r.p))
        unmatched.push({ kind, part: name, pattern: r.p });
    }
    if (selected.length === 0 && paths.length > 0 && rules.some((r) => r.any && required.has(r.p))) {
      unmatched.push({ kind, part: name, pattern: paths[0], allExcluded: true });
    }
    out.push({
      kind,
      name,
      files: strictlySorted || isStrictlySorted(selected) ? selected : selected.sort(compareUtf8)
    });
  }
  return { parts: out, unmatched };
}
function unmatchedReason(u, ignored, listed) {
  const what = `${u.kind === "eval" ? "eval.paths" : `${u.kind} "${u.part}"`}: path "${u.pattern}"`;
  if (u.allExcluded) return `${what}: every file it matches is excluded by a "!" path of its own`;
  const test = pathMatcher(u.pattern);
  const pointers = listed.filter((f) => f.endsWith(".dvc") && test(f.slice(0, -4)));
  if (pointers.length > 0) {
    const sample2 = pointers.slice(0, 3).join(", ");
    return `${what} matches no file, but DVC tracks it by ${sample2}${pointers.length > 3 ? ", \u2026" : ""}: name the .dvc pointer (Lepton hashes what it records; the data is never read)`;
  }
  const hidden = ignored.filter(test);
  if (hidden.length === 0) return `${what} matches no file`;
  const sample = [...hidden].sort(compareUtf8).slice(0, 3).join(", ");
  return `${what} matches only files git ignores (${sample}${hidden.length > 3 ? ", \u2026" : ""}); such files are never versioned: commit them, or version them with Git LFS or DVC`;
}
function unmatchedError(unmatched, ignored, listed = []) {
  const lines = unmatched.map((u) => unmatchedReason(u, ignored, listed));
  return new LeptonError(
    "invalid",
    unmatched.length === 1 ? lines[0] : `${unmatched.length} paths match no file`,
    unmatched.length === 1 ? [] : lines
  );
}
function rebaseName(name, prefix) {
  if (prefix === "") return name;
  if (name.startsWith(prefix) && name.charCodeAt(prefix.length) === 47) {
    return name.slice(prefix.length + 1);
  }
  const up = prefix.split("/");
  const segs = name.split("/");
  let common = 0;
  while (common < up.length && common < segs.length - 1 && up[common] === segs[common]) common++;
  return "../".repeat(up.length - common) + segs.slice(common).join("/");
}

// src/io/files/memo.ts
function memoKey(parts, lsFiles) {
  const declared = parts.map((p) => [p.kind, p.name, p.paths, ...p.optional ? [p.optional] : []]);
  return createHash3("sha256").update(JSON.stringify(declared)).update("\0").update(untrackedRecords(lsFiles)).digest("hex");
}
function untrackedRecords(out) {
  let i = 0;
  while (out.startsWith("? ", i)) {
    const end = out.indexOf("\0", i);
    if (end < 0) return out;
    i = end + 1;
  }
  return out.slice(0, i);
}
function memoHolds(memo, parts, modified, modelDir) {
  const known = new Set(memo.others.map((o) => o[0]));
  const names = [...modified].filter((f) => f !== "" && !known.has(f));
  if (names.length > 0) {
    const touched = parts.some(
      (part) => [...part.paths, ...part.optional ?? []].filter((p) => !isExclusion(p)).some((p) => names.some(pathMatcher(p)))
    );
    if (touched) return false;
  }
  const base = folderPrefix(modelDir);
  return memo.others.every(([rel, size, mtimeMs, ctimeMs, ino, dev]) => {
    try {
      const st = lstatSync2(base + rel, { throwIfNoEntry: false });
      return st !== void 0 && st.isFile() && sameKey(statKey(st), { size, mtimeMs, ctimeMs, ino, dev });
    } catch {
      return false;
    }
  });
}

// src/io/files/stat-cache.ts
import { createHash as createHash4 } from "node:crypto";
import { join } from "node:path";
var MEMO_OTHERS_MAX = 1e3;
var StatCache = class _StatCache {
  constructor(file, old, trustedBefore, startedMs) {
    this.file = file;
    this.old = old;
    this.trustedBefore = trustedBefore;
    this.startedMs = startedMs;
    this.noBlob = "0".repeat(old.blobWidth);
  }
  file;
  old;
  trustedBefore;
  startedMs;
  /** Where the next lookup is expected in the old entries (saved in path order). */
  cursor = 0;
  /** This run's entries in lookup order. */
  entries = [];
  /** The old entries, decoded when first asked for. */
  cols;
  noBlob;
  /** The parts' hashes to keep for the next run, if every selected file was vouched for. */
  memo = null;
  /** Entries of this run's misses, to be filled by remember. */
  missed = /* @__PURE__ */ new Map();
  changed = false;
  /** The index file's stat data in this run when git read that one file throughout and it is settled. */
  index = null;
  indexTrusted = false;
  /** This run's hits and misses (the tests and the bench read them). */
  hits = 0;
  misses = 0;
  /** Hits served on git's word, without an lstat. */
  vouched = 0;
  /** Reads the cache of the model known as `modelKey` (a stable id of its folder); never throws. */
  static open(dir, modelKey, startedMs) {
    if (dir === null) return new _StatCache(null, EMPTY, -Infinity, startedMs);
    const name = createHash4("sha256").update(modelKey).digest("hex").slice(0, 16);
    const file = join(dir, `files-${name}.bin`);
    const loaded = readCacheFile(file);
    const cache = new _StatCache(
      file,
      loaded?.saved ?? EMPTY,
      loaded ? loaded.startedMs - RACY_MARGIN_MS : -Infinity,
      startedMs
    );
    if (loaded && loaded.saved.memo === null) cache.columns();
    return cache;
  }
  /**
   * The stat data of git's index file in this run (null when unknown or when it changed while
   * git was reading it). Entries with blob ids count only if the cache was written under it.
   */
  useIndex(index) {
    const saved = this.old.index;
    this.indexTrusted = index !== null && saved !== null && sameKey(index, saved);
    this.index = index && this.settled(index) ? index : null;
    if (this.index === null ? saved !== null : saved === null || !sameKey(this.index, saved)) {
      this.changed = true;
    }
  }
  /**
   * The parts' hashes a run under this same index saved with `key` (call after useIndex); the
   * caller checks the files it names in `others` (memo.ts).
   */
  memoFor(key) {
    const memo = this.old.memo;
    return this.indexTrusted && memo !== null && memo.key === key ? memo : null;
  }
  /**
   * Keeps `memo` for the next run if every one of this run's entries has a record, and either
   * a blob id or, when `plainFiles` (every file looked at is a regular file, none gone),
   * settled stat data to be checked next time.
   */
  keepMemo(memo, plainFiles) {
    if (this.index === null || memo.files !== this.entries.length) return;
    const others = [];
    for (const e of this.entries) {
      if (e.record === null) return;
      if (e.blob !== null) continue;
      if (!plainFiles || others.length >= MEMO_OTHERS_MAX) return;
      const k = e.key ?? this.keyAt(e.old);
      if (!this.settled(k)) return;
      others.push([e.path, k.size, k.mtimeMs, k.ctimeMs, k.ino, k.dev]);
    }
    this.memo = { ...memo, others };
  }
  /**
   * The remembered record of a file git vouches for (unchanged against the index, which holds
   * `blob` for it), without looking at the file: only under the index the entry was saved
   * with, and with the same blob id. Undefined otherwise (then look it up by its stat data).
   */
  lookupVouched(path, blob) {
    if (!this.indexTrusted) return void 0;
    const i = this.find(path);
    if (i === void 0 || !this.hasBlob(i, blob)) return void 0;
    const record2 = this.recordAt(i);
    if (!record2) return void 0;
    this.entries.push({ path, old: i, key: null, record: record2, blob });
    this.hits++;
    this.vouched++;
    return record2;
  }
  /**
   * The remembered record of `path` when its stat data is unchanged and old enough to trust.
   * `blob`: the index's blob id when git vouches for the file in this run (kept with a hit on
   * a settled file so the next run may skip the lstat).
   */
  lookup(path, k, blob) {
    const i = this.find(path);
    const stat3 = this.columns().stat;
    if (i !== void 0 && k.mtimeMs < this.trustedBefore && k.ctimeMs < this.trustedBefore && stat3[i * W] === k.size && stat3[i * W + 1] === k.mtimeMs && stat3[i * W + 2] === k.ctimeMs && stat3[i * W + 3] === k.ino && stat3[i * W + 4] === k.dev) {
      const record2 = this.recordAt(i);
      if (record2) {
        const keep = this.vouchable(k, blob);
        if (keep !== this.blobAt(i)) this.changed = true;
        this.entries.push({ path, old: i, key: null, record: record2, blob: keep });
        this.hits++;
        return record2;
      }
    }
    const miss = { path, old: null, key: null, record: null, blob: null };
    this.entries.push(miss);
    this.missed.set(path, miss);
    this.misses++;
    return void 0;
  }
  /** A record read in this run; `blob` as for lookup. */
  remember(path, key, record2, blob) {
    const e = this.missed.get(path);
    const entry = { path, old: null, key, record: record2, blob: this.vouchable(key, blob) };
    if (e) Object.assign(e, entry);
    else this.entries.push(entry);
    this.changed = true;
  }
  /**
   * Writes this run's entries, sorted by path, when they differ from what was read; a failure
   * only costs speed.
   */
  save() {
    if (this.file === null) return;
    const memoSame = JSON.stringify(this.memo) === JSON.stringify(this.old.memo);
    if (!this.changed && memoSame && this.hits === this.old.count) return;
    const kept = this.entries.filter((e) => e.record !== null);
    if (!isSorted(kept)) kept.sort((a, b) => compareUtf8(a.path, b.path));
    writeCacheFile(this.file, {
      startedMs: this.startedMs,
      index: this.index,
      memo: this.memo,
      entries: kept.map((e) => ({
        path: e.path,
        key: e.key ?? this.keyAt(e.old),
        record: e.record,
        blob: e.blob
      }))
    });
  }
  /** Old enough that a change after this run started would show in its stat data. */
  settled(k) {
    const before = this.startedMs - RACY_MARGIN_MS;
    return k.mtimeMs < before && k.ctimeMs < before;
  }
  /** The blob id to keep with an entry: only for a settled file git vouched for under a settled index. */
  vouchable(k, blob) {
    return blob !== void 0 && this.index !== null && this.settled(k) ? blob : null;
  }
  /**
   * The old entry of `path`. Files are looked up in path order, the order the entries were
   * saved in, so the entry is nearly always the one after the last; else a binary search
   * finds it (in a file edited out of order, an entry may be missed: that costs only speed).
   */
  find(path) {
    const paths = this.columns().paths;
    if (paths[this.cursor] === path) return this.cursor++;
    let lo = 0;
    let hi = paths.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (compareUtf8(paths[mid], path) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (paths[lo] !== path) return void 0;
    this.cursor = lo + 1;
    return lo;
  }
  columns() {
    return this.cols ??= this.old.columns();
  }
  keyAt(i) {
    return keyAt(this.columns(), i);
  }
  /** Whether entry i was kept with `blob` (compared in place: no string per file). */
  hasBlob(i, blob) {
    const w = this.old.blobWidth;
    return blob.length === w && this.columns().blobs.startsWith(blob, i * w);
  }
  blobAt(i) {
    const w = this.old.blobWidth;
    const blob = this.columns().blobs.slice(i * w, i * w + w);
    return blob === this.noBlob ? null : blob;
  }
  /** Entry i's record, checked for shape; null for anything malformed. */
  recordAt(i) {
    return recordAt(this.old, this.columns(), i);
  }
};
function isSorted(entries) {
  for (let i = 1; i < entries.length; i++) {
    if (compareUtf8(entries[i - 1].path, entries[i].path) >= 0) return false;
  }
  return true;
}

// src/io/files/vouch.ts
import { statSync as statSync2 } from "node:fs";
import { dirname as dirname2, isAbsolute, join as join2 } from "node:path";
function indexFileOf(cacheDir, env) {
  const custom = env.GIT_INDEX_FILE;
  if (custom !== void 0 && custom !== "") return isAbsolute(custom) ? custom : null;
  return join2(dirname2(cacheDir), "index");
}
function indexKey(file) {
  try {
    const st = statSync2(file, { throwIfNoEntry: false });
    return st ? statKey(st) : null;
  } catch {
    return null;
  }
}
function sameIndex(before, after2) {
  return before && after2 && sameKey(before, after2) ? before : null;
}
function vouchedFiles(blobs, modified) {
  for (const name of modified) blobs.delete(name);
  return blobs;
}

// src/io/files/index.ts
async function listTree(manifest, options) {
  const scope = scopeOf(manifest, options);
  const git = scope.git;
  const [raw, ignoredRaw] = await Promise.all([listGitIndex(git), listIgnoredFiles(git)]);
  const listed = parseLsFiles(raw);
  const tracked = /* @__PURE__ */ new Set();
  for (const record2 of raw.split("\0")) {
    const tab = record2.indexOf("	");
    if (!record2.startsWith("? ") && tab > 0)
      tracked.add(rebaseName(record2.slice(tab + 1), scope.prefix));
  }
  const files = rebaseListing(listed, scope.prefix).files;
  const ignored = scope.prefix ? ignoredRaw.map((n) => rebaseName(n, scope.prefix)) : ignoredRaw;
  const modelGit = new Git(options.modelDir, options.env ?? process.env);
  return {
    parts: scope.parts,
    files,
    tracked,
    ignored,
    ignoredOf: async (paths) => {
      if (paths.length === 0) return /* @__PURE__ */ new Set();
      const r = await modelGit.run(["check-ignore", "-z", "--stdin"], {
        input: paths.join("\0") + "\0",
        allowFailure: true
      });
      return new Set(r.stdout.split("\0").filter((n) => n !== ""));
    }
  };
}
async function fingerprintModel(manifest, options) {
  return (await fingerprintWithStats(manifest, options)).fingerprint;
}
async function fingerprintWithStats(manifest, options) {
  const scope = scopeOf(manifest, options);
  const git = scope.git;
  const listing = git ? listGitIndex(git) : null;
  listing?.catch(() => void 0);
  const cacheDir = await options.cacheDir;
  const indexFile = git && cacheDir ? indexFileOf(cacheDir, options.env ?? process.env) : null;
  const indexBefore = indexFile ? indexKey(indexFile) : null;
  const startedMs = Date.now();
  const modified = git && indexBefore ? listModifiedFiles(git) : null;
  modified?.catch(() => void 0);
  const modelKey = options.repoRoot ? relative(options.repoRoot, options.modelDir) || "." : options.modelDir;
  const cache = StatCache.open(cacheDir, modelKey, startedMs);
  const raw = listing ? await listing : null;
  let vouched = /* @__PURE__ */ new Map();
  let changed = null;
  const key = raw === null ? "" : memoKey(scope.parts, raw);
  if (raw !== null && modified && indexFile) {
    const differ = await modified;
    const index = sameIndex(indexBefore, indexKey(indexFile));
    cache.useIndex(index);
    if (index && differ) changed = scope.prefix ? rebaseSet(differ, scope.prefix) : differ;
    const memo = changed && cache.memoFor(key);
    if (memo && changed && memoHolds(memo, scope.parts, changed, options.modelDir)) {
      const { components: components2, data: data2 } = memo;
      const evalFiles2 = memo.evalFiles ?? null;
      return {
        fingerprint: {
          fingerprint: modelFingerprint(components2, data2),
          components: components2,
          data: data2,
          ...evalFiles2 && { evalFiles: evalFiles2 }
        },
        stats: { cached: memo.files, vouched: memo.files - memo.others.length, hashed: 0 }
      };
    }
  }
  const listed = raw === null ? null : rebaseListing(parseLsFiles(raw), scope.prefix);
  const files = listed ? listed.files : walkFiles(options.modelDir);
  if (listed && changed) vouched = vouchedFiles(listed.blobs, changed);
  const records = /* @__PURE__ */ new Map();
  const served = (rel) => {
    const blob = vouched.get(rel);
    const record2 = blob === void 0 ? void 0 : cache.lookupVouched(rel, blob);
    if (record2) records.set(rel, record2);
    return record2 !== void 0;
  };
  const { parts, targets, dropped } = await select(
    scope,
    options,
    files,
    vouched.size ? served : null
  );
  await hashTargets(targets, cache, records, vouched, options.onProgress);
  const hashOf = (p) => ({
    name: p.name,
    hash: partHash(p.files.map((path) => ({ path, record: records.get(path) }))),
    files: p.files.length
  });
  const components = parts.filter((p) => p.kind === "component").map(hashOf);
  const data = parts.filter((p) => p.kind === "data").map(hashOf);
  const evalPart = parts.find((p) => p.kind === "eval");
  const evalFiles = evalPart && evalPart.files.length ? hashOf(evalPart) : null;
  if (raw !== null) {
    const base = folderPrefix(options.modelDir);
    const plain = !dropped && targets.every((t) => t.abs === base + t.rel);
    const memo = {
      key,
      files: records.size,
      components,
      data,
      evalFiles
    };
    cache.keepMemo(memo, plain);
  }
  cache.save();
  return {
    fingerprint: {
      fingerprint: modelFingerprint(components, data),
      components,
      data,
      ...evalFiles && { evalFiles }
    },
    stats: { cached: cache.hits, vouched: cache.vouched, hashed: cache.misses }
  };
}
function scopeOf(manifest, options) {
  const depth = options.repoRoot ? depthBelow(options.repoRoot, options.modelDir) : null;
  const issues = pathsLeavingRepo(manifest, depth);
  if (issues.length) {
    const lines = issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new LeptonError(
      "invalid",
      lines.length === 1 ? lines[0] : `${lines.length} paths leave the repository`,
      lines.length === 1 ? [] : lines
    );
  }
  const parts = selectionParts(manifest).map(
    (p) => p.optional ? { ...p, optional: p.optional.filter((w) => climbOf(w) <= (depth ?? 0)) } : p
  );
  let climb = 0;
  for (const p of parts)
    for (const q of [...p.paths, ...p.optional ?? []]) climb = Math.max(climb, climbOf(q));
  if (!options.repoRoot) return { parts, git: null, prefix: "" };
  const env = options.env ?? process.env;
  if (climb === 0) return { parts, git: new Git(options.modelDir, env), prefix: "" };
  const base = resolve(options.modelDir, ...Array(climb).fill(".."));
  return {
    parts,
    git: new Git(base, env),
    prefix: relative(base, options.modelDir).split(sep2).join("/")
  };
}
function depthBelow(root, dir) {
  const rel = relative(root, dir);
  return rel === "" ? 0 : rel.split(sep2).length;
}
function rebaseListing(listing, prefix) {
  if (prefix === "") return listing;
  const files = listing.files.map((f) => rebaseName(f, prefix)).sort(compareUtf8);
  const blobs = /* @__PURE__ */ new Map();
  for (const [name, blob] of listing.blobs) blobs.set(rebaseName(name, prefix), blob);
  return { files, blobs };
}
function rebaseSet(names, prefix) {
  return new Set([...names].map((n) => n === "" ? n : rebaseName(n, prefix)));
}
async function select(scope, options, files, served) {
  let listed = files;
  const sorted = options.repoRoot !== null;
  let { parts, unmatched } = matchParts(scope.parts, listed, sorted);
  const wanted = parts.length === 1 ? parts[0].files : [...new Set(parts.flatMap((p) => p.files))].sort(compareUtf8);
  const rest = served ? wanted.filter((rel) => !served(rel)) : wanted;
  const targets = statTargets(rest, options.modelDir, options.repoRoot ?? options.modelDir);
  if (targets.length !== rest.length) {
    const present = new Set(targets.map((t) => t.rel));
    const missing = new Set(rest.filter((f) => !present.has(f)));
    listed = listed.filter((f) => !missing.has(f));
    ({ parts, unmatched } = matchParts(scope.parts, listed, sorted));
  }
  if (unmatched.length) {
    const ignored = scope.git ? await listIgnoredFiles(scope.git) : [];
    const rebased = scope.prefix ? ignored.map((n) => rebaseName(n, scope.prefix)) : ignored;
    throw unmatchedError(unmatched, rebased, listed);
  }
  return { parts, targets, dropped: targets.length !== rest.length };
}

// src/app/status.ts
async function fingerprintProject(ctx, onProgress) {
  const cacheDir = ctx.repoRoot ? ctx.git.gitDir().then((d) => d ? join3(d, "lepton") : null) : null;
  return fingerprintModel(ctx.manifest, {
    modelDir: ctx.modelDir,
    repoRoot: ctx.repoRoot,
    cacheDir,
    env: ctx.env,
    ...onProgress && { onProgress }
  });
}
async function status(ctx, options = {}) {
  const [fp, registry] = await Promise.all([
    fingerprintProject(ctx, options.onProgress),
    ctx.repoRoot ? readRegistry(ctx.git, ctx.manifest.model) : null
  ]);
  const latest = registry?.versions[0] ?? null;
  const table = (parts) => Object.fromEntries(parts.map((p) => [p.name, { hash: p.hash, files: p.files }]));
  return {
    model: ctx.manifest.model,
    fingerprint: fp.fingerprint,
    components: table(fp.components),
    data: table(fp.data),
    ...fp.evalFiles && { eval: { hash: fp.evalFiles.hash, files: fp.evalFiles.files } },
    latest: latest && { version: latest.version, tag: latest.tag },
    changed: changedParts(fp, latest?.record ?? null)
  };
}

// src/app/show.ts
async function show(ctx) {
  return showRegistry(await readRegistry(ctx.git, ctx.manifest.model), ctx.manifest.stages);
}
function showRegistry(registry, manifestStages = []) {
  const tagOf = new Map(registry.versions.map((v) => [v.version, v.tag]));
  const stages = {};
  for (const s of manifestStages) stages[s.name] = null;
  for (const [name, e] of Object.entries(registry.stages)) {
    stages[name] = e?.version != null ? { version: e.version, tag: tagOf.get(e.version) ?? e.tag, stageTag: e.tag } : null;
  }
  const held = /* @__PURE__ */ new Map();
  for (const name of Object.keys(stages)) {
    const v = stages[name]?.version;
    if (v) held.set(v, [...held.get(v) ?? [], name]);
  }
  return {
    model: registry.model,
    versions: registry.versions.map((v) => ({
      version: v.version,
      tag: v.tag,
      commit: v.commit,
      created: v.record?.created ?? v.date,
      passed: v.record ? v.record.passed : null,
      metrics: v.record?.metrics ?? {},
      stages: held.get(v.version) ?? [],
      fingerprint: v.record?.fingerprint ?? null,
      recorded: v.record !== null,
      ...v.deregistered && { deregistered: true },
      ...v.lightweight && { lightweight: true }
    })),
    stages,
    ...registry.deprecated && { deprecated: true },
    skipped: registry.skipped.map((s) => ({ tag: s.tag, reason: s.reason }))
  };
}

// src/app/diff.ts
async function diff2(ctx, a, b) {
  const registry = await readRegistry(ctx.git, ctx.manifest.model);
  const pick = async (ref) => {
    const v = await resolveBaseline(ctx.git, registry, ref);
    if (!v) throw new LeptonError("invalid", `no version of ${registry.model} at ${ref}`);
    return v;
  };
  const va = await pick(a);
  const vb = b === void 0 ? registry.versions[0] : await pick(b);
  if (!vb) throw new LeptonError("invalid", `${registry.model} has no recorded version`);
  for (const v of [va, vb]) {
    if (!v.record) ctx.log.warn(`${v.tag} carries no Lepton record: no metrics to compare`);
  }
  return {
    a: { version: va.version, tag: va.tag },
    b: { version: vb.version, tag: vb.tag },
    metrics: metricDiff(va.record?.metrics ?? {}, vb.record?.metrics ?? {})
  };
}

// src/core/gate/check.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
var own = (record2, key) => record2 != null && Object.prototype.hasOwnProperty.call(record2, key);
var slack = (...magnitudes) => 8 * Number.EPSILON * Math.max(0, ...magnitudes.map(Math.abs));
function boundText(bound) {
  return bound.kind === "percent" ? `${formatNumber(bound.value)}%` : bound.value;
}
function unusable(input, metric) {
  if (own(input.metrics, metric)) {
    const v = input.metrics[metric];
    if (typeof v !== "number") return "not a number";
    if (Number.isNaN(v)) return "not a finite number (NaN)";
    if (!Number.isFinite(v)) return `not a finite number (${formatNumber(v)})`;
    return null;
  }
  if (own(input.nonNumeric, metric)) return `not a number: ${input.nonNumeric?.[metric] ?? ""}`;
  const near = closestMetrics(metric, [
    ...Object.keys(input.metrics),
    ...Object.keys(input.nonNumeric ?? {})
  ]);
  const names = near.map((n) => `\`${n}\``);
  const hint = names.length === 0 ? "" : ` (did you mean ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`}?)`;
  return `missing from the eval output${hint}`;
}
function closestMetrics(metric, available) {
  const lower = metric.toLowerCase();
  const limit = Math.max(2, Math.floor(metric.length / 3));
  const scored = [];
  for (const name of available) {
    const n = name.toLowerCase();
    let score;
    if (n === lower) score = 0;
    else if (n.split(".").includes(lower) || lower.split(".").includes(n)) score = 1;
    else {
      if (Math.abs(n.length - lower.length) > limit) continue;
      const d = (0, import_fastest_levenshtein.distance)(n, lower);
      if (d > limit) continue;
      score = 1 + d;
    }
    scored.push([score, name]);
  }
  return scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)).slice(0, 3).map(([, name]) => name);
}
function baselineOf(input, metric) {
  if (!own(input.baseline, metric)) return null;
  const v = input.baseline?.[metric];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}
function absoluteRule(rule, bound, actual) {
  const passed = rule === "min" ? actual >= bound : actual <= bound;
  if (passed) return { passed, reason: null };
  const [a, b] = formatPair(actual, bound);
  return {
    passed,
    reason: rule === "min" ? `${a} is below the minimum ${b}` : `${a} is above the maximum ${b}`
  };
}
function relativeRule(rule, bound, actual, base, hasBaseline, newReason) {
  if (!hasBaseline) return { passed: true, reason: "no baseline" };
  if (base === null) return { passed: true, reason: newReason };
  const moved = rule === "max_drop" ? base - actual : actual - base;
  const allowed = bound.kind === "percent" ? Math.abs(base) * bound.value / 100 : bound.value;
  const passed = moved <= allowed + slack(base, actual, allowed);
  if (passed) return { passed, reason: null };
  const [m, al] = formatPair(moved, allowed);
  const verb = rule === "max_drop" ? "dropped" : "rose";
  const limit = bound.kind === "percent" ? `${formatNumber(bound.value)}% (${al})` : al;
  return {
    passed,
    reason: `${verb} ${m} from the baseline ${formatNumber(base)}, more than the allowed ${limit}`
  };
}
function checkThresholds(input) {
  const checks = [];
  const hasBaseline = input.baseline !== null && input.baseline !== void 0;
  for (const t of input.thresholds) {
    const problem = unusable(input, t.metric);
    const actual = problem === null ? input.metrics[t.metric] : null;
    const base = baselineOf(input, t.metric);
    const newReason = input.baselineVersion === void 0 ? "no baseline value for this metric" : `\`${t.metric}\` is new: not in baseline v${input.baselineVersion}`;
    const add = (rule, bound, outcome) => checks.push({
      metric: t.metric,
      rule,
      bound,
      baseline: base,
      actual,
      passed: outcome.passed,
      level: t.level,
      reason: outcome.reason
    });
    const rules = [];
    if (t.min !== void 0)
      rules.push(["min", t.min, (a) => absoluteRule("min", t.min, a)]);
    if (t.max !== void 0)
      rules.push(["max", t.max, (a) => absoluteRule("max", t.max, a)]);
    if (t.maxDrop !== void 0) {
      const b = t.maxDrop;
      rules.push([
        "max_drop",
        boundText(b),
        (a) => relativeRule("max_drop", b, a, base, hasBaseline, newReason)
      ]);
    }
    if (t.maxRise !== void 0) {
      const b = t.maxRise;
      rules.push([
        "max_rise",
        boundText(b),
        (a) => relativeRule("max_rise", b, a, base, hasBaseline, newReason)
      ]);
    }
    for (const [rule, bound, judge2] of rules) {
      add(rule, bound, actual === null ? { passed: false, reason: problem } : judge2(actual));
    }
  }
  return { checks, passed: checks.every((c) => c.passed || c.level !== "error") };
}

// src/io/registry/publish.ts
var DEFAULT_BUDGET_MS = 12e4;
function pushBudgetMs(env) {
  const raw = env.LEPTON_PUSH_BUDGET?.trim();
  if (!raw) return DEFAULT_BUDGET_MS;
  let ms = NaN;
  try {
    ms = parseDuration(raw);
  } catch {
  }
  if (!(ms > 0 && ms <= 864e5)) {
    throw new LeptonError(
      "invalid",
      `LEPTON_PUSH_BUDGET=${JSON.stringify(raw)}: expected a duration like 90s, 5m or 1h (at most 24h)`
    );
  }
  return ms;
}
async function publish(options) {
  const { git, remote, model } = options;
  const now = options.now ?? Date.now;
  const wait = options.wait ?? sleep;
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const started = now();
  for (let attempt = 1; ; attempt++) {
    const candidate = await options.decide(attempt);
    if (!candidate) return { candidate: null, pushed: false, attempts: attempt };
    const ours = candidate.own ?? await tagObject(git, candidate.tag);
    if (ours === null)
      throw new LeptonError("git", `tag ${candidate.tag} vanished before its push`);
    let counter;
    if (candidate.event) {
      if (candidate.event.n <= candidate.event.counter.n) {
        if (await remoteTagObject(git, remote, candidate.tag) === ours) {
          return { candidate, pushed: false, attempts: attempt };
        }
        throw new LeptonError(
          "git",
          `${candidate.tag} exists only in this repository, and ${remote} has newer events of ${model} (up to N ${candidate.event.counter.n}): pushing it would put an older event above them`,
          [`remove it (git tag -d '${candidate.tag}') and run the command again`]
        );
      }
      counter = { counter: candidate.event.counter, object: ours };
    }
    const result = await pushTag(git, remote, candidate.tag, counter);
    if (result.status === "pushed") return { candidate, pushed: true, attempts: attempt };
    if (result.status === "up-to-date") return { candidate, pushed: false, attempts: attempt };
    if (result.status === "refused" || result.status === "failed") {
      throw await notPushed(options, candidate, result);
    }
    const tagRef = `refs/tags/${candidate.tag}`;
    const refs = candidate.event ? [tagRef, candidate.event.counter.ref] : [tagRef];
    const seen = await remoteRefs(git, remote, refs).catch((e) => {
      throw new LeptonError(
        "git",
        `${remote} refused ${candidate.tag} (${result.detail}) and could not be read again: ${e.message}`,
        [keptHint(candidate)]
      );
    });
    const theirs = seen.get(tagRef) ?? null;
    if (theirs === ours) return { candidate, pushed: true, attempts: attempt };
    if (theirs !== null && candidate.own !== ours) {
      throw new LeptonError(
        "git",
        `${remote} has another tag named ${candidate.tag} than this repository`,
        [
          "the local tag was not made by this run, so Lepton leaves it alone;",
          `compare them (git show ${candidate.tag}; git ls-remote ${remote} refs/tags/${candidate.tag}) and remove the wrong one by hand`
        ]
      );
    }
    if (candidate.own !== null) {
      await deleteOwnTag(git, candidate.tag, candidate.own);
      options.onLost?.(candidate.tag);
    }
    if (candidate.event) {
      await syncEventCounter(git, model, seen.get(candidate.event.counter.ref) ?? null);
    }
    const delay = backoffMs(attempt, options.random);
    const spent = now() - started;
    if (options.maxAttempts !== void 0 && attempt >= options.maxAttempts || spent + delay > budget) {
      throw new LeptonError(
        "git",
        `gave up pushing to ${remote} after ${attempt} attempts in ${(spent / 1e3).toFixed(1)} s: concurrent runs kept taking the names first (last: ${result.detail})`,
        ["nothing was lost: run the same command again"]
      );
    }
    options.log?.(
      `${remote} took ${candidate.tag} first (a concurrent run): waiting ${delay} ms, then reading its tags and deciding again`
    );
    await wait(delay);
    await fetchModelTags(git, remote, model);
  }
}
var keptHint = (c) => c.event ? "nothing was pushed; run the same command again" : "the tag is kept locally; run the same command with --push again to push it";
async function notPushed(options, candidate, result) {
  const { git, remote } = options;
  const details = result.remoteLines.map((l) => `remote: ${l}`);
  const landed = result.status === "refused" && result.landed.includes(`refs/tags/${candidate.tag}`);
  const removed = candidate.event !== void 0 && candidate.own !== null && !landed;
  if (removed) await deleteOwnTag(git, candidate.tag, candidate.own);
  const after2 = landed ? `${remote} took ${candidate.tag} all the same (it applied --atomic to the other refusal only): the tag stays, here and there` : removed ? "the local stage tag was removed: nothing changed here or on the remote" : keptHint(candidate);
  if (result.status === "failed") {
    return new LeptonError(
      "git",
      `could not push ${candidate.tag} to ${remote}: ${result.detail}`,
      [...details, after2]
    );
  }
  const counterRefused = candidate.event !== void 0 && result.causes.includes(candidate.event.counter.ref) && !result.causes.includes(`refs/tags/${candidate.tag}`);
  return new LeptonError(
    "git",
    `${remote} refused the push of ${candidate.tag}: ${result.detail}`,
    [
      ...details,
      "not a concurrent run taking the name (that is retried): the remote refuses this push (a hook, a protected or hidden ref, permissions), so it was not retried",
      ...counterRefused ? [
        `Lepton keeps ${options.model}'s event counter in ${candidate.event?.counter.ref}: the remote must accept pushes to refs/lepton/*, or concurrent promotions can take one N`
      ] : [],
      after2
    ]
  );
}

// src/io/registry/history.ts
async function historyGap(git, model) {
  const [shallow, tags] = await Promise.all([
    git.run(["rev-parse", "--is-shallow-repository"], { allowFailure: true }),
    git.run(["for-each-ref", "--count=1", "--format=%(refname)", ...modelRefPatterns(model)], {
      allowFailure: true
    })
  ]);
  if (shallow.code === 0 && shallow.stdout.trim() === "true") return "the clone is shallow";
  if (tags.code === 0 && tags.stdout.trim() === "") return `no tag of ${model} is here`;
  return null;
}
async function fetchModelHistory(git, model, options) {
  const remote = options.remote ?? "origin";
  const { info } = options;
  if (remote.startsWith("-")) throw new LeptonError("invalid", `${remote}: not a remote name`);
  if ((await git.run(["remote", "get-url", remote], { allowFailure: true })).code !== 0) {
    info(`no "${remote}" remote: working with the local tags and history only`);
    return false;
  }
  const refspecs = modelRefPatterns(model).map((p) => `${p}:${p}`);
  const base = options.baseBranch ?? null;
  if (base) {
    const ref = `refs/heads/${base}`;
    const ok = await git.run(["check-ref-format", ref], { allowFailure: true });
    if (ok.code !== 0 || base.startsWith("-")) {
      throw new LeptonError(
        "invalid",
        `the base branch name ${JSON.stringify(base)} is not a valid branch name`
      );
    }
    refspecs.push(`+${ref}:refs/remotes/${remote}/${base}`);
  }
  const shallow = await git.out(["rev-parse", "--is-shallow-repository"]) === "true";
  const before = await countTags(git, model);
  await fetch2(git, ["fetch", "--no-tags", "--quiet", remote, ...refspecs], remote);
  if (shallow) await fetch2(git, ["fetch", "--no-tags", "--quiet", "--unshallow", remote], remote);
  const after2 = await countTags(git, model);
  const commits = shallow ? await git.out(["rev-list", "--count", "HEAD"]) : "";
  info(
    [
      `fetched from ${remote}: ${after2.versions} version tag(s) and ${after2.stages} stage tag(s) of ${model}`,
      `(${after2.versions - before.versions + after2.stages - before.stages} new)`,
      shallow ? `and the full history (the clone was shallow; HEAD now has ${commits} commits)` : "",
      base ? `and the base branch ${base}` : ""
    ].filter(Boolean).join(" ")
  );
  return true;
}
async function fetch2(git, args, remote) {
  const r = await git.run(args, { allowFailure: true });
  if (r.code !== 0) {
    throw new LeptonError("git", `could not fetch from ${remote}: ${lastLines(r.stderr)}`);
  }
}
async function countTags(git, model) {
  const [versions, stages] = await Promise.all(
    modelRefPatterns(model).map(async (p) => {
      const list = await git.out(["for-each-ref", "--format=%(refname)", p]);
      return list ? list.split("\n").length : 0;
    })
  );
  return { versions: versions ?? 0, stages: stages ?? 0 };
}

// src/app/ensure-history.ts
async function ensureHistory(ctx, remote = "origin") {
  if (!ctx.repoRoot) return { state: "complete" };
  const gap = await historyGap(ctx.git, ctx.manifest.model);
  if (gap === null) return { state: "complete" };
  try {
    const fetched = await fetchModelHistory(ctx.git, ctx.manifest.model, {
      remote,
      info: (m) => ctx.log.info(`${gap}: ${m}`)
    });
    if (fetched) return { state: "fetched" };
    const why = `${gap} and there is no "${remote}" remote`;
    ctx.log.warn(`${why}: the baseline may be missing`);
    return { state: "missing", why };
  } catch (e) {
    if (e instanceof LeptonError && e.kind === "invalid") throw e;
    const detail = (e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, " ");
    const why = `${gap} and ${remote} could not be reached (${detail})`;
    ctx.log.warn(`${why}: the baseline may be missing`);
    return { state: "missing", why };
  }
}

// src/app/verify.ts
import { join as join4, relative as relative2, sep as sep3 } from "node:path";

// src/io/registry/verify.ts
import { createHash as createHash5 } from "node:crypto";
import { readFileSync as readFileSync2 } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname as dirname3, posix as posix2 } from "node:path";
var CACHE_FORMAT = "lepton-tree-fingerprints/1";
var CACHE_MAX = 2e3;
async function fingerprintAtCommit(git, commit, manifest, prefix, cacheFile) {
  const tree = await git.run(["rev-parse", "-q", "--verify", `${commit}^{tree}`], {
    allowFailure: true
  });
  if (tree.code !== 0) return { ok: false, problem: `${commit.slice(0, 12)} is not a commit here` };
  const key = cacheKey(tree.stdout.trim(), manifest, prefix);
  const cache = cacheFile ? loadCache(cacheFile) : /* @__PURE__ */ new Map();
  const hit = cache.get(key);
  if (hit) return hit;
  const answer = await compute(git, tree.stdout.trim(), manifest, prefix);
  if (cacheFile) {
    cache.delete(key);
    cache.set(key, answer);
    await saveCache(cacheFile, cache);
  }
  return answer;
}
async function compute(git, tree, manifest, prefix) {
  const listed = await git.run(["ls-tree", "-r", "-z", "--full-tree", tree], {
    allowFailure: true
  });
  if (listed.code !== 0)
    return { ok: false, problem: `cannot list ${tree}: ${lastLines(listed.stderr)}` };
  const all = /* @__PURE__ */ new Map();
  for (const line of listed.stdout.split("\0")) {
    const tab = line.indexOf("	");
    if (tab < 0) continue;
    const [mode = "", type = "", oid = ""] = line.slice(0, tab).split(" ");
    all.set(line.slice(tab + 1), { mode, type, oid });
  }
  const repoPath = /* @__PURE__ */ new Map();
  for (const path of all.keys()) repoPath.set(rebaseName(path, prefix), path);
  const selection = partsOf(manifest).map(({ kind, part }) => ({
    kind,
    name: part.name,
    paths: part.paths
  }));
  const { parts, unmatched } = matchParts(selection, [...repoPath.keys()]);
  if (unmatched.length) {
    const u = unmatched[0];
    return {
      ok: false,
      problem: `${u.kind} "${u.part}": path "${u.pattern}" matches no file there`
    };
  }
  const blobOf = /* @__PURE__ */ new Map();
  for (const rel of new Set(parts.flatMap((p) => p.files))) {
    const found = await resolveBlob(git, all, repoPath.get(rel) ?? rel);
    if (typeof found !== "string" || !found.startsWith("blob:")) {
      return { ok: false, problem: `${rel}: ${typeof found === "string" ? found : "unreadable"}` };
    }
    blobOf.set(rel, found.slice(5));
  }
  const records = await readRecords(git, blobOf);
  if (typeof records === "string") return { ok: false, problem: records };
  const hashOf = (p) => ({
    name: p.name,
    hash: partHash(p.files.map((path) => ({ path, record: records.get(path) })))
  });
  const components = parts.filter((p) => p.kind === "component").map(hashOf);
  const data = parts.filter((p) => p.kind === "data").map(hashOf);
  return { ok: true, fingerprint: modelFingerprint(components, data) };
}
async function resolveBlob(git, all, path) {
  let at = path;
  for (let hops = 0; hops < 16; hops++) {
    const e = all.get(at);
    if (!e) return "symlink to nothing in the tree";
    if (e.type === "commit") return "is a submodule; name its files instead";
    if (e.mode !== "120000") return `blob:${e.oid}`;
    const target = await git.run(["cat-file", "blob", e.oid], { allowFailure: true });
    if (target.code !== 0) return "unreadable symlink";
    const next = posix2.normalize(posix2.join(posix2.dirname(at), target.stdout));
    if (target.stdout.startsWith("/") || next.startsWith("../") || next === "..") {
      return `symlink leaves the repository (\u2192 ${target.stdout})`;
    }
    at = next;
  }
  return "too many levels of symlinks";
}
async function readRecords(git, blobOf) {
  const rels = [...blobOf.keys()];
  const records = /* @__PURE__ */ new Map();
  if (rels.length === 0) return records;
  let problem = null;
  let i = 0;
  let header = Buffer.alloc(0);
  let left = -1;
  let size = 0;
  let hash = createHash5("sha256");
  let head = [];
  let headBytes = 0;
  const finish = () => {
    const rel = rels[i];
    const small = Buffer.concat(head);
    if (isDvcFile(rel)) {
      const dvc = parseDvcFile(small.toString("utf8"));
      if (dvc.ok) records.set(rel, { kind: "dvc", outs: dvc.outs });
      else problem ??= `${rel}: not a DVC file: ${dvc.reason}`;
    } else {
      const pointer = size > 0 && size < LFS_POINTER_MAX_SIZE && small.toString("latin1", 0, 8) === "version " ? parseLfsPointer(small.toString("utf8")) : null;
      records.set(
        rel,
        pointer ? { kind: "file", size: pointer.size, sha256: pointer.oid } : { kind: "file", size, sha256: hash.digest("hex") }
      );
    }
    i++;
  };
  const onChunk = (chunk) => {
    let at = 0;
    while (at < chunk.length && problem === null) {
      if (left < 0) {
        const eol = chunk.indexOf(10, at);
        if (eol < 0) {
          header = Buffer.concat([header, chunk.subarray(at)]);
          return;
        }
        const line = Buffer.concat([header, chunk.subarray(at, eol)]).toString("latin1");
        header = Buffer.alloc(0);
        at = eol + 1;
        const [, type, n] = line.split(" ");
        if (type !== "blob" || n === void 0) {
          problem = `${rels[i] ?? "?"}: not a blob in git (${line})`;
          return;
        }
        size = Number(n);
        left = size + 1;
        hash = createHash5("sha256");
        head = [];
        headBytes = 0;
        continue;
      }
      const take = Math.min(left, chunk.length - at);
      const body = chunk.subarray(at, at + Math.min(take, left - 1 > 0 ? left - 1 : 0));
      if (body.length) {
        hash.update(body);
        const rel = rels[i];
        if (headBytes < LFS_POINTER_MAX_SIZE || isDvcFile(rel)) {
          head.push(Buffer.from(body));
          headBytes += body.length;
        }
      }
      left -= take;
      at += take;
      if (left === 0) {
        left = -1;
        finish();
      }
    }
  };
  const r = await git.run(["cat-file", "--batch", "--buffer"], {
    input: rels.map((rel) => `${blobOf.get(rel)}
`).join(""),
    allowFailure: true,
    onStdout: onChunk
  });
  if (problem !== null) return problem;
  if (r.code !== 0 || i !== rels.length)
    return `cannot read the blobs: ${lastLines(r.stderr, "output cut short")}`;
  return records;
}
function cacheKey(tree, manifest, prefix) {
  const parts = [manifest.components, manifest.data].map(
    (list) => list.map((p) => [p.name, p.paths])
  );
  return createHash5("sha256").update(JSON.stringify([tree, prefix, parts])).digest("hex");
}
function loadCache(file) {
  const out = /* @__PURE__ */ new Map();
  try {
    const text2 = readFileSync2(file, "utf8");
    const nl = text2.indexOf("\n");
    const body = text2.slice(nl + 1);
    if (text2.slice(0, nl) !== sha(body)) return out;
    const doc = JSON.parse(body);
    if (doc.format !== CACHE_FORMAT || !Array.isArray(doc.entries)) return out;
    for (const [k, v] of doc.entries) out.set(k, v);
  } catch {
  }
  return out;
}
async function saveCache(file, cache) {
  const entries = [...cache.entries()].slice(-CACHE_MAX);
  const body = `${JSON.stringify({ format: CACHE_FORMAT, entries })}
`;
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await mkdir(dirname3(file), { recursive: true });
    await writeFile(tmp, `${sha(body)}
${body}`);
    await rename(tmp, file);
  } catch {
    await rm(tmp, { force: true }).catch(() => {
    });
  }
}
var sha = (text2) => `sha256:${createHash5("sha256").update(text2).digest("hex")}`;

// src/app/verify.ts
async function untrustedRecord(ctx, entry) {
  const record2 = entry.record;
  if (!record2) return `${entry.tag} carries no Lepton record`;
  if (!ctx.repoRoot) return "outside a git repository";
  const root = ctx.repoRoot;
  const prefix = relative2(root, ctx.modelDir).split(sep3).join("/");
  const gitDir = await ctx.git.gitDir();
  const cacheFile = gitDir ? join4(gitDir, "lepton", "trees.json") : null;
  const manifest = await manifestAt(ctx, entry.commit, relative2(root, ctx.manifestPath));
  const at = await fingerprintAtCommit(ctx.git, entry.commit, manifest, prefix, cacheFile);
  const short = entry.commit.slice(0, 12);
  if (!at.ok) return `its fingerprint cannot be checked against commit ${short} (${at.problem})`;
  if (at.fingerprint !== record2.fingerprint) {
    return `its record's fingerprint ${abbrev(record2.fingerprint)} is not that of the content at commit ${short} (${abbrev(at.fingerprint)})`;
  }
  return null;
}
async function findTrustedByFingerprint(ctx, registry, fingerprint) {
  for (const v of registry.versions) {
    if (v.record?.fingerprint !== fingerprint) continue;
    const why = await untrustedRecord(ctx, v);
    if (why === null) return v;
    ctx.log.warn(`${v.tag} is not trusted: ${why}`);
  }
  return null;
}
async function manifestAt(ctx, commit, path) {
  const r = await ctx.git.run(["show", `${commit}:${path.split(sep3).join("/")}`], {
    allowFailure: true
  });
  if (r.code !== 0) return ctx.manifest;
  const parsed = validateManifest(r.stdout, path);
  return parsed.ok ? parsed.manifest : ctx.manifest;
}
var abbrev = (h) => h.length > 19 ? `${h.slice(0, 19)}\u2026` : h;

// src/io/github/run-url.ts
function workflowRunUrl(env) {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return null;
  return `${GITHUB_SERVER_URL || "https://github.com"}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}
function ciRunUrl(env) {
  return env.GITHUB_ACTIONS === "true" ? workflowRunUrl(env) : null;
}

// src/app/promote.ts
async function promote(ctx, options) {
  if (!ctx.repoRoot) {
    throw new LeptonError("invalid", "promote needs a git repository: versions are git tags");
  }
  const m = ctx.manifest;
  const stage = m.stages.find((s2) => s2.name === options.stage);
  if (!stage) {
    const known = m.stages.map((s2) => s2.name);
    throw new LeptonError("invalid", `${m.model} has no stage "${options.stage}"`, [
      known.length ? `stages in the manifest: ${known.join(", ")}` : "the manifest declares no stages"
    ]);
  }
  let version = null;
  if (options.version !== void 0) {
    version = parseVersionArg(options.version, m.model);
    if (version === null) {
      throw new LeptonError(
        "invalid",
        `${options.version}: expected a version (1.2.0, v1.2.0 or ${m.model}@v1.2.0)`
      );
    }
  }
  const remote = options.remote ?? "origin";
  if (options.fetchHistory) await ensureHistory(ctx, remote);
  const budgetMs = options.push ? options.budgetMs ?? pushBudgetMs(ctx.env) : 0;
  if (options.push) {
    try {
      await fetchModelTags(ctx.git, remote, m.model);
    } catch (e) {
      ctx.log.warn(
        `could not fetch ${remote}'s tags (${e instanceof Error ? e.message : String(e)}); deciding on the local tags`
      );
    }
  }
  let metrics = {};
  let versionRecord2 = null;
  let identity = null;
  let state = { kind: "refused", checks: [], reasons: [] };
  let warned = false;
  const decide = async () => {
    const [registry, counter] = await Promise.all([
      readRegistry(ctx.git, m.model),
      readEventCounter(ctx.git, m.model)
    ]);
    if (!warned) for (const s2 of registry.skipped) ctx.log.warn(`${s2.tag} is skipped: ${s2.reason}`);
    warned = true;
    if (version === null) {
      version = latestPassed(registry);
      ctx.log.info(`promoting the latest version that passed: v${version}`);
    }
    const entry = findVersion(registry, version);
    if (!entry) {
      const bad = registry.skipped.find((s2) => s2.version === version);
      if (bad) {
        state = {
          kind: "refused",
          checks: [],
          reasons: [`${bad.tag} is not a version: ${bad.reason}`]
        };
        return null;
      }
      throw new LeptonError("invalid", `${m.model} has no version ${version}`);
    }
    metrics = entry.record?.metrics ?? {};
    versionRecord2 = entry.record;
    const holder = registry.stages[stage.name] ?? null;
    if (holder?.version === version) {
      state = { kind: "already", tag: holder.tag, checks: holder.record?.checks ?? [] };
      return { tag: holder.tag, own: null, event: { n: holder.n, counter } };
    }
    const { checks, reasons } = judge(ctx, registry, entry, stage.name, stage.after);
    const untrusted = entry.record ? await untrustedRecord(ctx, entry) : null;
    if (untrusted !== null) reasons.push(`${entry.tag} is not trusted: ${untrusted}`);
    if (reasons.length) {
      state = { kind: "refused", checks, reasons };
      return null;
    }
    identity ??= await resolveIdentity(ctx.git, ctx.env);
    const n = nextEventN(registry.maxN, counter.n);
    const tag = stageTag(m.model, stage.name, n);
    const record2 = {
      kind: "stage",
      schema: 1,
      model: m.model,
      version,
      stage: stage.name,
      n,
      created: ctx.now().toISOString(),
      checks,
      promotedBy: promotedBy(identity, ctx.env),
      runUrl: ciRunUrl(ctx.env)
    };
    const object = await createTag(ctx.git, {
      name: tag,
      commit: entry.commit,
      message: formatStageMessage(record2),
      identity
    });
    if (!object) {
      throw new LeptonError("git", `tag ${tag} appeared while this run was deciding`, [
        "run the command again"
      ]);
    }
    state = { kind: "promoted", candidate: { tag, own: object, event: { n, counter } }, checks };
    return state.candidate;
  };
  let pushed = null;
  let attempts = null;
  if (options.push) {
    const published = await publish({
      git: ctx.git,
      remote,
      model: m.model,
      decide,
      log: (msg) => ctx.log.info(msg),
      ...options.maxAttempts !== void 0 && { maxAttempts: options.maxAttempts },
      budgetMs
    });
    if (published.candidate) pushed = published.pushed;
    attempts = published.attempts;
  } else {
    await decide();
  }
  const s = state;
  if (s.kind !== "refused") await pointStageTag(ctx, versionRecord2, stage.name, options.store);
  const base = {
    model: m.model,
    version,
    // set by the first decision, or it threw
    stage: stage.name,
    pushed,
    attempts,
    checks: s.checks,
    metrics
  };
  if (s.kind === "promoted") {
    return { ...base, promoted: true, tag: s.candidate.tag, already: false, refused: [] };
  }
  if (s.kind === "already") {
    return { ...base, promoted: false, tag: s.tag, already: true, refused: [] };
  }
  return { ...base, promoted: false, tag: null, already: false, refused: s.reasons, pushed: null };
}
function judge(ctx, registry, entry, stage, after2) {
  const v = `v${entry.version}`;
  const reasons = [];
  const record2 = entry.record;
  if (!record2) {
    reasons.push(
      `${entry.tag} carries no Lepton record (made by another tool): its checks are unknown`
    );
  } else if (!record2.passed) {
    reasons.push(`${v} did not pass its own thresholds when it was recorded`);
  }
  if (entry.deregistered) reasons.push(`${v} was deregistered (a GTO deregistration tag)`);
  if (after2 && !stagesEverHeld(registry.events, entry.version).has(after2)) {
    reasons.push(`${v} has never been in ${after2}, and ${stage} comes after ${after2}`);
  }
  if (!record2) return { checks: [], reasons };
  const holder = registry.stages[stage] ?? null;
  const holderEntry = holder?.version ? findVersion(registry, holder.version) : null;
  const baseline = holderEntry?.record?.metrics ?? null;
  const gate = checkThresholds({
    thresholds: stageThresholds(ctx.manifest, stage),
    metrics: record2.metrics,
    baseline
  });
  if (!gate.passed) {
    const failed = gate.checks.filter((c) => !c.passed && c.level === "error");
    reasons.push(
      `${stage}'s thresholds failed on ${v}'s recorded metrics: ${failed.map((c) => `${c.metric} ${c.rule}${c.reason ? ` (${c.reason})` : ""}`).join("; ")}`
    );
  }
  return { checks: gate.checks, reasons };
}
function promotedBy(id, env) {
  if (env.GITHUB_ACTIONS === "true") {
    const actor = env.GITHUB_ACTOR ? ` for ${env.GITHUB_ACTOR}` : "";
    return `github-actions${actor} (${ciRunUrl(env) ?? "workflow run"})`;
  }
  return `${id.name} <${id.email}>`;
}
function latestPassed(registry) {
  const found = registry.versions.find((v) => v.record?.passed && !v.deregistered);
  if (!found) {
    throw new LeptonError(
      "invalid",
      `${registry.model} has no recorded version that passed its thresholds: nothing to promote`
    );
  }
  return found.version;
}

// src/app/eval.ts
import { resolve as resolve3 } from "node:path";

// src/io/eval/run.ts
import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import { StringDecoder } from "node:string_decoder";

// src/io/child-env.ts
var DROPPED_PREFIXES = ["INPUT_", "ACTIONS_"];
var DROPPED_NAMES = /* @__PURE__ */ new Set([
  "GITHUB_ENV",
  "GITHUB_OUTPUT",
  "GITHUB_PATH",
  "GITHUB_STATE",
  "GITHUB_STEP_SUMMARY",
  "NPM_CONFIG__AUTH",
  "DOCKER_AUTH_CONFIG",
  "SSH_AUTH_SOCK"
]);
var SECRET_WORD = /(?:TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL)S?$/;
var SECRET_PARTS = ["PRIVATE_KEY", "API_KEY", "APIKEY", "ACCESS_KEY"];
var FILE_COMMANDS_DIR = "_runner_file_commands";
function isWithheld(name, value) {
  const upper = name.toUpperCase();
  if (DROPPED_PREFIXES.some((p) => upper.startsWith(p))) return true;
  if (DROPPED_NAMES.has(upper)) return true;
  if (SECRET_PARTS.some((p) => upper.includes(p))) return true;
  if (upper.split("_").some((word) => SECRET_WORD.test(word))) return true;
  return value !== void 0 && value.includes(FILE_COMMANDS_DIR);
}
function childEnv(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === void 0 || isWithheld(k, v)) continue;
    out[k] = v;
  }
  return out;
}

// src/io/eval/timer.ts
var MAX_TIMER_MS = 2 ** 31 - 1;
function longTimeout(fire, ms, unref = false) {
  let handle = null;
  let left = Math.max(0, ms);
  const arm = () => {
    const step = Math.min(left, MAX_TIMER_MS);
    left -= step;
    handle = setTimeout(() => left > 0 ? arm() : fire(), step);
    if (unref) handle.unref();
  };
  arm();
  return {
    clear: () => {
      if (handle) clearTimeout(handle);
      handle = null;
    }
  };
}

// src/io/eval/group.ts
import { readFileSync as readFileSync3, readdirSync, readlinkSync } from "node:fs";
function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
function procPids() {
  try {
    return readdirSync("/proc").filter((name) => /^\d+$/.test(name)).map(Number);
  } catch {
    return [];
  }
}
function procStat(pid) {
  try {
    const stat3 = readFileSync3(`/proc/${pid}/stat`, "utf8");
    const close = stat3.lastIndexOf(")");
    const [state, , pgrp] = stat3.slice(close + 2).split(" ");
    return {
      state: state ?? "",
      pgrp: Number(pgrp),
      name: stat3.slice(stat3.indexOf("(") + 1, close)
    };
  } catch {
    return null;
  }
}
var live = (state) => state !== "Z" && state !== "X" && state !== "";
function describe2(pid, name) {
  let command = name;
  try {
    const argv = readFileSync3(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    if (argv.length) command = argv.join(" ");
  } catch {
  }
  return { pid, command: command.length > 200 ? `${command.slice(0, 199)}\u2026` : command };
}
function groupMembers(pgid) {
  const out = [];
  for (const pid of procPids()) {
    const st = procStat(pid);
    if (st && st.pgrp === pgid && live(st.state)) out.push(describe2(pid, st.name));
  }
  return out;
}
function groupRunning(pgid) {
  if (!signalGroup(pgid, 0)) return false;
  const pids = procPids();
  if (pids.length === 0) return true;
  return pids.some((pid) => {
    const st = procStat(pid);
    return st !== null && st.pgrp === pgid && live(st.state);
  });
}
function outputChannels(pid) {
  const out = [];
  for (const fd of [1, 2]) {
    try {
      const link = readlinkSync(`/proc/${pid}/fd/${fd}`);
      if (/^(socket|pipe):\[\d+\]$/.test(link) && !out.includes(link)) out.push(link);
    } catch {
    }
  }
  return out;
}
function outputHolders(channels) {
  if (channels.length === 0) return [];
  const out = [];
  for (const pid of procPids()) {
    if (pid === process.pid) continue;
    let fds;
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    const holds = fds.some((fd) => {
      try {
        return channels.includes(readlinkSync(`/proc/${pid}/fd/${fd}`));
      } catch {
        return false;
      }
    });
    const st = holds ? procStat(pid) : null;
    if (st && live(st.state)) out.push(describe2(pid, st.name));
  }
  return out;
}
function nameProcesses(list) {
  return list.map((p) => `${p.pid} (${p.command})`).join(", ");
}
var sleep2 = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitGone(pgid, ms, signal) {
  const deadline = Date.now() + ms;
  for (; ; ) {
    if (!groupRunning(pgid)) return true;
    if (Date.now() >= deadline || signal?.aborted) return false;
    await sleep2(Math.min(25, Math.max(1, deadline - Date.now())));
  }
}
function running(pid) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return e.code === "EPERM";
  }
  const st = procStat(pid);
  return st === null ? procPids().length === 0 : live(st.state);
}
async function stopProcesses(pids, graceMs) {
  if (pids.length === 0) return;
  const send = (signal) => {
    for (const pid of pids) {
      try {
        process.kill(pid, signal);
      } catch {
      }
    }
  };
  const gone = async (ms) => {
    const deadline = Date.now() + ms;
    while (pids.some(running)) {
      if (Date.now() >= deadline) return false;
      await sleep2(25);
    }
    return true;
  };
  send("SIGTERM");
  if (await gone(graceMs)) return;
  send("SIGKILL");
  await gone(AFTER_KILL_MS);
}
var AFTER_KILL_MS = 5e3;
async function stopGroup(pgid, graceMs) {
  if (!groupRunning(pgid)) return false;
  signalGroup(pgid, "SIGTERM");
  if (await waitGone(pgid, graceMs)) return true;
  signalGroup(pgid, "SIGKILL");
  await waitGone(pgid, AFTER_KILL_MS);
  return true;
}

// src/io/eval/run.ts
var DEFAULT_KILL_GRACE_MS = 1e4;
var TAIL_CHARS = 16384;
var TAIL_LINES = 20;
var INTERRUPTS = ["SIGINT", "SIGTERM", "SIGHUP"];
function duration(ms) {
  if (ms % 36e5 === 0) return `${ms / 36e5}h`;
  if (ms % 6e4 === 0) return `${ms / 6e4}m`;
  return `${ms / 1e3}s`;
}
function lastLines2(text2) {
  return text2.split(/\r?\n/).filter((l) => l.trim() !== "").slice(-TAIL_LINES).map((l) => l.length > 500 ? `${l.slice(0, 499)}\u2026` : l);
}
var DEFAULT_SETTLE_MS = 5e3;
var DEFAULT_OUTPUT_GRACE_MS = 2e3;
function after(ms, fn) {
  const timer = longTimeout(fn, ms);
  return () => timer.clear();
}
async function runEvalCommand(options) {
  const dir = await stat(options.cwd).catch(() => null);
  if (!dir?.isDirectory()) {
    throw new LeptonError("eval", `the eval's working directory does not exist: ${options.cwd}`, [
      "eval.workdir is relative to the manifest\u2019s directory"
    ]);
  }
  return spawnEval(options);
}
async function spawnEval(options) {
  const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
  const outputGraceMs = options.outputGraceMs ?? DEFAULT_OUTPUT_GRACE_MS;
  const startedAtMs = Date.now();
  const child = spawn("sh", ["-c", options.command], {
    cwd: options.cwd,
    // The one policy for what a command from the repository may see (no token, no file commands).
    env: childEnv(options.env),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"]
  });
  const pgid = child.pid;
  const channels = pgid ? outputChannels(pgid) : [];
  let stderrTail = "";
  let stdoutTail = "";
  const pipe = (stream, isErr) => {
    const decoder = new StringDecoder("utf8");
    const take = (text2) => {
      if (!text2) return;
      options.output(text2);
      if (isErr) stderrTail = (stderrTail + text2).slice(-TAIL_CHARS);
      else stdoutTail = (stdoutTail + text2).slice(-TAIL_CHARS);
    };
    stream.on("data", (b) => take(decoder.write(b)));
    stream.on("end", () => take(decoder.end()));
    return new Promise((done) => stream.once("close", () => done()));
  };
  const outputClosed = Promise.all([pipe(child.stdout, false), pipe(child.stderr, true)]);
  const tail = () => lastLines2(stderrTail).length ? lastLines2(stderrTail) : lastLines2(stdoutTail);
  const abort = new AbortController();
  let stop = null;
  const stopped = new Promise(
    (done) => abort.signal.addEventListener("abort", () => done(null), { once: true })
  );
  const stopNow = () => stop;
  const requestStop = (why) => {
    stop ??= why;
    abort.abort();
  };
  const cancelTimer = options.timeoutMs === null ? null : after(options.timeoutMs, () => requestStop({ kind: "timeout" }));
  let holders2 = [];
  const onInterrupt = (signal) => {
    if (stop && pgid) {
      signalGroup(pgid, "SIGKILL");
      for (const p of holders2) killQuietly(p.pid);
    }
    requestStop({ kind: "signal", signal });
  };
  const onExit = () => {
    if (pgid) signalGroup(pgid, "SIGKILL");
    for (const p of holders2) killQuietly(p.pid);
  };
  for (const s of INTERRUPTS) process.on(s, onInterrupt);
  process.on("exit", onExit);
  const cleanup = () => {
    cancelTimer?.();
    for (const s of INTERRUPTS) process.off(s, onInterrupt);
    process.off("exit", onExit);
  };
  const bounded = async (work, ms) => {
    let cancel = () => {
    };
    const timeUp = new Promise((done) => cancel = after(ms, () => done(null)));
    try {
      return await Promise.race([work, timeUp, stopped]);
    } finally {
      cancel();
    }
  };
  const stopAll = async () => {
    const group = pgid ? await stopGroup(pgid, options.killGraceMs) : false;
    holders2 = outputHolders(channels);
    await stopProcesses(
      holders2.map((p) => p.pid),
      options.killGraceMs
    );
    await bounded(outputClosed, outputGraceMs);
    child.stdout.destroy();
    child.stderr.destroy();
    return { group };
  };
  const stoppedError = (why) => {
    if (why.kind === "signal") {
      return new LeptonError("eval", `the eval was stopped: Lepton received ${why.signal}`, tail());
    }
    return new LeptonError(
      "eval",
      `eval command timed out after ${duration(options.timeoutMs ?? 0)} (eval.timeout); its processes were stopped`,
      tail()
    );
  };
  const exited = new Promise(
    (done) => {
      child.once("exit", (code, signal) => done({ code, signal }));
      child.once("error", (e) => done(e));
    }
  );
  try {
    const exit = await Promise.race([exited, stopped]);
    if (exit instanceof Error) {
      throw new LeptonError("eval", `could not run the eval command: ${exit.message}`, [], {
        cause: exit
      });
    }
    if (exit !== null && (exit.signal !== null || exit.code !== 0)) {
      const { group } = await stopAll();
      if (group) options.warn("the eval command left processes running; they were stopped");
      throw new LeptonError(
        "eval",
        exit.signal ? `eval command was killed by ${exit.signal}` : `eval command exited with code ${exit.code ?? "?"}`,
        tail()
      );
    }
    const settled = exit === null || !pgid ? null : await bounded(waitGone(pgid, settleMs, abort.signal), settleMs + 1e3);
    if (stopNow() === null && pgid && settled !== true) {
      const left = groupMembers(pgid);
      await stopAll();
      throw new LeptonError(
        "eval",
        `the eval command exited, but ${left.length ? `processes it started were still running ${duration(settleMs)} later: ${nameProcesses(left)}` : `processes of its group (${pgid}) were still running ${duration(settleMs)} later`}; they were stopped and no metrics were read`,
        [
          "an eval must wait for what it starts: end the command with `wait`, or run its steps in the foreground",
          ...tail()
        ]
      );
    }
    const ended = stopNow() === null ? await bounded(
      outputClosed.then(() => true),
      outputGraceMs
    ) : null;
    if (stopNow() === null && ended === null) {
      const left = outputHolders(channels);
      holders2 = left;
      await stopAll();
      throw new LeptonError(
        "eval",
        `the eval command exited, but ${left.length ? `processes outside its process group held its output open ${duration(outputGraceMs)} later: ${nameProcesses(left)}` : `its output was still held open ${duration(outputGraceMs)} later (by a process that left its process group)`}; they were stopped and no metrics were read`,
        [
          "a daemon an eval starts must not keep its stdout/stderr (redirect them: `setsid -f cmd >/dev/null 2>&1`), and should not outlive it",
          ...tail()
        ]
      );
    }
    const why = stopNow();
    if (why !== null) {
      await stopAll();
      const error = stoppedError(why);
      if (why.kind === "signal") {
        cleanup();
        process.kill(process.pid, why.signal);
      }
      throw error;
    }
    return { startedAtMs, durationMs: Date.now() - startedAtMs };
  } finally {
    cleanup();
  }
}
function killQuietly(pid) {
  try {
    process.kill(pid, "SIGKILL");
  } catch {
  }
}

// src/io/eval/metrics-files.ts
import { readFile as readFile2, stat as stat2 } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";
var MTIME_SLACK_MS = 2e3;
async function statOrNull(path) {
  try {
    return await stat2(path, { bigint: true });
  } catch (e) {
    if (e.code === "ENOENT") return null;
    throw e;
  }
}
var same = (a, b) => a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
async function snapshotMetricsFiles(baseDir, paths) {
  const entries = await Promise.all(
    paths.map(async (p) => [p, await statOrNull(resolve2(baseDir, p))])
  );
  return new Map(entries);
}
async function readMetricsFiles(baseDir, paths, before, startedAtMs) {
  const problems = [];
  const fresh = [];
  for (const p of paths) {
    const now = await statOrNull(resolve2(baseDir, p));
    const then = before.get(p) ?? null;
    if (!now) problems.push(`${p}: the eval did not write it (it does not exist)`);
    else if (!now.isFile()) problems.push(`${p}: not a file`);
    else if (then && same(then, now)) {
      problems.push(`${p}: not written by this run (unchanged since before the eval started)`);
    } else if (Number(now.mtimeMs) < startedAtMs - MTIME_SLACK_MS) {
      problems.push(
        `${p}: older than this eval's start (modified ${new Date(Number(now.mtimeMs)).toISOString()}, eval started ${new Date(startedAtMs).toISOString()})`
      );
    } else fresh.push(p);
  }
  if (problems.length) {
    throw new LeptonError(
      "eval",
      `${problems.length} metrics file(s) were not written by this eval (never reading stale numbers)`,
      problems
    );
  }
  const files = await Promise.all(
    fresh.map(async (p) => ({
      source: p,
      metrics: parseMetrics(p, await readFile2(resolve2(baseDir, p), "utf8"))
    }))
  );
  return mergeMetrics(files);
}

// src/app/eval.ts
function evalJson(outcome) {
  return {
    model: outcome.model,
    fingerprint: outcome.fingerprint.fingerprint,
    passed: outcome.passed,
    reused: outcome.reused,
    baseline: outcome.baseline && { version: outcome.baseline.version, tag: outcome.baseline.tag },
    metrics: outcome.metrics,
    checks: outcome.checks,
    changed: outcome.changed,
    skipped: outcome.skipped.map((s) => ({ tag: s.tag, reason: s.reason })),
    ignored: outcome.ignored.map(({ metric, value }) => ({ metric, value }))
  };
}
function evalCacheKey(model, fingerprint, settings) {
  const hex = (h) => h.replace(/^sha256:/, "");
  return `lepton-eval-1-${model}-${hex(fingerprint)}-${hex(settings)}`;
}
function killGrace(ctx, options) {
  if (options.killGraceMs !== void 0) return options.killGraceMs;
  const fromEnv = Number(ctx.env.LEPTON_KILL_GRACE_MS);
  return ctx.env.LEPTON_KILL_GRACE_MS && Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : DEFAULT_KILL_GRACE_MS;
}
function childEnv2(ctx, fp, baseline) {
  const env = {};
  for (const [k, v] of Object.entries(ctx.env)) if (v !== void 0) env[k] = v;
  return {
    ...env,
    ...ctx.manifest.eval.env,
    LEPTON_MODEL: ctx.manifest.model,
    LEPTON_FINGERPRINT: fp.fingerprint,
    LEPTON_BASELINE_VERSION: baseline?.version ?? ""
  };
}
async function runEval(ctx, fp, baseline, options) {
  const spec = ctx.manifest.eval;
  const before = await snapshotMetricsFiles(ctx.modelDir, spec.metrics);
  const run = await ctx.log.group(
    `eval: ${oneLine(spec.command, 100)}`,
    () => runEvalCommand({
      command: spec.command,
      cwd: resolve3(ctx.modelDir, spec.workdir),
      env: childEnv2(ctx, fp, baseline),
      timeoutMs: spec.timeoutMs,
      killGraceMs: killGrace(ctx, options),
      output: (chunk) => ctx.log.output(chunk),
      warn: (message) => ctx.log.warn(message)
    })
  );
  ctx.log.info(`eval finished in ${(run.durationMs / 1e3).toFixed(1)}s`);
  return readMetricsFiles(ctx.modelDir, spec.metrics, before, run.startedAtMs);
}
async function restoreCached(ctx, key) {
  if (!ctx.evalCache) return null;
  try {
    const cached = await ctx.evalCache.restore(key);
    if (!cached) return null;
    const values = emptyRecord();
    for (const [k, v] of Object.entries(cached)) if (typeof v === "number") values[k] = v;
    return { values, nonNumeric: emptyRecord(), nonNumericValues: emptyRecord() };
  } catch (e) {
    ctx.log.warn(`eval cache not read: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}
async function saveCached(ctx, key, metrics) {
  if (!ctx.evalCache) return;
  try {
    await ctx.evalCache.save(key, metrics);
  } catch (e) {
    ctx.log.warn(`eval cache not saved: ${e instanceof Error ? e.message : String(e)}`);
  }
}
function finite(values) {
  const out = emptyRecord();
  for (const [k, v] of Object.entries(values)) if (Number.isFinite(v)) out[k] = v;
  return out;
}
function fromRecord(record2) {
  const nonNumeric = emptyRecord();
  const nonNumericValues = emptyRecord();
  for (const i of record2.ignored ?? []) {
    nonNumeric[i.metric] = i.what ?? JSON.stringify(i.value);
    nonNumericValues[i.metric] = i.value;
  }
  return { values: record2.metrics, nonNumeric, nonNumericValues };
}
async function evaluate(ctx, options = {}) {
  const m = ctx.manifest;
  if (!ctx.repoRoot && options.baseline !== void 0) {
    throw new LeptonError("invalid", "--baseline needs a git repository (versions are git tags)");
  }
  if (options.fetchHistory) await ensureHistory(ctx);
  const [fp, registry] = await Promise.all([
    fingerprintProject(ctx),
    ctx.repoRoot ? readRegistry(ctx.git, m.model) : null
  ]);
  const settings = evalSettingsWithFiles(evalSettingsHash(m.eval), fp.evalFiles);
  const excluded = /* @__PURE__ */ new Map();
  let choice = { entry: null, skipped: [] };
  for (let round = 0; registry && round <= registry.versions.length; round++) {
    choice = await chooseBaseline(ctx.git, registry, options.baseline, excluded);
    const e = choice.entry;
    const reusable = e?.record?.fingerprint === fp.fingerprint && e.record.evalSettings === settings;
    if (!e || options.force || !reusable) break;
    const why = await untrustedRecord(ctx, e);
    if (why === null) break;
    excluded.set(e.tag, `not trusted: ${why}`);
  }
  const entry = choice.entry;
  const baseline = entry && { version: entry.version, tag: entry.tag };
  const record2 = entry?.record ?? null;
  const skippedLines = choice.skipped.map((s) => `${s.tag} is not the baseline: ${s.reason}`);
  for (const line of skippedLines) ctx.log.warn(line);
  const changed = {
    ...changedParts(fp, record2),
    ...record2 && record2.evalSettings !== settings && { eval: true }
  };
  let read;
  let reused = false;
  let reusedFrom = null;
  const cacheKey2 = evalCacheKey(m.model, fp.fingerprint, settings);
  const sameAsBaseline = baseline !== null && record2 !== null && record2.fingerprint === fp.fingerprint && record2.evalSettings === settings;
  const cached = options.force || sameAsBaseline ? null : await restoreCached(ctx, cacheKey2);
  if (!options.force && sameAsBaseline && baseline && record2) {
    ctx.log.info(
      `eval: reusing the metrics of v${baseline.version} (same fingerprint and eval settings; --force runs it anyway)`
    );
    read = fromRecord(record2);
    reused = true;
    reusedFrom = baseline;
  } else if (cached) {
    ctx.log.info("eval: reusing metrics from the eval cache (same fingerprint and eval settings)");
    read = cached;
    reused = true;
  } else {
    read = await runEval(ctx, fp, baseline, options);
    await saveCached(ctx, cacheKey2, finite(read.values));
  }
  const gate = checkThresholds({
    thresholds: m.eval.thresholds,
    metrics: read.values,
    nonNumeric: read.nonNumeric,
    baseline: record2?.metrics ?? null,
    ...baseline && { baselineVersion: baseline.version }
  });
  const fresh = gate.checks.filter(isNewMetric).map((c) => c.reason);
  const newMetrics = [...new Set(fresh)].map((r) => `${r} (its relative check passes)`);
  for (const line of newMetrics) ctx.log.warn(line);
  const metrics = finite(read.values);
  const ignored = ignoredValues(read, new Set(m.eval.thresholds.map((t) => t.metric)));
  const reportInput = {
    model: m.model,
    passed: gate.passed,
    baseline,
    baselineMetrics: record2?.metrics ?? null,
    metrics,
    checks: gate.checks,
    changed,
    reused,
    reusedFrom,
    baselineWarnings: [...skippedLines, ...newMetrics],
    ignored
  };
  return {
    model: m.model,
    fingerprint: fp,
    passed: gate.passed,
    reused,
    reusedFrom,
    baseline,
    baselineRecord: record2,
    skipped: choice.skipped,
    metrics,
    checks: gate.checks,
    changed,
    evalSettings: settings,
    report: renderMarkdownReport(reportInput),
    reportInput,
    ignored
  };
}

// src/core/registry/bump.ts
var import_semver = __toESM(require_semver(), 1);
var ORDER = ["none", "patch", "minor", "major"];
function bumpFor(changed, rules) {
  const levels = ["none"];
  if (changed.components.length) levels.push(rules.components);
  if (changed.data.length) levels.push(rules.data);
  return levels.reduce((a, b) => ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a);
}
function nextVersion(latest, bump, first) {
  if (latest === null) return first;
  if (bump === "none") return null;
  const base = import_semver.default.parse(latest);
  if (!base) throw new LeptonError("invalid", `not a semantic version: ${latest}`);
  return import_semver.default.inc(`${base.major}.${base.minor}.${base.patch}`, bump);
}
function checkOverride(version, latest) {
  const v = import_semver.default.valid(version.replace(/^v/, ""));
  if (!v || import_semver.default.prerelease(v) || import_semver.default.parse(v)?.build.length) {
    throw new LeptonError("invalid", `--version ${version}: expected X.Y.Z (for example 1.4.0)`);
  }
  if (latest !== null && !import_semver.default.gt(v, latest)) {
    throw new LeptonError(
      "invalid",
      `--version ${v} must be higher than the latest recorded version, ${latest}`
    );
  }
  return v;
}

// src/app/record-checks.ts
import { isAbsolute as isAbsolute2, relative as relative3, resolve as resolve4, sep as sep4 } from "node:path";

// src/io/registry/worktree.ts
async function pathsDifferingFromHead(git) {
  const out = await git.out([
    "status",
    "--porcelain=v1",
    "-z",
    "--untracked-files=all",
    "--no-renames",
    "--ignore-submodules=none"
  ]);
  const paths = [];
  for (const entry of out.split("\0")) {
    if (entry.length > 3) paths.push(entry.slice(3));
  }
  return paths;
}

// src/app/record-checks.ts
async function refuseDirtyTree(ctx) {
  const root = ctx.repoRoot;
  const toRepo = (abs) => relative3(root, abs).split(sep4).join("/");
  const prefix = toRepo(ctx.modelDir);
  const matchers = partsOf(ctx.manifest).map(({ kind, part }) => ({
    label: `${kind} "${part.name}"`,
    // `!` exclusions apply, as in the fingerprint.
    test: partMatcher(part.paths)
  }));
  const evalPaths = ctx.manifest.eval.paths ?? [];
  if (evalPaths.length) matchers.push({ label: "eval.paths", test: partMatcher(evalPaths) });
  const outputs = partMatcher([...ctx.manifest.eval.metrics, ...ctx.manifest.artifacts]);
  const manifest = toRepo(ctx.manifestPath);
  const commandFiles = evalCommandFiles(ctx, toRepo);
  const dirty = [];
  for (const path of await pathsDifferingFromHead(ctx.git)) {
    if (path === manifest) {
      dirty.push(`${path} (the manifest: its thresholds decide whether the version passed)`);
      continue;
    }
    if (commandFiles.has(path)) {
      dirty.push(`${path} (named by eval.command)`);
      continue;
    }
    const inModel = rebaseName(path, prefix);
    const owner = matchers.find((m) => m.test(inModel));
    if (!owner) continue;
    dirty.push(
      outputs(inModel) ? `${path} (${owner.label}; the eval or build writes it: add it to .gitignore, not to a commit)` : `${path} (${owner.label})`
    );
  }
  if (dirty.length === 0) return;
  const shown = dirty.slice(0, 20);
  if (dirty.length > shown.length) shown.push(`\u2026 and ${dirty.length - shown.length} more`);
  throw new LeptonError(
    "invalid",
    `${dirty.length} file${dirty.length === 1 ? "" : "s"} of the model differ${dirty.length === 1 ? "s" : ""} from HEAD: commit them (or stash them) first, since the version tag would name HEAD`,
    shown
  );
}
function evalCommandFiles(ctx, toRepo) {
  const cwd = resolve4(ctx.modelDir, ctx.manifest.eval.workdir);
  const out = /* @__PURE__ */ new Set();
  for (const raw of ctx.manifest.eval.command.split(/[\s;&|()<>]+/)) {
    const word = raw.replace(/^['"]|['"]$/g, "");
    if (word === "" || word.startsWith("-") || word.includes("$")) continue;
    const abs = resolve4(cwd, word);
    const rel = toRepo(abs);
    if (rel === "" || rel.startsWith("..") || isAbsolute2(rel)) continue;
    out.add(rel);
  }
  return out;
}
async function refuseBeforeEval(ctx, registry, head, override) {
  const model = ctx.manifest.model;
  if (override !== void 0) {
    const v = checkOverride(override, registry.versions[0]?.version ?? null);
    const taken = registry.skipped.find((s) => s.version === v);
    if (taken) {
      throw new LeptonError(
        "invalid",
        `--version ${v}: the tag ${versionTag(model, v)} exists already (${taken.reason})`,
        ["choose a higher --version"]
      );
    }
  }
  const onHead = registry.versions.find(
    (v) => v.commit === head && !v.lightweight && !v.deregistered
  );
  if (!onHead) return;
  if (onHead.record) {
    const fp = await fingerprintProject(ctx);
    if (await findTrustedByFingerprint(ctx, registry, fp.fingerprint)) return;
  }
  const what = onHead.record ? "recorded for other content" : "made without a Lepton record";
  throw new LeptonError(
    "invalid",
    `${head.slice(0, 12)} already carries ${onHead.tag} (${what}); a commit holds one version of a model`,
    ["commit the change, then record the new commit"]
  );
}

// src/app/record.ts
function recordJson(r) {
  return {
    ...evalJson(r.outcome),
    version: r.version,
    tag: r.tag,
    created: r.created,
    pushed: r.pushed,
    artifact: r.record?.artifact ?? null,
    attempts: r.attempts,
    commit: r.commit
  };
}
async function record(ctx, options = {}) {
  if (!ctx.repoRoot) {
    throw new LeptonError("invalid", "record needs a git repository: versions are git tags");
  }
  const model = ctx.manifest.model;
  const remote = options.remote ?? "origin";
  const budgetMs = options.push ? options.budgetMs ?? pushBudgetMs(ctx.env) : 0;
  const head = await headCommit(ctx);
  await refuseDirtyTree(ctx);
  const identity = await resolveIdentity(ctx.git, ctx.env);
  if (options.fetchHistory) {
    const history2 = await ensureHistory(ctx, remote);
    if (history2.state === "missing" && !options.noBaseline) {
      throw new LeptonError(
        "invalid",
        `not recording: ${history2.why}, so the baseline and the latest version may be missing`,
        [
          `fetch the tags (git fetch --unshallow ${remote} 'refs/tags/*:refs/tags/*'), or pass --no-baseline to record against the local tags only`
        ]
      );
    }
  }
  if (options.push) await fetchForDecision(ctx, remote);
  await refuseBeforeEval(ctx, await readRegistry(ctx.git, model), head, options.version);
  const outcome = await evaluate(ctx, {
    ...options.force && { force: true },
    ...options.baseline !== void 0 && { baseline: options.baseline }
  });
  const fingerprint = outcome.fingerprint.fingerprint;
  let state = { kind: "none", note: null };
  const decide = async (attempt) => {
    const registry = await readRegistry(ctx.git, model);
    const found = await findTrustedByFingerprint(ctx, registry, fingerprint);
    if (found) {
      if (state.kind === "made" && found.tag === state.candidate.tag) return state.candidate;
      state = { kind: "found", version: found.version, tag: found.tag, record: found.record };
      return { tag: found.tag, own: null };
    }
    const onHead = registry.versions.find(
      (v) => v.commit === head && !v.lightweight && !v.deregistered
    );
    if (onHead) {
      const what = onHead.record ? "recorded for other content" : "made without a Lepton record";
      throw new LeptonError(
        "invalid",
        `${head.slice(0, 12)} already carries ${onHead.tag} (${what}); a commit holds one version of a model`,
        ["commit the change, then record the new commit"]
      );
    }
    const version = chooseVersion(ctx, registry, outcome, options.version, attempt);
    if (version === null) {
      state = {
        kind: "none",
        note: 'only parts whose versioning.bump is "none" changed: no new version'
      };
      return null;
    }
    const extra = await options.beforeTag?.(outcome, version) ?? {};
    const rec = await storeArtifact(
      ctx,
      versionRecord(ctx, outcome, version, head, extra.artifact ?? null),
      options.store
    );
    const tag = versionTag(model, version);
    const object = await createTag(ctx.git, {
      name: tag,
      commit: head,
      message: formatVersionMessage(rec),
      identity
    });
    if (!object) {
      throw new LeptonError(
        "git",
        `tag ${tag} appeared while this run was deciding (another run here?)`,
        ["run the command again"]
      );
    }
    state = { kind: "made", candidate: { tag, own: object }, record: rec };
    return state.candidate;
  };
  let pushed = null;
  let attempts = null;
  if (options.push) {
    const published = await publish({
      git: ctx.git,
      remote,
      model,
      decide,
      onLost: () => {
        state = { kind: "none", note: null };
      },
      log: (m) => ctx.log.info(m),
      ...options.maxAttempts !== void 0 && { maxAttempts: options.maxAttempts },
      budgetMs
    });
    if (published.candidate) pushed = published.pushed;
    attempts = published.attempts;
  } else {
    await decide(1);
  }
  const s = state;
  if (s.kind !== "none") await tagStoredVersion(ctx, s.record, options.store);
  const base = { outcome, pushed, attempts, commit: head };
  if (s.kind === "made") {
    const { version } = s.record;
    return { ...base, version, tag: s.candidate.tag, created: true, record: s.record, note: null };
  }
  if (s.kind === "found") {
    return {
      ...base,
      version: s.version,
      tag: s.tag,
      created: false,
      record: s.record,
      note: null
    };
  }
  return { ...base, version: null, tag: null, created: false, record: null, note: s.note };
}
async function headCommit(ctx) {
  const r = await ctx.git.run(["rev-parse", "-q", "--verify", "HEAD^{commit}"], {
    allowFailure: true
  });
  if (r.code !== 0)
    throw new LeptonError("invalid", "nothing to tag: the repository has no commit yet");
  return r.stdout.trim();
}
async function fetchForDecision(ctx, remote) {
  try {
    await fetchModelTags(ctx.git, remote, ctx.manifest.model);
  } catch (e) {
    ctx.log.warn(
      `could not fetch ${remote}'s tags (${e instanceof Error ? e.message : String(e)}); deciding on the local tags`
    );
  }
}
function chooseVersion(ctx, registry, outcome, override, attempt) {
  const latest = registry.versions[0] ?? null;
  if (override !== void 0) {
    const wanted = override.replace(/^v/, "");
    if (attempt > 1 && findVersion(registry, wanted)) {
      throw new LeptonError(
        "git",
        `version ${wanted} was recorded meanwhile by another run, for other content`,
        ["run again with a higher --version, or without it"]
      );
    }
    return checkOverride(override, latest?.version ?? null);
  }
  const { first, bump } = ctx.manifest.versioning;
  const level = latest ? bumpFor(changedParts(outcome.fingerprint, latest.record), bump) : null;
  let version = latest ? nextVersion(latest.version, level ?? "minor", first) : first;
  const taken = new Set(registry.skipped.map((s) => s.version));
  while (version !== null && taken.has(version)) {
    version = nextVersion(version, level === null || level === "none" ? "patch" : level, first);
  }
  return version;
}
function versionRecord(ctx, outcome, version, commit, artifact) {
  const hashes = (parts) => Object.fromEntries(parts.map((p) => [p.name, p.hash]));
  return {
    kind: "version",
    schema: 1,
    model: ctx.manifest.model,
    version,
    commit,
    created: ctx.now().toISOString(),
    fingerprint: outcome.fingerprint.fingerprint,
    components: hashes(outcome.fingerprint.components),
    data: hashes(outcome.fingerprint.data),
    metrics: outcome.metrics,
    ...outcome.ignored.length > 0 && { ignored: outcome.ignored },
    checks: outcome.checks,
    passed: outcome.passed,
    baseline: outcome.baseline && { version: outcome.baseline.version, tag: outcome.baseline.tag },
    evalSettings: outcome.evalSettings,
    reused: outcome.reused,
    runUrl: ciRunUrl(ctx.env),
    artifact
  };
}

// src/app/history.ts
import { basename } from "node:path";

// src/core/delivery/history.ts
var text = (v) => typeof v === "string" && v !== "" ? v : null;
function historyEvent(e) {
  const r = e.record ?? {};
  return {
    n: e.n,
    tag: e.tag,
    kind: e.action,
    stage: e.stage,
    version: e.target,
    at: e.date,
    by: text(r.by) ?? text(r.promotedBy),
    reason: text(r.reason),
    runUrl: text(r.runUrl)
  };
}
function historyOf(registry, stage) {
  return registry.events.filter((e) => stage === void 0 || e.stage === stage).map(historyEvent).sort((a, b) => b.n - a.n || b.at.localeCompare(a.at) || b.tag.localeCompare(a.tag));
}
function holdersAt(registry, at, stages, withdrawn = /* @__PURE__ */ new Set()) {
  const before = registry.events.filter((e) => Date.parse(e.date) <= at);
  const held = holders(before, withdrawn);
  const out = {};
  const names = [.../* @__PURE__ */ new Set([...stages, ...registry.events.map((e) => e.stage)])];
  for (const s of names) {
    const e = held[s];
    out[s] = e ? { version: e.version, tag: e.tag } : null;
  }
  return out;
}

// src/app/history.ts
function parseAt(text2) {
  const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text2);
  const withZone = /T.*(Z|[+-]\d{2}:?\d{2})$/.test(text2) || !text2.includes("T") ? text2 : `${text2}Z`;
  const ms = iso ? Date.parse(withZone) : NaN;
  if (!Number.isFinite(ms)) {
    throw new LeptonError("invalid", `--at "${text2}" is not an ISO 8601 time`, [
      "e.g. 2026-11-01T12:00:00Z, or a date: 2026-11-01"
    ]);
  }
  return ms;
}
async function history(ctx, options = {}) {
  const m = ctx.manifest;
  const stageNames = m.stages.map((s) => s.name);
  const registry = await readRegistry(ctx.git, m.model);
  const known = /* @__PURE__ */ new Set([...stageNames, ...registry.events.map((e) => e.stage)]);
  if (options.stage !== void 0 && !known.has(options.stage)) {
    throw new LeptonError(
      "invalid",
      `stage "${options.stage}" is not in ${basename(ctx.manifestPath)}`,
      [`stages: ${[...known].join(", ") || "(none)"}`]
    );
  }
  if (options.at !== void 0) {
    const at = parseAt(options.at);
    const all = holdersAt(registry, at, stageNames);
    const stages = options.stage === void 0 ? all : { [options.stage]: all[options.stage] ?? null };
    return { model: m.model, at: new Date(at).toISOString(), stages };
  }
  return { model: m.model, events: historyOf(registry, options.stage) };
}

// src/core/monitor/promql.ts
var VARIABLE = /\$(model|version|stage)\b/y;
function escapeIn(value, quote) {
  return value.replace(/\\/g, "\\\\").replace(quote === '"' ? /"/g : /'/g, `\\${quote}`).replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}
function substitute(query, vars, where = "query") {
  let out = "";
  let quote = null;
  for (let i = 0; i < query.length; ) {
    const ch = query[i];
    if (ch === "$") {
      VARIABLE.lastIndex = i;
      const m = VARIABLE.exec(query);
      if (m) {
        const value = vars[m[1]];
        if (quote === null) out += `"${escapeIn(value, '"')}"`;
        else if (quote === "`") {
          if (value.includes("`")) {
            throw new LeptonError(
              "invalid",
              `${where}: $${m[1]} holds a backtick and sits in a raw string`
            );
          }
          out += value;
        } else out += escapeIn(value, quote);
        i += m[0].length;
        continue;
      }
    }
    if (quote !== null && quote !== "`" && ch === "\\") {
      out += query.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (quote === null && (ch === '"' || ch === "'" || ch === "`")) quote = ch;
    else if (ch === quote) quote = null;
    out += ch;
    i++;
  }
  if (quote !== null)
    throw new LeptonError("invalid", `${where}: a ${quote} string is never closed`);
  return out;
}

// src/io/prometheus/query.ts
function sampleValue(pair) {
  if (!Array.isArray(pair) || typeof pair[1] !== "string") return null;
  const text2 = pair[1];
  if (text2 === "+Inf") return Infinity;
  if (text2 === "-Inf") return -Infinity;
  const v = Number(text2);
  return text2.trim() !== "" && !Number.isNaN(v) ? v : text2 === "NaN" ? NaN : null;
}
async function queryValue(settings, query) {
  const base = settings.url.replace(/\/+$/, "");
  const url = `${base}/api/v1/query?${new URLSearchParams({ query }).toString()}`;
  let response;
  try {
    response = await fetch(url, {
      headers: {
        accept: "application/json",
        ...settings.token && { authorization: `Bearer ${settings.token}` }
      },
      signal: AbortSignal.timeout(settings.timeoutMs ?? 3e4)
    });
  } catch (e) {
    const cause = e.cause;
    const why = cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
    throw new LeptonError("eval", `Prometheus at ${base} cannot be reached: ${why}`);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new LeptonError(
      "eval",
      `Prometheus at ${base} answered HTTP ${response.status} without the API's JSON`
    );
  }
  if (body.status !== "success") {
    throw new LeptonError(
      "eval",
      `Prometheus refused the query (HTTP ${response.status}, ${body.errorType ?? "error"}): ${body.error ?? "no message"}`,
      [`query: ${query}`]
    );
  }
  const type = body.data?.resultType;
  const result = body.data?.result;
  if (type === "scalar") {
    const v2 = sampleValue(result);
    return v2 === null ? { ok: false, reason: "the scalar result has no value" } : { ok: true, value: v2 };
  }
  if (type !== "vector" || !Array.isArray(result)) {
    return { ok: false, reason: `the query returned a ${type ?? "missing"} result, not one value` };
  }
  if (result.length === 0) return { ok: false, reason: "the query returned no series (no data)" };
  if (result.length > 1) {
    return {
      ok: false,
      reason: `the query returned ${result.length} series; aggregate it to one (e.g. avg(\u2026) or sum(\u2026))`
    };
  }
  const v = sampleValue(result[0].value);
  return v === null ? { ok: false, reason: "the series has no value" } : { ok: true, value: v };
}

// src/app/monitor.ts
async function monitor(ctx, stageName, options = {}) {
  const m = ctx.manifest;
  const stage = m.stages.find((s) => s.name === stageName);
  if (!stage) {
    throw new LeptonError("invalid", `stage "${stageName}" is not in the manifest`, [
      `stages: ${m.stages.map((s) => s.name).join(", ") || "(none)"}`
    ]);
  }
  const spec = stage.monitor;
  if (!spec) {
    throw new LeptonError("invalid", `stage "${stageName}" has no monitor section`, [
      `add stages.${stageName}.monitor: {queries: {METRIC: 'PromQL'}, thresholds: \u2026}`
    ]);
  }
  const url = spec.prometheus ?? options.prometheusUrl;
  if (!url) {
    throw new LeptonError("invalid", `no Prometheus server for stages.${stageName}.monitor`, [
      "set stages.NAME.monitor.prometheus or LEPTON_PROMETHEUS_URL"
    ]);
  }
  const registry = await readRegistry(ctx.git, m.model);
  const holder = registry.stages[stageName];
  if (!holder?.version) {
    throw new LeptonError("invalid", `stage "${stageName}" holds no version: nothing to monitor`);
  }
  const version = holder.version;
  const entry = registry.versions.find((v) => v.version === version);
  const recorded = entry?.record?.metrics ?? {};
  const settings = {
    url,
    ...options.prometheusToken && { token: options.prometheusToken },
    ...options.timeoutMs !== void 0 && { timeoutMs: options.timeoutMs }
  };
  const live2 = {};
  const problems = [];
  for (const [metric, template] of Object.entries(spec.queries)) {
    const query = substitute(
      template,
      { model: m.model, version, stage: stageName },
      `stages.${stageName}.monitor.queries.${metric}`
    );
    ctx.log.info(`monitor: ${metric}: ${query}`);
    const answer = await queryValue(settings, query);
    if (answer.ok) live2[metric] = answer.value;
    else problems.push(`${metric}: ${answer.reason}`);
  }
  if (problems.length) {
    throw new LeptonError(
      "eval",
      `monitor of ${m.model} v${version} in ${stageName} cannot judge: ${problems.length} quer${problems.length === 1 ? "y has" : "ies have"} no value`,
      problems
    );
  }
  const gate = checkThresholds({ thresholds: spec.thresholds, metrics: live2, baseline: recorded });
  return {
    model: m.model,
    stage: stageName,
    version,
    passed: gate.passed,
    metrics: live2,
    recorded,
    checks: gate.checks,
    rolledBack: false
  };
}

// src/app/export.ts
import { relative as relative4 } from "node:path";

// src/core/monitor/openmetrics.ts
function escapeLabelValue(value) {
  return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}
var labels = (pairs) => `{${Object.entries(pairs).map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(",")}}`;
function number(v) {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "+Inf";
  if (v === -Infinity) return "-Inf";
  return String(v);
}
function renderOpenMetrics(models) {
  const sorted = [...models].sort((a, b) => a.model < b.model ? -1 : a.model > b.model ? 1 : 0);
  const family = (name, help, series) => [
    `# HELP ${name} ${help}`,
    `# TYPE ${name} gauge`,
    ...series
  ];
  const versionInfo = [];
  const metric = [];
  const stageInfo = [];
  const stageChange = [];
  for (const m of sorted) {
    const versions = [...m.versions].sort((a, b) => a.version < b.version ? -1 : 1);
    for (const v of versions) {
      versionInfo.push(
        `lepton_model_version_info${labels({ model: m.model, version: v.version, commit: v.commit })} 1`
      );
      for (const name of Object.keys(v.metrics).sort()) {
        metric.push(
          `lepton_model_metric${labels({ model: m.model, version: v.version, metric: name })} ${number(v.metrics[name])}`
        );
      }
    }
    for (const stage of Object.keys(m.stages).sort()) {
      const s = m.stages[stage];
      if (!s) continue;
      if (s.version !== null)
        stageInfo.push(
          `lepton_stage_version_info${labels({ model: m.model, stage, version: s.version })} 1`
        );
      if (s.changedAt !== null)
        stageChange.push(
          `lepton_stage_last_change_timestamp_seconds${labels({ model: m.model, stage })} ${s.changedAt / 1e3}`
        );
    }
  }
  return [
    ...family(
      "lepton_model_version_info",
      "A recorded model version (the latest and every stage holder).",
      versionInfo
    ),
    ...family(
      "lepton_model_metric",
      "A metric of a version as its recorded eval measured it.",
      metric
    ),
    ...family("lepton_stage_version_info", "The version a stage holds now.", stageInfo),
    ...family(
      "lepton_stage_last_change_timestamp_seconds",
      "When the stage last changed (its newest event).",
      stageChange
    ),
    "# EOF",
    ""
  ].join("\n");
}

// src/io/manifests.ts
import { join as join5 } from "node:path";
async function findManifests(git) {
  const r = await git.run([
    "ls-files",
    "-z",
    "--cached",
    "--others",
    "--exclude-standard",
    "--",
    ":(glob)**/lepton.yml"
  ]);
  const rel = [...new Set(r.stdout.split("\0").filter(Boolean))].sort();
  return rel.map((p) => join5(git.cwd, p));
}

// src/app/export.ts
async function readAllModels(git) {
  const paths = await findManifests(git);
  const seen = /* @__PURE__ */ new Map();
  const out = [];
  for (const path of paths) {
    const name = relative4(git.cwd, path);
    const model = await loadManifest(path, name);
    const other = seen.get(model.model);
    if (other) {
      throw new LeptonError("invalid", `model "${model.model}" is named by two manifests`, [
        other,
        name
      ]);
    }
    seen.set(model.model, name);
    out.push({ manifest: name, model, registry: await readRegistry(git, model.model) });
  }
  return out;
}
function exportModel({ model, registry }) {
  const wanted = /* @__PURE__ */ new Set();
  const latest = registry.versions.find((v) => v.record);
  if (latest) wanted.add(latest.version);
  const stages = {};
  const names = /* @__PURE__ */ new Set([...model.stages.map((s) => s.name), ...Object.keys(registry.stages)]);
  for (const stage of names) {
    const holder = registry.stages[stage] ?? null;
    if (holder?.version) wanted.add(holder.version);
    const newest = registry.events.find((e) => e.stage === stage);
    stages[stage] = {
      version: holder?.version ?? null,
      changedAt: newest ? Date.parse(newest.date) : null
    };
  }
  const versions = registry.versions.filter((v) => wanted.has(v.version)).map((v) => ({ version: v.version, commit: v.commit, metrics: v.record?.metrics ?? {} }));
  return { model: model.model, versions, stages };
}
async function exportOpenMetrics(git) {
  return renderOpenMetrics((await readAllModels(git)).map(exportModel));
}

// src/app/validate.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { readFile as readFile3 } from "node:fs/promises";
import { relative as relative5, sep as sep5 } from "node:path";
async function checkTree(ctx, file) {
  const m = ctx.manifest;
  const text2 = await readFile3(ctx.manifestPath, "utf8");
  const counter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text2, { lineCounter: counter });
  const issue = (r, hint) => ({
    file,
    // List indexes as numbers: locate() steps into sequences by number.
    ...locate(
      doc,
      counter,
      r.path.map((k) => /^\d+$/.test(k) ? Number(k) : k),
      "value"
    ),
    path: r.path.join("."),
    message: r.message,
    ...hint && { hint }
  });
  const depth = ctx.repoRoot ? depthBelow2(ctx.repoRoot, ctx.modelDir) : null;
  const leaving = pathsLeavingRepo(m, depth);
  if (leaving.length || !ctx.repoRoot) {
    return { errors: leaving.map((r) => issue(r)), warnings: [], checked: false };
  }
  const tree = await listTree(m, {
    modelDir: ctx.modelDir,
    repoRoot: ctx.repoRoot,
    cacheDir: null,
    env: ctx.env
  });
  const errors = [];
  const warnings = [];
  const keyOf = (kind, part, pattern) => {
    if (kind === "eval") return ["eval", "paths", String((m.eval.paths ?? []).indexOf(pattern))];
    const parts = kind === "component" ? m.components : m.data;
    const paths = parts.find((p) => p.name === part)?.paths ?? [];
    return [
      kind === "component" ? "components" : "data",
      part,
      "paths",
      String(paths.indexOf(pattern))
    ];
  };
  const { unmatched } = matchParts(tree.parts, tree.files, true);
  for (const u of unmatched) {
    const message = unmatchedReason(u, tree.ignored, tree.files).replace(/^[^:]*: /, "");
    errors.push(issue({ path: keyOf(u.kind, u.part, u.pattern), message }));
  }
  for (const p of tree.parts) {
    for (const pattern of p.paths) {
      if (!isExclusion(pattern) || tree.files.some(pathMatcher(pattern))) continue;
      warnings.push(
        issue(
          {
            path: keyOf(p.kind, p.name, pattern),
            message: `exclusion "${pattern}" excludes no file`
          },
          "fine as a guard against files that may appear; otherwise remove it"
        )
      );
    }
  }
  const selectors = partsOf(m).map(({ kind, part }) => ({
    label: `${kind === "data" ? "data set" : kind} "${part.name}"`,
    test: partMatcher(part.paths)
  }));
  const outputs = [];
  m.eval.metrics.forEach(
    (path, i) => outputs.push({
      key: m.eval.metrics.length === 1 ? ["eval", "metrics"] : ["eval", "metrics", String(i)],
      path: normalizePath(path),
      what: "metrics file"
    })
  );
  m.artifacts.forEach(
    (path, i) => outputs.push({
      key: ["artifacts", "paths", String(i)],
      path: normalizePath(path),
      what: "artifact"
    })
  );
  const concrete = [];
  for (const o of outputs) {
    const files = isLiteral(o.path) ? [o.path] : tree.files.filter(pathMatcher(o.path));
    for (const f of files) {
      const owner = selectors.find((s) => s.test(f));
      if (owner) concrete.push({ ...o, path: f, owner: owner.label });
    }
  }
  const ignored = await tree.ignoredOf(concrete.map((c) => c.path));
  const warned = /* @__PURE__ */ new Set();
  for (const c of concrete) {
    const tracked = tree.tracked.has(c.path);
    if (!tracked && ignored.has(c.path)) continue;
    if (warned.has(c.key.join("."))) continue;
    warned.add(c.key.join("."));
    warnings.push(
      issue(
        {
          path: c.key,
          message: `${c.what} "${c.path}" is inside ${c.owner}: every eval (or build) rewrites it and so changes the model's fingerprint`
        },
        tracked ? `add "${c.path}" to .gitignore and untrack it (git rm --cached "${c.path}")` : `add "${c.path}" to .gitignore`
      )
    );
  }
  return { errors, warnings, checked: true };
}
function isLiteral(path) {
  return !/[*?[\]{}()!]/.test(path);
}
function depthBelow2(root, dir) {
  const rel = relative5(root, dir);
  return rel === "" ? 0 : rel.split(sep5).length;
}
export {
  ManifestInvalidError,
  checkTree,
  diff2 as diff,
  evalJson,
  evaluate,
  exportOpenMetrics,
  formatIssue,
  history,
  loadManifest,
  monitor,
  openProject,
  promote,
  record,
  recordJson,
  show,
  status,
  streamLogger
};
