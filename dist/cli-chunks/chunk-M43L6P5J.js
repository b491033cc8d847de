import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  isExclusion,
  matchParts,
  pathMatcher,
  rebaseName,
  selectionParts,
  unmatchedError
} from "./chunk-XZDXFT7T.js";
import {
  readSealedFile,
  writeSealedFileSync
} from "./chunk-OWTKKGJO.js";
import {
  climbOf,
  metricsListedTwiceIn,
  pathsLeavingRepo,
  require_dist
} from "./chunk-MUEX25PC.js";
import {
  PART_ENCODING,
  compareUtf8,
  listGitIndex,
  listIgnoredFiles,
  listModifiedFiles,
  modelFingerprint,
  parseLsFiles,
  partHash,
  walkFiles
} from "./chunk-GMIEMMPZ.js";
import {
  decodeName,
  fsPath,
  hasEscapedBytes,
  nameBytes
} from "./chunk-XKVP7VSL.js";
import {
  Git,
  lastLines,
  processEnv
} from "./chunk-WFCPIERG.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";
import {
  __toESM
} from "./chunk-3CYXKRVX.js";

// src/io/files/index.ts
import { dirname as dirname3, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

// src/io/files/committed.ts
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, dirname, isAbsolute, join, relative, resolve } from "node:path";

// src/io/files/blob-records.ts
import { createHash } from "node:crypto";

// src/core/fingerprint/dvc.ts
var import_yaml = __toESM(require_dist(), 1);
var MD5 = /^[0-9a-f]{32}(\.dir)?$/;
function isDvcFile(path) {
  return path.endsWith(".dvc") && !path.endsWith("/.dvc") && path !== ".dvc";
}
function parseDvcFile(text) {
  let doc;
  try {
    doc = (0, import_yaml.parse)(text);
  } catch (e) {
    return { ok: false, reason: `not valid YAML (${e.message.split("\n")[0]})` };
  }
  if (!isRecord(doc) || !Array.isArray(doc.outs) || doc.outs.length === 0) {
    return { ok: false, reason: "expected an `outs:` list" };
  }
  const outs = [];
  for (const [i, raw] of doc.outs.entries()) {
    if (!isRecord(raw)) return { ok: false, reason: `outs[${i}] is not a mapping` };
    const { path, md5, size, nfiles, hash: hash2 } = raw;
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
    if (hash2 !== void 0 && typeof hash2 !== "string") {
      return { ok: false, reason: `output "${path}" has a hash marker that is not a string` };
    }
    outs.push({
      path,
      hashName: hash2 ?? null,
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
function parseLfsPointer(text) {
  if (text.length >= LFS_POINTER_MAX_SIZE || !text.endsWith("\n")) return null;
  const lines = text.slice(0, -1).split("\n");
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

// src/io/files/blob-records.ts
async function readBlobRecords(git, blobOf) {
  const rels = [...blobOf.keys()];
  const records = /* @__PURE__ */ new Map();
  if (rels.length === 0) return records;
  let problem = null;
  let i = 0;
  let header = Buffer.alloc(0);
  let left = -1;
  let size = 0;
  let hash2 = createHash("sha256");
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
        pointer ? { kind: "file", size: pointer.size, sha256: pointer.oid } : { kind: "file", size, sha256: hash2.digest("hex") }
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
        hash2 = createHash("sha256");
        head = [];
        headBytes = 0;
        continue;
      }
      const take = Math.min(left, chunk.length - at);
      const body = chunk.subarray(at, at + Math.min(take, left - 1 > 0 ? left - 1 : 0));
      if (body.length) {
        hash2.update(body);
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

// src/io/files/committed.ts
var CONFIG_WORDS = /autocrlf|attributesfile|include/i;
function conversionIn(scope) {
  let config;
  try {
    config = configMayConvert(scope);
  } catch {
    return "any";
  }
  if (config) return "any";
  try {
    return attributesExist(scope) ? "attributes" : "none";
  } catch {
    return "attributes";
  }
}
function attributesExist(scope) {
  const env = scope.env;
  for (const f of scope.listed) {
    if (f === ".gitattributes" || f.endsWith("/.gitattributes")) return true;
  }
  const top = resolve(scope.repoRoot);
  for (let dir = resolve(scope.listedDir); ; dir = dirname(dir)) {
    if (dir !== resolve(scope.listedDir) && existsSync(join(dir, ".gitattributes"))) return true;
    if (dir === top || dirname(dir) === dir || relative(top, dir).startsWith("..")) break;
  }
  const gitDir = scope.gitDir ?? gitDirOf(scope.repoRoot, env);
  if (gitDir === null) return true;
  if (existsSync(join(commonDirOf(gitDir), "info", "attributes"))) return true;
  const home = env.HOME || homedir();
  const xdg = env.XDG_CONFIG_HOME || join(home, ".config");
  if (existsSync(join(xdg, "git", "attributes"))) return true;
  if (!env.GIT_ATTR_NOSYSTEM) {
    const prefixes = systemPrefixes(env);
    if (prefixes === null) return true;
    for (const p of prefixes) if (existsSync(join(p, "gitattributes"))) return true;
  }
  return false;
}
function configMayConvert(scope) {
  const env = scope.env;
  if (process.platform === "win32") return true;
  if (env.GIT_CONFIG_PARAMETERS || Number(env.GIT_CONFIG_COUNT ?? 0) > 0 || env.GIT_CONFIG) {
    return true;
  }
  const gitDir = scope.gitDir ?? gitDirOf(scope.repoRoot, env);
  if (gitDir === null) return true;
  const common = commonDirOf(gitDir);
  const home = env.HOME || homedir();
  const xdg = env.XDG_CONFIG_HOME || join(home, ".config");
  const configs = [join(common, "config"), join(gitDir, "config.worktree")];
  configs.push(
    ...env.GIT_CONFIG_GLOBAL !== void 0 ? [env.GIT_CONFIG_GLOBAL] : [join(home, ".gitconfig"), join(xdg, "git", "config")]
  );
  if (!truthy(env.GIT_CONFIG_NOSYSTEM)) {
    if (env.GIT_CONFIG_SYSTEM !== void 0) configs.push(env.GIT_CONFIG_SYSTEM);
    else {
      const prefixes = systemPrefixes(env);
      if (prefixes === null) return true;
      for (const p of prefixes) configs.push(join(p, "gitconfig"));
    }
  }
  for (const file of configs) {
    if (file === "" || file === "/dev/null") continue;
    let text;
    try {
      text = readFileSync(file, "utf8");
    } catch (e) {
      if (e.code === "ENOENT") continue;
      return true;
    }
    if (CONFIG_WORDS.test(text)) return true;
  }
  return false;
}
var truthy = (v) => v !== void 0 && /^(1|true|yes|on)$/i.test(v.trim());
function systemPrefixes(env) {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    const bin = join(dir, "git");
    let real;
    try {
      if (!statSync(bin).isFile()) continue;
      real = realpathSync(bin);
    } catch {
      continue;
    }
    const prefix = dirname(dirname(real));
    return [.../* @__PURE__ */ new Set(["/etc", join(prefix, "etc")])];
  }
  return null;
}
function gitDirOf(repoRoot, env) {
  if (env.GIT_DIR) return isAbsolute(env.GIT_DIR) ? env.GIT_DIR : null;
  const dotGit = join(repoRoot, ".git");
  const st = statSync(dotGit, { throwIfNoEntry: false });
  if (!st) return null;
  if (st.isDirectory()) return dotGit;
  const m = /^gitdir: (.+?)\r?\n?$/.exec(readFileSync(dotGit, "utf8"));
  return m ? resolve(repoRoot, m[1]) : null;
}
function commonDirOf(gitDir) {
  let text;
  try {
    text = readFileSync(join(gitDir, "commondir"), "utf8");
  } catch {
    return gitDir;
  }
  return resolve(gitDir, text.trim());
}
var UNTOUCHED = { rewrites: false, lineEndings: false, blob: "", blobSize: -1 };
var untouched = (fact) => !fact.rewrites && !fact.lineEndings;
async function checkoutFacts(git, files, where) {
  const out = /* @__PURE__ */ new Map();
  if (files.length === 0) return out;
  const attrs = await attributesOf(
    git,
    files.map((f) => f.rel)
  );
  const sized = [];
  for (const f of files) {
    const a = attrs.get(f.rel);
    const value = (name) => a?.get(name) ?? "unspecified";
    const rewrites = set(value("filter")) || set(value("ident")) || set(value("working-tree-encoding"));
    const text = value("text");
    const lineEndings = !rewrites && text !== "unset" && (where === "any" || set(text) || set(value("crlf")) || value("eol") !== "unspecified");
    if (lineEndings) sized.push({ rel: f.rel, blob: f.blob, rewrites });
    else out.set(f.rel, rewrites ? { ...UNTOUCHED, rewrites } : UNTOUCHED);
  }
  const sizes = await blobSizes(
    git,
    sized.map((f) => f.blob)
  );
  sized.forEach(
    (f, i) => out.set(f.rel, {
      rewrites: false,
      lineEndings: true,
      blob: f.blob,
      blobSize: sizes[i]
    })
  );
  return out;
}
var set = (value) => value !== "unspecified" && value !== "unset";
async function attributesOf(git, names) {
  const r = await git.run(["check-attr", "--all", "-z", "--stdin"], {
    input: names.join("\0") + "\0",
    encoding: "utf8"
  });
  const byName = /* @__PURE__ */ new Map();
  const f = r.stdout.split("\0");
  for (let i = 0; i + 2 < f.length; i += 3) {
    const name = f[i];
    let a = byName.get(name);
    if (!a) byName.set(name, a = /* @__PURE__ */ new Map());
    a.set(f[i + 1], f[i + 2]);
  }
  return byName;
}
async function committedRecords(git, all, where = "any", facts = null) {
  const out = /* @__PURE__ */ new Map();
  const known = /* @__PURE__ */ new Map();
  const missing = [];
  for (const f of all) {
    const fact = facts?.get(f.rel);
    if (fact === void 0 || fact.blobSize !== -1 && fact.blob !== f.blob) missing.push(f);
    else known.set(f.rel, fact);
  }
  for (const [rel, fact] of await checkoutFacts(git, missing, where)) known.set(rel, fact);
  let files = all.filter((f) => !untouched(known.get(f.rel)));
  const doubted = files.filter((f) => !f.vouched);
  if (doubted.length) {
    const ids = await cleanedIds(
      git,
      doubted.map((f) => f.rel)
    );
    const same = new Set(doubted.filter((f, i) => ids[i] === f.blob).map((f) => f.rel));
    files = files.filter((f) => f.vouched || same.has(f.rel));
  }
  const fromBlob = /* @__PURE__ */ new Map();
  for (const f of files) {
    const fact = known.get(f.rel);
    if (fact.rewrites || fact.lineEndings && fact.blobSize !== f.size) {
      fromBlob.set(f.rel, f.blob);
    }
  }
  if (fromBlob.size === 0) return out;
  const records = await readBlobRecords(git, fromBlob);
  if (typeof records === "string") throw new LeptonError("invalid", records);
  return records;
}
function plainlyItsBytes(facts, rel) {
  const fact = facts.get(rel);
  return fact !== void 0 && untouched(fact);
}
async function cleanedIds(git, names) {
  const asked = names.filter((n) => !n.includes("\n"));
  const r = await git.run(["hash-object", "--stdin-paths"], {
    input: asked.join("\n") + "\n",
    allowFailure: true
  });
  const lines = r.code === 0 ? r.stdout.split("\n") : [];
  const id = new Map(asked.map((n, i) => [n, lines[i] ?? ""]));
  return names.map((n) => id.get(n) ?? "");
}
async function blobSizes(git, blobs) {
  if (blobs.length === 0) return [];
  const r = await git.run(["cat-file", "--batch-check=%(objectsize)", "--buffer"], {
    input: blobs.join("\n") + "\n"
  });
  const lines = r.stdout.split("\n");
  return blobs.map((_, i) => {
    const line = lines[i] ?? "";
    return /^\d+$/.test(line) ? Number(line) : NaN;
  });
}

// src/io/files/hash.ts
import * as crypto from "node:crypto";
import {
  closeSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync as realpathSync2,
  statSync as statSync2
} from "node:fs";
import { availableParallelism } from "node:os";
import { sep } from "node:path";

// src/io/files/pool.ts
import { Worker } from "node:worker_threads";

// src/io/files/worker-source.ts
var WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const crypto = require('node:crypto');
const NEXT = 0, BOOTING = 0, RUNNING = 1;
const HASHED = 1, LEFT = 2;
const CHUNK = 1 << 20, LFS_MAX = 1024;
parentPort.once('message', (work) => {
if (work === null) return;
const { paths, sizes, bounds, control, progress, status, lengths, digests, me } = work;
if (Atomics.compareExchange(control, me, BOOTING, RUNNING) === BOOTING) {
  let buf = Buffer.allocUnsafe(64 << 10);
  const batches = bounds.length - 1;
  for (let b; (b = Atomics.add(control, NEXT, 1)) < batches; ) {
    let bytes = 0;
    for (let i = bounds[b]; i < bounds[b + 1]; i++) {
      let fd;
      try {
        fd = openSync(paths[i], 'r');
        const size = sizes[i];
        const h = crypto.createHash('sha256');
        let n = 0;
        if (size < CHUNK) {
          // Read whole asking for a byte more than lstat said: a short read at that size is the end.
          if (buf.length < size + 1) buf = Buffer.allocUnsafe(Math.max(size + 1, buf.length * 2));
          for (;;) {
            if (n === buf.length) {
              const bigger = Buffer.allocUnsafe(buf.length * 2);
              buf.copy(bigger, 0, 0, n);
              buf = bigger;
            }
            const want = buf.length - n;
            const got = readSync(fd, buf, n, want, null);
            n += got;
            if (got === 0 || (got < want && n === size)) break;
          }
          if (n < LFS_MAX && buf[0] === 0x76) { Atomics.store(status, i, LEFT); continue; }
          h.update(buf.subarray(0, n));
        } else {
          if (buf.length < CHUNK) buf = Buffer.allocUnsafe(CHUNK);
          let got;
          while ((got = readSync(fd, buf, 0, CHUNK, null)) > 0) {
            h.update(got === CHUNK ? buf : buf.subarray(0, got));
            n += got;
          }
        }
        h.digest().copy(digests, i * 32);
        lengths[i] = n;
        bytes += n;
        Atomics.store(status, i, HASHED);
      } catch {
        Atomics.store(status, i, LEFT);
      } finally {
        if (fd !== undefined) try { closeSync(fd); } catch {}
      }
    }
    Atomics.add(progress, 0, BigInt(bytes));
  }
}
// Done: the main thread need not wait for this thread's teardown.
parentPort.postMessage(0);
});
`;

// src/io/files/pool.ts
var Outcome = {
  /** Not done by a helper (never claimed by one, or its helper died): the main thread's. */
  Open: 0,
  /** Read and hashed by a helper: {@link HashTeam.length} and {@link HashTeam.hex} hold it. */
  Hashed: 1,
  /** Left by a helper (an error, or small enough to be an LFS pointer): the main thread's. */
  Left: 2,
  /** Claimed and done by the main thread. */
  Mine: 3
};
var BATCH_FILES = 64;
var BATCH_BYTES = 8 << 20;
var NEXT = 0;
var BOOTING = 0;
var CANCELLED = 2;
var HashTeam = class {
  /** The jobs in the order batches are claimed. */
  order;
  bounds;
  control;
  progress;
  status;
  lengths;
  digests;
  workers = [];
  /**
   * Gives `jobs` to `helpers`: threads already started ({@link Standby}), or this many started
   * now (none when 0). Jobs are numbered by their index in `jobs`; the main thread then claims
   * batches with {@link claim}.
   */
  constructor(jobs, helpers) {
    const count = typeof helpers === "number" ? helpers : helpers.length;
    const n = jobs.length;
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => jobs[b].size - jobs[a].size || a - b);
    this.order = order;
    const bounds = [0];
    let files = 0;
    let bytes = 0;
    order.forEach((j, k) => {
      const size = jobs[j].size;
      if (files > 0 && (files >= BATCH_FILES || bytes + size > BATCH_BYTES)) {
        bounds.push(k);
        files = 0;
        bytes = 0;
      }
      files++;
      bytes += size;
    });
    if (n > 0) bounds.push(n);
    const shared = (bytes2) => new SharedArrayBuffer(Math.max(8, bytes2));
    this.bounds = Int32Array.from(bounds);
    this.control = new Int32Array(shared(4 * (1 + count)));
    this.progress = new BigInt64Array(shared(8));
    this.status = new Int32Array(shared(4 * n));
    this.lengths = new Float64Array(shared(8 * n));
    this.digests = new Uint8Array(shared(32 * n));
    if (count === 0 || this.bounds.length < 2) {
      if (typeof helpers !== "number") for (const h of helpers) h.stop();
      return;
    }
    const paths = order.map((j) => jobs[j].path);
    const sizes = Float64Array.from(order, (j) => jobs[j].size);
    const threads = typeof helpers === "number" ? Array.from({ length: helpers }, startHelper) : helpers;
    threads.forEach((h, k) => {
      h.give({
        paths,
        sizes,
        bounds: this.bounds,
        control: this.control,
        progress: this.progress,
        status: this.status,
        lengths: this.lengths,
        digests: this.digests,
        me: 1 + k
      });
      this.workers.push({ helper: h, state: 1 + k });
    });
  }
  /** The next batch for the main thread, as positions [from, to) in {@link order}; null when none is left. */
  claim() {
    const b = Atomics.add(this.control, NEXT, 1);
    if (b >= this.bounds.length - 1) return null;
    const from = this.bounds[b];
    const to = this.bounds[b + 1];
    this.status.fill(Outcome.Mine, from, to);
    return [from, to];
  }
  /** Bytes the helpers have read so far. */
  helpersBytes() {
    return Number(Atomics.load(this.progress, 0));
  }
  /**
   * Once the main thread finds no batch left: cancels the helpers that have not started (unless
   * `cancel` is false) and waits for the others to finish theirs.
   */
  async finish(cancel = true) {
    const waiting = [];
    for (const { helper, state } of this.workers) {
      if (cancel && Atomics.compareExchange(this.control, state, BOOTING, CANCELLED) === BOOTING) {
        helper.stop();
      } else waiting.push(helper.done);
    }
    await Promise.all(waiting);
  }
  /** The outcome at claim position `k` (after {@link finish}). */
  outcome(k) {
    return Atomics.load(this.status, k);
  }
  /** Bytes a helper read at position `k` (Outcome.Hashed). */
  length(k) {
    return this.lengths[k];
  }
  /** The SHA-256 a helper computed at position `k` (Outcome.Hashed), in hex. */
  hex(k) {
    return Buffer.from(this.digests.buffer, this.digests.byteOffset + 32 * k, 32).toString("hex");
  }
};
function startHelper() {
  const worker = new Worker(WORKER_SOURCE, { eval: true });
  worker.unref();
  const done = new Promise((resolve3) => {
    worker.once("message", () => {
      worker.unref();
      resolve3();
    });
    worker.on("error", () => resolve3());
    worker.on("exit", () => resolve3());
  });
  return {
    done,
    give: (work) => {
      worker.ref();
      worker.postMessage(work);
    },
    stop: () => {
      worker.unref();
      void worker.terminate();
    }
  };
}
var Standby = class {
  /** `count`: helpers to start (none when 0). */
  constructor(count) {
    this.count = count;
  }
  count;
  helpers = [];
  started = false;
  /** Starts the helpers (the first call only). */
  start() {
    if (this.started) return;
    this.started = true;
    this.helpers = Array.from({ length: this.count }, startHelper);
  }
  /** The started helpers (none if not started), for one team; afterwards there are none. */
  take() {
    const h = this.helpers;
    this.helpers = [];
    return h;
  }
  /** Ends the helpers not taken; the promise settles once they have ended (need not be awaited). */
  dismiss() {
    const ending = this.take();
    for (const h of ending) h.stop();
    return Promise.all(ending.map((h) => h.done)).then(() => void 0);
  }
};

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
var FORMAT = "lepton-stat-cache";
var KIND = "stat-cache";
var MAX_BYTES = 512 << 20;
var VERSION = 7;
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
function encodeCacheFile({
  startedMs,
  index,
  memo,
  entries
}) {
  const width = entries.find((e) => e.blob)?.blob?.length ?? 40;
  const count = entries.length;
  const noBlob = "0".repeat(width);
  const paths = new Array(count);
  const stat = new Float64Array(count * W);
  const digests = new Array(count);
  const blobs = new Array(count);
  const dvc = {};
  for (let i = 0; i < count; i++) {
    const { record, key, blob, path } = entries[i];
    const o = i * W;
    stat[o] = key.size;
    stat[o + 1] = key.mtimeMs;
    stat[o + 2] = key.ctimeMs;
    stat[o + 3] = key.ino;
    stat[o + 4] = key.dev;
    if (record.kind === "file") {
      stat[o + 5] = record.size;
      digests[i] = record.sha256;
    } else {
      stat[o + 5] = -1;
      digests[i] = NO_DIGEST;
      dvc[i] = [...record.outs];
    }
    blobs[i] = index && blob && blob.length === width ? blob : noBlob;
    paths[i] = path;
  }
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
    new Uint8Array(stat.buffer),
    Buffer.from(digests.join(""), "hex"),
    Buffer.from(blobs.join(""), "hex"),
    names
  ];
  return [[header], columns];
}
function decodeCacheFile(sealed) {
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
      const stat = new Float64Array(count * W);
      new Uint8Array(stat.buffer).set(bytes.subarray(0, statEnd));
      return columns = {
        paths: names,
        stat,
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
var NO_THROW = { throwIfNoEntry: false };
function folderPrefix(dir) {
  return dir.endsWith(sep) ? dir : dir + sep;
}
function statTargets(rels, modelDir, root, standby) {
  const targets = [];
  let seen = standby ? 0 : -Infinity;
  const problems = [];
  let rootReal;
  const base = folderPrefix(modelDir);
  for (const rel of rels) {
    const abs = base + rel;
    const escaped = hasEscapedBytes(rel);
    let st;
    try {
      st = lstatSync(escaped ? nameBytes(abs) : abs, NO_THROW);
    } catch (e) {
      problems.push(`${rel}: cannot read it (${errno(e)})`);
      continue;
    }
    if (st === void 0) continue;
    let path = abs;
    if (st.isSymbolicLink()) {
      rootReal ??= realpathSync2.native(root);
      let real;
      try {
        real = decodeName(
          realpathSync2.native(escaped ? nameBytes(abs) : abs, { encoding: "buffer" })
        );
      } catch (e) {
        problems.push(`${rel}: symlink to nothing (${errno(e)})`);
        continue;
      }
      if (real !== rootReal && !real.startsWith(rootReal + sep)) {
        problems.push(`${rel}: symlink leaves the repository (\u2192 ${real})`);
        continue;
      }
      path = real;
      st = statSync2(fsPath(real));
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
    if ((seen += st.size) >= HELPERS_FROM_BYTES) {
      standby.start();
      seen = -Infinity;
    }
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
async function hashTargets(targets, cache, records, vouched, onProgress, standby, committed) {
  const known = vouched instanceof Map ? vouched : NONE;
  const hits = [];
  const hitsR = [];
  const here = [];
  const shared = [];
  let todoBytes = 0;
  for (const t of targets) {
    const escaped = hasEscapedBytes(t.rel);
    const hit = escaped ? void 0 : cache.lookup(t.rel, t.key, known.get(t.rel));
    if (hit) {
      records.set(t.rel, hit);
      if (committed) {
        hits.push(t);
        hitsR.push(hit);
      }
      continue;
    }
    todoBytes += t.key.size;
    if (escaped || hasEscapedBytes(t.abs) || isDvcFile(t.rel)) here.push(t);
    else shared.push(t);
  }
  const meter = new ProgressMeter(here.length + shared.length, todoBytes, onProgress);
  const problems = [];
  const laterT = [];
  const laterR = [];
  const read = [];
  const keep = (t, record, bytesRead) => {
    records.set(t.rel, record);
    if (committed) read.push(t);
    if (bytesRead !== t.key.size || hasEscapedBytes(t.rel)) return;
    if (vouched instanceof Map && !committed) {
      cache.remember(t.rel, t.key, record, vouched.get(t.rel));
    } else {
      laterT.push(t);
      laterR.push(record);
    }
  };
  const onBytes = (n) => meter.add(0, n);
  const readOne = (t) => {
    const r = readHere(t, onBytes);
    if (typeof r === "string") problems.push(`${t.rel}: ${r}`);
    else keep(t, r.record, r.bytesRead);
    meter.add(1, 0);
  };
  const helpers = helpersFor(shared);
  if (helpers === 0) {
    void standby?.dismiss();
    for (const t of here) readOne(t);
    for (const t of shared) readOne(t);
    return settle();
  }
  const early = standby?.take() ?? [];
  const team = new HashTeam(
    shared.map((t) => ({ path: t.abs, size: t.key.size })),
    early.length ? early : helpers
  );
  for (const t of here) readOne(t);
  let seen = 0;
  for (let batch; (batch = team.claim()) !== null; ) {
    for (let k = batch[0]; k < batch[1]; k++) readOne(shared[team.order[k]]);
    const by = team.helpersBytes();
    meter.add(0, by - seen);
    seen = by;
  }
  await team.finish();
  meter.add(0, team.helpersBytes() - seen);
  for (let k = 0; k < shared.length; k++) {
    const outcome = team.outcome(k);
    if (outcome === Outcome.Mine) continue;
    const t = shared[team.order[k]];
    if (outcome === Outcome.Hashed) {
      const n = team.length(k);
      keep(t, { kind: "file", size: n, sha256: team.hex(k) }, n);
      meter.add(1, 0);
    } else readOne(t);
  }
  return settle();
  async function settle() {
    meter.finish();
    if (problems.length) {
      problems.sort();
      throw new LeptonError(
        "invalid",
        problems.length === 1 ? problems[0] : `${problems.length} files cannot be read`,
        problems.length === 1 ? [] : problems
      );
    }
    if (committed) {
      await committed(read, hits);
      hits.forEach((t, k) => {
        const r = records.get(t.rel);
        if (r !== hitsR[k]) cache.amend(t.rel, r);
      });
      laterT.forEach((t, i) => laterR[i] = records.get(t.rel));
      if (vouched instanceof Map) {
        laterT.forEach(
          (t, i) => cache.remember(t.rel, t.key, laterR[i], vouched.get(t.rel))
        );
      }
    }
    if (vouched instanceof Map) return { remembered: Promise.resolve() };
    const remembered = vouched.then(
      (blobs) => laterT.forEach(
        (t, i) => cache.remember(t.rel, t.key, laterR[i], blobs.get(t.rel))
      ),
      () => void 0
    );
    return { remembered };
  }
}
var NONE = /* @__PURE__ */ new Map();
function helpersFor(jobs) {
  const most = helpersAtMost();
  if (most === 0) return 0;
  let bytes = 0;
  for (const t of jobs) bytes += t.key.size;
  return bytes < HELPERS_FROM_BYTES ? 0 : most;
}
function helpersAtMost() {
  return availableParallelism() - 1;
}
function standbyHelpers() {
  return new Standby(Math.max(0, helpersAtMost()));
}
var HELPERS_FROM_BYTES = 64 << 20;
function readHere(t, onBytes) {
  if (t.key.size < LFS_POINTER_MAX_SIZE || isDvcFile(t.rel)) {
    const n = readWhole(t.abs, t.key.size);
    if (typeof n === "string") return `cannot read it (${n})`;
    onBytes(n);
    const r2 = classify(t.rel, scratch.subarray(0, n));
    return typeof r2 === "string" ? r2 : { record: r2, bytesRead: n };
  }
  const r = hashHere(t.abs, t.key.size, onBytes);
  if (typeof r === "string") return `cannot read it (${r})`;
  return { record: { kind: "file", size: r.size, sha256: r.hex }, bytesRead: r.size };
}
function classify(rel, bytes) {
  if (isDvcFile(rel)) {
    const dvc = parseDvcFile(bytes.toString("utf8"));
    return dvc.ok ? { kind: "dvc", outs: dvc.outs } : `not a DVC file: ${dvc.reason}`;
  }
  if (bytes[0] === 118 && mayBeLfsPointer(bytes.length, bytes.toString("latin1", 0, 8))) {
    const pointer = parseLfsPointer(bytes.toString("utf8"));
    if (pointer) return { kind: "file", size: pointer.size, sha256: pointer.oid };
  }
  return { kind: "file", size: bytes.length, sha256: sha256Hex(bytes) };
}
var sha256Hex = typeof crypto.hash === "function" ? (bytes) => crypto.hash("sha256", bytes, "hex") : (bytes) => crypto.createHash("sha256").update(bytes).digest("hex");
var CHUNK = 1 << 20;
var scratch;
function scratchOf(bytes) {
  if (scratch === void 0 || scratch.length < bytes) {
    scratch = Buffer.allocUnsafe(Math.max(bytes, 64 << 10));
  }
  return scratch;
}
function readWhole(path, size) {
  let fd;
  try {
    fd = openSync(fsPath(path), "r");
    let buf = scratchOf(size + 1);
    let n = 0;
    for (; ; ) {
      if (n === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, n);
        buf = scratch = bigger;
      }
      const want = buf.length - n;
      const got = readSync(fd, buf, n, want, null);
      n += got;
      if (got === 0 || got < want && n === size) return n;
    }
  } catch (e) {
    return errno(e);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function hashHere(path, size, onBytes) {
  if (size < CHUNK) {
    const n = readWhole(path, size);
    if (typeof n === "string") return n;
    onBytes(n);
    return { size: n, hex: sha256Hex(scratch.subarray(0, n)) };
  }
  const buffer = scratchOf(CHUNK);
  let fd;
  try {
    fd = openSync(fsPath(path), "r");
    const h = crypto.createHash("sha256");
    let total = 0;
    let n;
    while ((n = readSync(fd, buffer, 0, CHUNK, null)) > 0) {
      h.update(n === buffer.length ? buffer : buffer.subarray(0, n));
      total += n;
      onBytes(n);
    }
    return { size: total, hex: h.digest("hex") };
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
  const text = ERRNO_TEXT[code];
  return text ? `${code}: ${text}` : code;
}

// src/io/files/memo.ts
import { createHash as createHash3 } from "node:crypto";
import { lstatSync as lstatSync2 } from "node:fs";
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
import { rmSync } from "node:fs";
import { join as join2 } from "node:path";
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
    const file = join2(dir, `files-${name}.bin`);
    const loaded = decodeCacheFile(readSealedFile(file, KIND, MAX_BYTES));
    const cache = new _StatCache(
      file,
      loaded?.saved ?? EMPTY,
      loaded ? loaded.startedMs - RACY_MARGIN_MS : -Infinity,
      startedMs
    );
    if (loaded && loaded.saved.memo === null) cache.columns();
    return cache;
  }
  /** Nothing was remembered (no cache file, or an empty one): every file must be read. */
  get cold() {
    return this.old.count === 0 && this.old.memo === null;
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
   * The cache was written under the very index file of this run (call after useIndex): every
   * entry's record was then made or checked while git's index said what it says now.
   */
  get underSameIndex() {
    return this.indexTrusted;
  }
  /**
   * Replaces the record of this run's entry for `path` (a record served by lookup that turned
   * out to be of the other meaning: committed.ts). Rare: a linear search.
   */
  amend(path, record) {
    const e = this.entries.find((x) => x.path === path);
    if (!e || JSON.stringify(e.record) === JSON.stringify(record)) return;
    const i = this.entries.indexOf(e);
    this.entries[i] = { ...e, record };
    this.changed = true;
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
    const record = this.recordAt(i);
    if (!record) return void 0;
    this.entries.push({ path, old: i, key: null, record, blob });
    this.hits++;
    this.vouched++;
    return record;
  }
  /**
   * The remembered record of `path` when its stat data is unchanged and old enough to trust.
   * `blob`: the index's blob id when git vouches for the file in this run (kept with a hit on
   * a settled file so the next run may skip the lstat).
   */
  lookup(path, k, blob) {
    const i = this.old.count === 0 ? void 0 : this.find(path);
    const stat = this.columns().stat;
    if (i !== void 0 && k.mtimeMs < this.trustedBefore && k.ctimeMs < this.trustedBefore && stat[i * W] === k.size && stat[i * W + 1] === k.mtimeMs && stat[i * W + 2] === k.ctimeMs && stat[i * W + 3] === k.ino && stat[i * W + 4] === k.dev) {
      const record = this.recordAt(i);
      if (record) {
        const keep = this.vouchable(k, blob);
        if (keep !== this.blobAt(i)) this.changed = true;
        this.entries.push({ path, old: i, key: null, record, blob: keep });
        this.hits++;
        return record;
      }
    }
    const miss = { path, old: null, key: null, record: null, blob: null };
    this.entries.push(miss);
    this.missed.set(path, miss);
    this.misses++;
    return void 0;
  }
  /** A record read in this run; `blob` as for lookup. */
  remember(path, key, record, blob) {
    const keep = this.vouchable(key, blob);
    const e = this.missed.get(path);
    if (e) {
      e.key = key;
      e.record = record;
      e.blob = keep;
    } else this.entries.push({ path, old: null, key, record, blob: keep });
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
function writeCacheFile(file, contents) {
  if (!writeSealedFileSync(file, KIND, encodeCacheFile(contents), MAX_BYTES)) return;
  try {
    rmSync(file.replace(/\.bin$/, ".json"), { force: true });
  } catch {
  }
}

// src/io/files/vouch.ts
import { statSync as statSync3 } from "node:fs";
import { dirname as dirname2, isAbsolute as isAbsolute2, join as join3 } from "node:path";
function indexFileOf(cacheDir, env) {
  const custom = env.GIT_INDEX_FILE;
  if (custom !== void 0 && custom !== "") return isAbsolute2(custom) ? custom : null;
  return join3(dirname2(cacheDir), "index");
}
function indexKey(file) {
  try {
    const st = statSync3(file, { throwIfNoEntry: false });
    return st ? statKey(st) : null;
  } catch {
    return null;
  }
}
function sameIndex(before, after) {
  return before && after && sameKey(before, after) ? before : null;
}
function vouchedFiles(blobs, modified, stale) {
  for (const name of modified) {
    if (stale) {
      const blob = blobs.get(name);
      if (blob !== void 0) stale.set(name, blob);
    }
    blobs.delete(name);
  }
  return blobs;
}

// src/io/files/index.ts
async function listTree(manifest, options, started) {
  const scope = scopeOf(manifest, options);
  const git = scope.git;
  const raw = await listingOf(git, started);
  let ignored = null;
  const listed = parseLsFiles(raw);
  const tracked = /* @__PURE__ */ new Set();
  for (const record of raw.split("\0")) {
    const tab = record.indexOf("	");
    if (!record.startsWith("? ") && tab > 0)
      tracked.add(rebaseName(record.slice(tab + 1), scope.prefix));
  }
  const files = rebaseListing(listed, scope.prefix).files;
  const modelGit = new Git(options.modelDir, options.env ?? processEnv());
  return {
    parts: scope.parts,
    files,
    tracked,
    ignored: () => ignored ??= listIgnoredFiles(git).then(
      (names) => scope.prefix ? names.map((n) => rebaseName(n, scope.prefix)) : names
    ),
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
function fingerprintOf(components, data, evalFiles) {
  return {
    fingerprint: modelFingerprint(components, data),
    components,
    data,
    ...evalFiles && { evalFiles }
  };
}
async function fingerprintWithStats(manifest, options) {
  const scope = scopeOf(manifest, options);
  const git = scope.git;
  const listing = git ? listingOf(git, options.listing) : null;
  listing?.catch(() => void 0);
  const cacheDir = await options.cacheDir;
  const indexFile = git && cacheDir ? indexFileOf(cacheDir, options.env ?? processEnv()) : null;
  const indexBefore = indexFile ? indexKey(indexFile) : null;
  const startedMs = Date.now();
  const modified = git && indexBefore ? listModifiedFiles(git) : null;
  modified?.catch(() => void 0);
  const modelKey = options.repoRoot ? relative2(options.repoRoot, options.modelDir) || "." : options.modelDir;
  const cache = StatCache.open(cacheDir, modelKey, startedMs);
  const standby = cache.cold ? standbyHelpers() : null;
  try {
    const raw = listing ? await listing : null;
    let vouched = /* @__PURE__ */ new Map();
    let vouchedLater = null;
    let changed = null;
    const key = raw === null ? "" : memoKey(scope.parts, raw);
    const gitWord = async () => {
      const differ = await modified;
      const index = sameIndex(indexBefore, indexKey(indexFile));
      cache.useIndex(index);
      return index && differ ? scope.prefix ? rebaseSet(differ, scope.prefix) : differ : null;
    };
    const later = raw !== null && modified !== null && indexFile !== null && cache.cold;
    if (raw !== null && modified && indexFile && !later) {
      changed = await gitWord();
      const memo = changed && cache.memoFor(key);
      if (memo && changed && memoHolds(memo, scope.parts, changed, options.modelDir)) {
        return {
          fingerprint: fingerprintOf(memo.components, memo.data, memo.evalFiles ?? null),
          stats: { cached: memo.files, vouched: memo.files - memo.others.length, hashed: 0 },
          saved: Promise.resolve()
        };
      }
    }
    const listed = raw === null ? null : rebaseListing(parseLsFiles(raw), scope.prefix);
    const files = listed ? listed.files : walkFiles(options.modelDir);
    const stale = /* @__PURE__ */ new Map();
    let worded = false;
    if (listed && changed) {
      vouched = vouchedFiles(listed.blobs, changed, stale);
      worded = true;
    }
    if (listed && later) {
      vouchedLater = gitWord().then((c) => {
        if (!c) return /* @__PURE__ */ new Map();
        worded = true;
        return vouchedFiles(listed.blobs, c, stale);
      });
      vouchedLater.catch(() => void 0);
    }
    const records = /* @__PURE__ */ new Map();
    const served = (rel) => {
      const blob = vouched.get(rel);
      const record = blob === void 0 ? void 0 : cache.lookupVouched(rel, blob);
      if (record) records.set(rel, record);
      return record !== void 0;
    };
    const { parts, targets, dropped } = await select(
      scope,
      options,
      files,
      vouched.size ? served : null,
      standby
    );
    const where = listed !== null && git !== null && targets.some((t) => listed.blobs.has(t.rel) || stale.has(t.rel)) ? conversionIn({
      repoRoot: options.repoRoot,
      listedDir: git.cwd,
      listed: listed.files,
      gitDir: cacheDir ? dirname3(cacheDir) : null,
      env: options.env ?? processEnv()
    }) : "none";
    const base = folderPrefix(options.modelDir);
    const modelGit = git && (git.cwd === options.modelDir ? git : git.at(options.modelDir));
    let early = null;
    if (where !== "none" && cache.cold && listed && modelGit) {
      const tracked = [];
      for (const t of targets) {
        const blob = t.abs === base + t.rel ? listed.blobs.get(t.rel) : void 0;
        if (blob !== void 0) tracked.push({ rel: t.rel, blob });
      }
      early = checkoutFacts(modelGit, tracked, where);
      early.catch(() => void 0);
    }
    const committed = where !== "none" && listed && git && modelGit ? async (read, hits) => {
      const looked = cache.underSameIndex || hits.length === 0 ? read : [...read, ...hits];
      const facts = early ? await early : null;
      const plain = looked.filter(
        (t) => t.abs === base + t.rel && !(facts && plainlyItsBytes(facts, t.rel))
      );
      if (!plain.some((t) => listed.blobs.has(t.rel) || stale.has(t.rel))) return;
      if (vouchedLater) await vouchedLater;
      if (!worded) {
        const m = await listModifiedFiles(git);
        if (m) vouchedFiles(listed.blobs, rebaseSet(m, scope.prefix), stale);
        worded = m !== null;
      }
      const files2 = [];
      for (const t of plain) {
        const blob = listed.blobs.get(t.rel);
        if (blob !== void 0) {
          files2.push({ rel: t.rel, size: t.key.size, blob, vouched: worded });
        } else {
          const was = stale.get(t.rel);
          if (was !== void 0) {
            files2.push({ rel: t.rel, size: t.key.size, blob: was, vouched: false });
          }
        }
      }
      for (const [rel, record] of await committedRecords(modelGit, files2, where, facts)) {
        records.set(rel, record);
      }
    } : null;
    const { remembered } = await hashTargets(
      targets,
      cache,
      records,
      vouchedLater ?? vouched,
      options.onProgress,
      standby,
      committed
    );
    const hashOf = (p) => ({
      name: p.name,
      hash: partHash(p.files.map((path) => ({ path, record: records.get(path) }))),
      files: p.files.length
    });
    const components = parts.filter((p) => p.kind === "component").map(hashOf);
    const data = parts.filter((p) => p.kind === "data").map(hashOf);
    const found = parts.find((p) => p.kind === "eval");
    const ofModel = found && found.files.length ? new Set(parts.filter((p) => p.kind !== "eval").flatMap((p) => p.files)) : null;
    const evalPart = found && { ...found, files: found.files.filter((f) => !ofModel?.has(f)) };
    const evalFiles = evalPart && evalPart.files.length ? hashOf(evalPart) : null;
    const stats = { cached: cache.hits, vouched: cache.vouched, hashed: cache.misses };
    const saved = remembered.then(() => {
      if (raw !== null) {
        const base2 = folderPrefix(options.modelDir);
        const plain = !dropped && targets.every((t) => t.abs === base2 + t.rel);
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
    });
    if (!options.deferSave) await saved;
    else saved.catch(() => void 0);
    return { fingerprint: fingerprintOf(components, data, evalFiles), stats, saved };
  } finally {
    void standby?.dismiss();
  }
}
var listingOf = (git, started) => started?.cwd === git.cwd ? started.raw : listGitIndex(git);
function scopeOf(manifest, options) {
  const depth = options.repoRoot ? depthBelow(options.repoRoot, options.modelDir) : null;
  const issues = pathsLeavingRepo(manifest, depth);
  if (!issues.length && options.repoRoot) {
    const folder = relative2(options.repoRoot, options.modelDir).split(sep2).join("/");
    const twice = metricsListedTwiceIn(manifest, folder);
    if (twice.length) {
      const lines = twice.map((i) => `${i.path.join(".")}: ${i.message}`);
      throw new LeptonError(
        "invalid",
        lines.length === 1 ? lines[0] : `${lines.length} metrics files are listed twice`,
        [...lines.length === 1 ? [] : lines, "list each metrics file once"]
      );
    }
  }
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
  const env = options.env ?? processEnv();
  if (climb === 0) return { parts, git: new Git(options.modelDir, env), prefix: "" };
  const base = resolve2(options.modelDir, ...Array(climb).fill(".."));
  return {
    parts,
    git: new Git(base, env),
    prefix: relative2(base, options.modelDir).split(sep2).join("/")
  };
}
function depthBelow(root, dir) {
  const rel = relative2(root, dir);
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
async function select(scope, options, files, served, standby = null) {
  let listed = files;
  const sorted = options.repoRoot !== null;
  let { parts, unmatched } = matchParts(scope.parts, listed, sorted);
  const wanted = unionOf(parts.map((p) => p.files));
  const rest = served ? wanted.filter((rel) => !served(rel)) : wanted;
  const targets = statTargets(
    rest,
    options.modelDir,
    options.repoRoot ?? options.modelDir,
    standby
  );
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
function unionOf(lists) {
  const some = lists.filter((l) => l.length > 0);
  if (some.length === 0) return [];
  let out = some[0];
  for (let k = 1; k < some.length; k++) {
    const a = out;
    const b = some[k];
    const merged = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
      const x = a[i];
      const y = b[j];
      if (x === y) {
        merged.push(x);
        i++;
        j++;
      } else if (compareUtf8(x, y) < 0) {
        merged.push(x);
        i++;
      } else {
        merged.push(y);
        j++;
      }
    }
    while (i < a.length) merged.push(a[i++]);
    while (j < b.length) merged.push(b[j++]);
    out = merged;
  }
  return out;
}

export {
  readBlobRecords,
  listTree,
  fingerprintModel
};
