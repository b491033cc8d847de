import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  credentialsFor,
  storeSettingsFromEnv
} from "./chunk-4YM7E7F7.js";
import {
  require_picomatch,
  require_semver
} from "./chunk-VQR6PAF3.js";
import {
  lastLines
} from "./chunk-6K7KHJOA.js";
import {
  parseRecord
} from "./chunk-QCNPJVQB.js";
import {
  LeptonError
} from "./chunk-EFJSEFFB.js";
import {
  __toESM
} from "./chunk-3CYXKRVX.js";

// src/core/registry/build.ts
var import_semver = __toESM(require_semver(), 1);

// src/core/registry/names.ts
var NAME = "[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?";
var DIRNAME = "[a-zA-Z0-9\\-_./]+";
var SEMVER = "(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)(?:-(?:(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?";
var TAG_RE = new RegExp(
  `^(?<artifact>(?:${DIRNAME}=)?${NAME})(?:(?:#(?<stage>${NAME})|@v(?<version>${SEMVER}))(?<cancel>!?)|@(?<special>deprecated|created))(?:#(?<n>[0-9]+))?$`
);
var NAME_RE = new RegExp(`^${NAME}$`);
var SEMVER_RE = new RegExp(`^${SEMVER}$`);
function parseTagName(tag) {
  const m = TAG_RE.exec(tag);
  const g = m?.groups;
  if (!g?.artifact) return null;
  const model = g.artifact.replace("=", ":");
  const n = g.n === void 0 ? void 0 : Number(g.n);
  const counter = n === void 0 || !Number.isSafeInteger(n) ? {} : { n };
  if (g.special) {
    return { kind: g.special === "deprecated" ? "deprecate" : "create", model, ...counter };
  }
  const cancelled = g.cancel === "!";
  if (g.version !== void 0) {
    return { kind: cancelled ? "deregister" : "version", model, version: g.version, ...counter };
  }
  return { kind: cancelled ? "unassign" : "assign", model, stage: g.stage, ...counter };
}
var isSemver = (version) => SEMVER_RE.test(version);
var inTag = (model) => model.replace(":", "=");
var versionTag = (model, version) => `${inTag(model)}@v${version}`;
var stageTag = (model, stage, n) => `${inTag(model)}#${stage}#${n}`;
var modelRefPatterns = (model) => [
  `refs/tags/${inTag(model)}@*`,
  `refs/tags/${inTag(model)}#*`
];
var eventCounterRef = (model) => `refs/lepton/events/${inTag(model)}/head`;
var eventCounterRefspec = (model) => `+refs/lepton/events/${inTag(model)}/*:refs/lepton/events/${inTag(model)}/*`;
var nextEventN = (maxTagN, counterN) => Math.max(maxTagN, counterN) + 1;

// src/core/registry/stages.ts
function byHistory(a, b) {
  return a.n - b.n || a.date.localeCompare(b.date) || a.tag.localeCompare(b.tag);
}
function holders(events, withdrawn = /* @__PURE__ */ new Set()) {
  const active = /* @__PURE__ */ new Map();
  const key = (e) => e.target ?? `commit:${e.commit}`;
  for (const e of [...events].sort(byHistory)) {
    const list = (active.get(e.stage) ?? []).filter((x) => key(x) !== key(e));
    if (e.action === "assign") list.push(e);
    active.set(e.stage, list);
  }
  const held = {};
  for (const [stage, list] of active) {
    held[stage] = list.filter((e) => e.target === null || !withdrawn.has(e.target)).at(-1) ?? null;
  }
  return held;
}
function stagesEverHeld(events, version) {
  return new Set(
    events.filter((e) => e.action === "assign" && e.version === version).map((e) => e.stage)
  );
}

// src/core/registry/build.ts
var PLAIN = /^(\d+)\.(\d+)\.(\d+)$/;
function newestFirst(versions) {
  const keyed = versions.map((v) => {
    const m = PLAIN.exec(v.version);
    return { v, k: m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null };
  });
  return keyed.sort(
    (a, b) => a.k && b.k ? b.k[0] - a.k[0] || b.k[1] - a.k[1] || b.k[2] - a.k[2] : import_semver.default.rcompare(a.v.version, b.v.version)
  ).map((x) => x.v);
}
function prepareTag(model, raw, known) {
  const tag = parseTagName(raw.name);
  if (!tag || tag.model !== model) return null;
  const wantsRecord = raw.annotated && (tag.kind === "version" || tag.kind === "assign");
  const record = !wantsRecord ? null : known !== void 0 ? known : parseRecord(raw.message);
  return { raw, tag, record };
}
function assembleRegistry(model, mine) {
  let maxN = 0;
  let deprecatedAt = null;
  const deregistered = /* @__PURE__ */ new Set();
  for (const { raw, tag } of mine) {
    if (tag.n !== void 0 && tag.n > maxN) maxN = tag.n;
    if (tag.kind === "deprecate" && raw.annotated) {
      deprecatedAt = Math.max(deprecatedAt ?? -1, tag.n ?? Number.MAX_SAFE_INTEGER);
    }
    if (tag.kind === "deregister" && raw.annotated && tag.version) deregistered.add(tag.version);
  }
  const deprecated = deprecatedAt !== null && deprecatedAt >= maxN;
  const skipped = [];
  const byVersion = /* @__PURE__ */ new Map();
  for (const { raw, tag, record: found } of mine) {
    if (tag.kind !== "version" || tag.version === void 0) continue;
    const why = untrusted(model, raw, tag.version, found);
    if (why !== null) {
      skipped.push({ tag: raw.name, version: tag.version, reason: why });
      continue;
    }
    const record = found?.kind === "version" ? found : null;
    const entry = {
      version: tag.version,
      tag: raw.name,
      commit: raw.commit,
      date: raw.date,
      record,
      ...!raw.annotated && { lightweight: true },
      ...deregistered.has(tag.version) && { deregistered: true }
    };
    const rank = (record ? 4 : 0) + (raw.annotated ? 2 : 0) + (tag.n === void 0 ? 1 : 0);
    const prev = byVersion.get(tag.version);
    if (!prev || rank > prev.rank) byVersion.set(tag.version, { entry, rank });
  }
  const versions = newestFirst([...byVersion.values()].map((x) => x.entry));
  const atCommit = /* @__PURE__ */ new Map();
  for (const v of [...versions].reverse()) atCommit.set(v.commit, v.version);
  const known = new Set(versions.map((v) => v.version));
  const events = [];
  for (const { raw, tag, record: found } of mine) {
    if (tag.kind !== "assign" && tag.kind !== "unassign" || !tag.stage) continue;
    if (!raw.annotated) continue;
    if (!pointsAtCommit(raw)) {
      skipped.push({ tag: raw.name, reason: notCommit(raw) });
      continue;
    }
    const record = found?.kind === "stage" && found.model === model && found.stage === tag.stage ? found : null;
    const target = record && known.has(record.version) ? record.version : atCommit.get(raw.commit) ?? null;
    events.push({
      action: tag.kind,
      stage: tag.stage,
      n: tag.n ?? 0,
      tag: raw.name,
      version: tag.kind === "assign" ? target : null,
      target,
      commit: raw.commit,
      date: raw.date,
      record: tag.kind === "assign" ? record : null
    });
  }
  events.sort((a, b) => byHistory(b, a));
  return {
    model,
    versions,
    stages: holders(events, deregistered),
    events,
    maxN,
    ...deprecated && { deprecated },
    skipped
  };
}
var pointsAtCommit = (raw) => raw.targetType === void 0 || raw.targetType === "commit";
var notCommit = (raw) => `it points at a ${raw.targetType ?? "non-commit"} (${raw.commit.slice(0, 12)}), not a commit`;
function untrusted(model, raw, version, found) {
  if (!pointsAtCommit(raw)) return notCommit(raw);
  if (found === null) return null;
  if (found.kind !== "version") return "it carries a stage record, not a version record";
  if (found.model !== model) return `its record is of model ${JSON.stringify(found.model)}`;
  if (found.version !== version) return `its record is of version ${JSON.stringify(found.version)}`;
  if (found.commit !== raw.commit) {
    return `its record names commit ${found.commit.slice(0, 12)}, the tag points at ${raw.commit.slice(0, 12)}`;
  }
  return null;
}
function findVersion(registry, version) {
  return registry.versions.find((v) => v.version === version) ?? null;
}

// src/core/registry/version-arg.ts
function parseVersionArg(text, model) {
  const t = text.trim();
  const bare = t.startsWith("v") ? t.slice(1) : t;
  if (isSemver(bare)) return bare;
  const tag = parseTagName(t.replace(/^refs\/tags\//, ""));
  if (tag?.kind !== "version" || tag.version === void 0) return null;
  if (tag.model !== model) {
    throw new LeptonError(
      "invalid",
      `${t} is a version of model "${tag.model}", not of "${model}"`
    );
  }
  return tag.version;
}

// src/io/registry/remote.ts
var TAKEN_REASONS = /* @__PURE__ */ new Set(["already exists", "stale info", "fetch first", "non-fast-forward"]);
var COMPANION_REASONS = /* @__PURE__ */ new Set(["atomic push failed", "atomic push failure"]);
var TRANSACTION_REASONS = /* @__PURE__ */ new Set(["atomic transaction failed", "failed to update ref"]);
var RACE_IN_TRANSACTION = /File exists|reference already exists|but expected|reference is missing/;
function parsePorcelain(stdout) {
  const lines = [];
  for (const line of stdout.split("\n")) {
    const fields = line.split("	");
    if (fields.length < 3) continue;
    const [flag = "", fromTo = "", rest = ""] = fields;
    const colon = fromTo.indexOf(":");
    if (flag.length !== 1 || colon < 0) continue;
    const m = /^(.*?)(?: \((.*)\))?$/.exec(rest.trim());
    lines.push({
      flag,
      ref: fromTo.slice(colon + 1),
      summary: m?.[1] ?? rest,
      reason: m?.[2] ?? null
    });
  }
  return lines;
}
function remoteLines(stderr) {
  return stderr.split("\n").filter((l) => l.startsWith("remote: ")).map((l) => l.slice("remote: ".length).trimEnd()).filter((l) => l !== "").slice(0, 20);
}
function classifyPush(code, stdout, stderr, tagRef, refs) {
  const verdicts = parsePorcelain(stdout).filter((l) => refs.includes(l.ref));
  const fromRemote = remoteLines(stderr);
  const tag = verdicts.find((l) => l.ref === tagRef);
  if (code === 0 && verdicts.length === refs.length && verdicts.every((l) => l.flag !== "!")) {
    return tag?.flag === "=" ? { status: "up-to-date" } : { status: "pushed" };
  }
  const rejected = verdicts.filter((l) => l.flag === "!");
  if (rejected.length === 0) {
    return { status: "failed", detail: lastLines(stderr || stdout), remoteLines: fromRemote };
  }
  const causes = rejected.filter((l) => !COMPANION_REASONS.has(l.reason ?? ""));
  const detail = (causes.length ? causes : rejected).map((l) => `${l.ref}: ${l.summary}${l.reason ? ` (${l.reason})` : ""}`).join("; ");
  const race = causes.length > 0 && causes.every(
    (l) => l.summary === "[rejected]" && TAKEN_REASONS.has(l.reason ?? "") || l.summary === "[remote rejected]" && TRANSACTION_REASONS.has(l.reason ?? "") && RACE_IN_TRANSACTION.test(stderr)
  );
  return race ? { status: "taken", detail } : {
    status: "refused",
    detail,
    remoteLines: fromRemote,
    causes: causes.map((l) => l.ref),
    landed: verdicts.filter((l) => l.flag !== "!").map((l) => l.ref)
  };
}
async function pushTag(git, remote, tag, counter) {
  const ref = `refs/tags/${tag}`;
  const args = ["push", "--porcelain", "--atomic"];
  const refspecs = [`${ref}:${ref}`];
  const refs = [ref];
  if (counter) {
    args.push(`--force-with-lease=${counter.counter.ref}:${counter.counter.object ?? ""}`);
    refspecs.push(`${counter.object}:${counter.counter.ref}`);
    refs.push(counter.counter.ref);
  }
  const r = await git.run([...args, remote, ...refspecs], { allowFailure: true });
  return classifyPush(r.code, r.stdout, r.stderr, ref, refs);
}
async function remoteRefs(git, remote, refs) {
  const r = await git.run(["ls-remote", remote, ...refs]);
  const found = /* @__PURE__ */ new Map();
  for (const line of r.stdout.split("\n")) {
    const [object, name] = line.split("	");
    if (object && name && refs.includes(name)) found.set(name, object);
  }
  return found;
}
async function remoteTagObject(git, remote, tag) {
  const ref = `refs/tags/${tag}`;
  return (await remoteRefs(git, remote, [ref])).get(ref) ?? null;
}
async function fetchModelTags(git, remote, model) {
  await git.run([
    "fetch",
    "--quiet",
    "--no-tags",
    "--no-write-fetch-head",
    remote,
    ...modelRefPatterns(model).map((p) => `${p}:${p}`),
    eventCounterRefspec(model)
  ]);
}
async function readEventCounter(git, model) {
  const ref = eventCounterRef(model);
  const r = await git.run(["for-each-ref", "--format=%(objectname) %(tag)", ref]);
  const [object, name = ""] = r.stdout.trim().split(" ");
  if (!object) return { ref, object: null, n: 0 };
  return { ref, object, n: parseTagName(name)?.n ?? 0 };
}
async function syncEventCounter(git, model, remoteObject) {
  const ref = eventCounterRef(model);
  const local = (await readEventCounter(git, model)).object;
  if (local === remoteObject) return;
  if (remoteObject === null) await git.run(["update-ref", "-d", ref]);
}

// src/io/registry/read.ts
import { isAscii } from "node:buffer";

// src/io/registry/cache.ts
import { join } from "node:path";

// src/io/files/sealed-file.ts
import { closeSync as closeSync2, constants, fstatSync, openSync as openSync2, readSync } from "node:fs";
import * as zlib from "node:zlib";

// src/io/files/atomic.ts
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
function writeFileAtomicSync(file, chunks) {
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
    fsyncSync(fd);
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

// src/io/files/sealed-file.ts
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
    writeFileAtomicSync(file, chunks);
    return true;
  } catch {
    return false;
  }
}
async function writeSealedFile(file, kind, sections, maxBytes) {
  const chunks = sealedChunks(kind, sections);
  if (total(chunks) > maxBytes) return false;
  try {
    await writeFileAtomic(file, chunks);
    return true;
  } catch {
    return false;
  }
}

// src/io/registry/lazy-record.ts
var SUMMARY_KEYS = [
  "kind",
  "model",
  "version",
  "commit",
  "stage",
  "created",
  "passed",
  "metrics",
  "fingerprint"
];
var SUMMARY = new Set(SUMMARY_KEYS);
function summaryOf(record) {
  const out = {};
  const all = record;
  for (const k of SUMMARY_KEYS) if (Object.hasOwn(all, k)) out[k] = all[k];
  return out;
}
var whole = (t) => t.full ??= t.load();
var changed = (t) => {
  t.written = true;
  return whole(t);
};
var HANDLER = {
  get: (t, key) => !t.written && SUMMARY.has(key) ? t.summary[key] : Reflect.get(whole(t), key),
  has: (t, key) => Reflect.has(whole(t), key),
  ownKeys: (t) => Reflect.ownKeys(whole(t)),
  getOwnPropertyDescriptor: (t, key) => Reflect.getOwnPropertyDescriptor(whole(t), key),
  set: (t, key, value) => Reflect.set(changed(t), key, value),
  defineProperty: (t, key, descriptor) => Reflect.defineProperty(changed(t), key, descriptor),
  deleteProperty: (t, key) => Reflect.deleteProperty(changed(t), key)
};
function lazyRecord(summary, load) {
  return new Proxy({ summary, load }, HANDLER);
}

// src/io/registry/cache.ts
var FORMAT = "lepton-tag-cache";
var VERSION = 6;
var KIND2 = "tag-cache";
var MAX_BYTES = 256 << 20;
function tagCacheFile(gitDir, model) {
  return join(gitDir, "lepton", "tags", `${encodeURIComponent(model)}.json`);
}
function loadTagCache(file, model, loadRecord) {
  const out = /* @__PURE__ */ new Map();
  const body = readSealedFile(file, KIND2, MAX_BYTES)?.section(0);
  if (!body) return out;
  try {
    const doc = JSON.parse(body.toString("utf8"));
    const { format, version, tags } = doc;
    if (format !== FORMAT || version !== VERSION || doc.model !== model || !Array.isArray(tags)) {
      return out;
    }
    for (const row of tags) {
      if (!isRow(row)) return /* @__PURE__ */ new Map();
      const [name, object, annotated, commit, date, summary, targetType] = row;
      const raw = { name, annotated: annotated === 1, commit, targetType, date, message: "" };
      const tag = parseTagName(name);
      const record = summary && lazyRecord(summary, () => loadRecord(object) ?? summary);
      const prepared = tag?.model === model ? { raw, tag, record } : null;
      out.set(name, { name, object, summary, prepared });
    }
    return out;
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
function isRow(row) {
  return Array.isArray(row) && row.length === 7 && typeof row[0] === "string" && typeof row[1] === "string" && (row[2] === 0 || row[2] === 1) && typeof row[3] === "string" && typeof row[4] === "string" && (row[5] === null || typeof row[5] === "object" && !Array.isArray(row[5])) && typeof row[6] === "string";
}
function rowOf({ name, object, prepared: p, summary }) {
  return [
    name,
    object,
    p?.raw.annotated ? 1 : 0,
    p?.raw.commit ?? "",
    p?.raw.date ?? "",
    p?.record ? summary : null,
    p?.raw.targetType ?? "commit"
  ];
}
async function saveTagCache(file, model, tags) {
  const rows = tags.map(rowOf).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const doc = Buffer.from(
    `${JSON.stringify({ format: FORMAT, version: VERSION, model, tags: rows })}
`
  );
  await writeSealedFile(file, KIND2, [[doc]], MAX_BYTES);
}

// src/io/registry/read.ts
var NEWLINE = 10;
var FENCE = Buffer.from("```json");
var BLANK_LINE = Buffer.from("\n\n");
var NOTHING = Buffer.alloc(0);
var HEADER_MAX = 128;
var ObjectStream = class {
  constructor(refs, onTag) {
    this.refs = refs;
    this.onTag = onTag;
  }
  refs;
  onTag;
  pending = NOTHING;
  next = 0;
  /** Set instead of throwing: this runs in a stream's data handler. */
  failure = null;
  get done() {
    return this.next === this.refs.length && this.pending.length === 0;
  }
  write(chunk) {
    if (this.failure !== null) return;
    let buf = chunk;
    let at = 0;
    if (this.pending.length) {
      const p = this.pending;
      const head = Buffer.concat([p, chunk.subarray(0, HEADER_MAX)]);
      const eol = head.indexOf(NEWLINE);
      const size = eol < 0 ? NaN : Number(head.toString("latin1", 0, eol).split(" ")[2]);
      const needed = eol + 1 + size + 1;
      if (!(needed <= p.length + chunk.length)) {
        buf = Buffer.concat([p, chunk]);
      } else {
        at = needed - p.length;
        this.pending = NOTHING;
        const joined = Buffer.concat([p, chunk.subarray(0, at)]);
        const used = this.cut(joined);
        if (used !== joined.length) {
          this.failure ??= "an object was cut short";
          return;
        }
      }
    }
    const rest = this.cut(buf, at);
    if (rest < 0) return;
    this.pending = rest < buf.length ? buf.subarray(rest) : NOTHING;
  }
  /** Emits every whole object in buf from `at` on; where the first incomplete one starts, or -1 on a failure. */
  cut(buf, from = 0) {
    let at = from;
    for (; ; ) {
      const eol = buf.indexOf(NEWLINE, at);
      if (eol < 0) return at;
      const [id, type, size] = buf.toString("latin1", at, eol).split(" ");
      const ref = this.refs[this.next];
      if (ref === void 0 || id !== ref.object || type === "missing" || size === void 0) {
        this.failure = `unexpected object ${id ?? ""} ${type ?? ""}`;
        return -1;
      }
      const start = eol + 1;
      const end = start + Number(size);
      if (end >= buf.length) return at;
      this.emit(ref, type ?? "", buf, start, end);
      this.next++;
      at = end + 1;
    }
  }
  /** One object: a tag object (annotated tag), else the commit (or other) a lightweight tag names. */
  emit(ref, type, buf, start, end) {
    const annotated = type === "tag";
    const headersEnd = annotated || type === "commit" ? buf.indexOf(BLANK_LINE, start) : -1;
    const headers = buf.toString(
      "latin1",
      start,
      headersEnd < 0 || headersEnd > end ? end : headersEnd
    );
    let text = NOTHING;
    if (annotated && headersEnd >= 0 && headersEnd < end) {
      const from = headersEnd + 2;
      const fence = lastFence(buf, from, end);
      text = buf.subarray(fence >= 0 ? fence : from, end);
    }
    this.onTag(
      {
        name: ref.name,
        annotated,
        object: ref.object,
        commit: annotated ? header(headers, "object") ?? "" : ref.object,
        // A tag object says what it points at; a lightweight tag's object is its target.
        targetType: annotated ? header(headers, "type") ?? "" : type,
        date: isoDate(header(headers, annotated ? "tagger" : type === "commit" ? "committer" : "")),
        message: decode(text)
      },
      text
    );
  }
};
function lastFence(buf, from, end) {
  let found = -1;
  for (let i = buf.indexOf(FENCE, from); i >= 0 && i + FENCE.length <= end; ) {
    if (i > from && buf[i - 1] === NEWLINE) found = i - 1;
    i = buf.indexOf(FENCE, i + FENCE.length);
  }
  return found;
}
function decode(bytes) {
  if (bytes.length === 0) return "";
  return bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
}
function header(headers, key) {
  if (key === "") return void 0;
  const prefix = `${key} `;
  const line = headers.startsWith(prefix) ? 0 : headers.indexOf(`
${prefix}`) + 1;
  if (line === 0 && !headers.startsWith(prefix)) return void 0;
  const end = headers.indexOf("\n", line);
  return headers.slice(line + prefix.length, end < 0 ? headers.length : end);
}
function isoDate(ident) {
  const email = ident === void 0 ? -1 : ident.lastIndexOf("> ");
  if (ident === void 0 || email < 0) return "";
  const space = ident.indexOf(" ", email + 2);
  const digits = ident.slice(email + 2, space < 0 ? ident.length : space);
  return /^\d+$/.test(digits) ? new Date(Number(digits) * 1e3).toISOString() : "";
}
async function readPreparedTags(git, model) {
  const gitDir = await git.gitDir();
  if (gitDir === null) return [];
  const file = tagCacheFile(gitDir, model);
  const prepared = [];
  const known = [];
  const fresh = [];
  const finish = (raw) => {
    const p = prepareTag(model, raw);
    const full = p?.record ?? null;
    const summary = full && summaryOf(full);
    const object = raw.object ?? "";
    const record = summary && lazyRecord(summary, () => recordOf(git, object) ?? summary);
    const kept = p && { raw: { ...raw, message: "" }, tag: p.tag, record };
    if (kept) prepared.push(kept);
    fresh.push({ name: raw.name, object, prepared: kept, summary });
  };
  const onTags = [];
  const onTag = (raw) => raw.targetType === "tag" ? onTags.push(raw) : finish(raw);
  let fetches = null;
  let asked = 0;
  let cache;
  const listing = listTags(
    git,
    model,
    (ref) => {
      const hit = cache?.get(ref.name);
      if (hit !== void 0 && hit.object === ref.object) {
        known.push(hit);
        if (hit.prepared) prepared.push(hit.prepared);
        return;
      }
      fetches ??= [fetchObjects(git, onTag), fetchObjects(git, onTag)];
      fetches[asked++ % fetches.length].request(ref);
    },
    () => fetches?.forEach((f) => f.flush())
  );
  cache = loadTagCache(file, model, (object) => recordOf(git, object));
  const listed = await listing.finally(() => fetches?.forEach((f) => f.end()));
  if (fetches === null) return prepared;
  for (const failure of await Promise.all(fetches.map((f) => f.done))) {
    if (failure !== null) {
      throw new LeptonError("git", `could not read the tags of ${model}: ${failure}`);
    }
  }
  for (const raw of await peel(git, onTags)) finish(raw);
  if (listed !== known.length + fresh.length) {
    throw new LeptonError("git", `could not read the tags of ${model}: output cut short`);
  }
  await saveTagCache(file, model, [...known, ...fresh]);
  return prepared;
}
async function peel(git, raws) {
  if (raws.length === 0) return [];
  const r = await git.run(["cat-file", "--batch-check"], {
    input: raws.map((t) => `${t.commit}^{}
`).join(""),
    allowFailure: true
  });
  const lines = r.stdout.split("\n");
  return raws.map((raw, i) => {
    const [id = "", type = ""] = (lines[i] ?? "").split(" ");
    return type === "missing" || id === "" ? { ...raw, targetType: "missing object" } : { ...raw, commit: id, targetType: type };
  });
}
function recordOf(git, object) {
  const r = git.runSync(["cat-file", "tag", object]);
  const body = r.stdout.indexOf("\n\n");
  return r.code === 0 && body >= 0 ? parseRecord(r.stdout.slice(body + 2)) : null;
}
async function listTags(git, model, onRef, onChunkEnd) {
  let pending = NOTHING;
  let count = 0;
  const lines = (text) => {
    for (const line of text.split("\n")) {
      const cut = line.indexOf("\0");
      if (cut > 0) {
        count++;
        onRef({ name: line.slice(0, cut), object: line.slice(cut + 1) });
      }
    }
  };
  const r = await git.run(
    ["for-each-ref", "--format=%(refname:strip=2)%00%(objectname)", ...modelRefPatterns(model)],
    {
      allowFailure: true,
      // Cut after the chunk's last newline, as bytes (a chunk may end inside a name's UTF-8
      // sequence), and decode the whole lines at once.
      onStdout: (chunk) => {
        const buf = pending.length ? Buffer.concat([pending, chunk]) : chunk;
        const end = buf.lastIndexOf(NEWLINE);
        pending = end + 1 < buf.length ? buf.subarray(end + 1) : NOTHING;
        if (end >= 0) lines(buf.toString("utf8", 0, end));
        onChunkEnd();
      }
    }
  );
  if (r.code !== 0) {
    if (await git.gitDir() === null) return 0;
    throw new LeptonError("git", `could not read the tags of ${model}: ${lastLines(r.stderr)}`);
  }
  if (pending.length) lines(pending.toString());
  return count;
}
function fetchObjects(git, onTag) {
  const refs = [];
  const stream = new ObjectStream(refs, onTag);
  let write = () => {
  };
  let end;
  const fed = new Promise((resolve2) => end = resolve2);
  const done = git.run(["cat-file", "--batch", "--buffer"], {
    allowFailure: true,
    feed: (w) => {
      write = w;
      return fed;
    },
    onStdout: (chunk) => stream.write(chunk)
  }).then(
    (r) => r.code !== 0 ? lastLines(r.stderr) : !stream.done ? stream.failure ?? "output cut short" : null,
    (e) => e.message
  );
  let ids = "";
  const flush = () => {
    if (ids) write(ids);
    ids = "";
  };
  return {
    request: (ref) => {
      refs.push(ref);
      ids += `${ref.object}
`;
    },
    flush,
    end: () => {
      flush();
      end();
    },
    done
  };
}

// src/io/registry/baseline.ts
async function resolveBaseline(git, registry, ref) {
  if (ref !== void 0 && ref !== "") {
    const version = parseVersionArg(ref, registry.model);
    const entry = version === null ? null : findVersion(registry, version);
    if (entry) return entry;
    const commit = await revision(git, ref);
    if (!commit) {
      throw new LeptonError(
        "invalid",
        version === null ? `${ref}: neither a version of ${registry.model} nor a git revision` : `${registry.model} has no version ${version}`
      );
    }
    return newestReachable(git, registry, commit);
  }
  if (registry.versions.length === 0) return null;
  const upstream = await defaultBranch(git);
  const fromUpstream = upstream ? await newestReachable(git, registry, upstream) : null;
  return fromUpstream ?? await newestReachable(git, registry, "HEAD");
}
function unusableAsBaseline(v) {
  if (v.lightweight) return "a lightweight tag: no Lepton record";
  if (v.record === null) return "no Lepton record (a GTO registration or a hand-made tag)";
  if (Object.keys(v.record.metrics).length === 0) return "its record holds no metrics";
  return null;
}
async function chooseBaseline(git, registry, ref, excluded = /* @__PURE__ */ new Map()) {
  const unusable = (v) => excluded.get(v.tag) ?? unusableAsBaseline(v);
  const notVersions = registry.skipped.filter((s) => s.version !== void 0);
  if (ref !== void 0 && ref !== "") {
    const version = parseVersionArg(ref, registry.model);
    const entry = version === null ? null : findVersion(registry, version);
    if (entry) {
      const why = unusable(entry);
      if (why !== null) {
        throw new LeptonError("invalid", `${entry.tag} cannot be the baseline: ${why}`, [
          "name a version recorded by Lepton, or a git revision (its newest recorded version is used)"
        ]);
      }
      return { entry, skipped: notVersions };
    }
    const bad = version === null ? void 0 : notVersions.find((s) => s.version === version);
    if (bad) throw new LeptonError("invalid", `${bad.tag} is not a version: ${bad.reason}`);
    const commit = await revision(git, ref);
    if (!commit) {
      throw new LeptonError(
        "invalid",
        version === null ? `${ref}: neither a version of ${registry.model} nor a git revision` : `${registry.model} has no version ${version}`
      );
    }
    return withSkipped(await usableReachable(git, registry, commit, unusable), notVersions);
  }
  if (registry.versions.length === 0) return { entry: null, skipped: notVersions };
  const upstream = await defaultBranch(git);
  const fromUpstream = upstream ? await usableReachable(git, registry, upstream, unusable) : null;
  const choice = fromUpstream?.entry ? fromUpstream : await usableReachable(git, registry, "HEAD", unusable);
  return withSkipped(choice, notVersions);
}
var withSkipped = (c, more) => ({
  entry: c.entry,
  skipped: [...c.skipped, ...more]
});
async function usableReachable(git, registry, rev, unusable) {
  const reachable = await reachableTags(git, registry, rev);
  const skipped = [];
  for (const v of registry.versions) {
    if (!reachable.has(v.tag)) continue;
    const why = unusable(v);
    if (why === null) return { entry: v, skipped };
    skipped.push({ tag: v.tag, version: v.version, reason: why });
  }
  return { entry: null, skipped };
}
async function reachableTags(git, registry, rev) {
  if (registry.versions.length === 0) return /* @__PURE__ */ new Set();
  const r = await git.run(
    [
      "for-each-ref",
      `--merged=${rev}`,
      "--format=%(refname:strip=2)",
      modelRefPatterns(registry.model)[0]
    ],
    { allowFailure: true }
  );
  return r.code === 0 ? new Set(r.stdout.split("\n")) : /* @__PURE__ */ new Set();
}
async function revision(git, ref) {
  if (ref.startsWith("-")) return null;
  const r = await git.run(["rev-parse", "-q", "--verify", "--end-of-options", `${ref}^{commit}`], {
    allowFailure: true
  });
  return r.code === 0 ? r.stdout.trim() : null;
}
async function newestReachable(git, registry, rev) {
  if (registry.versions.length === 0) return null;
  const r = await git.run(
    [
      "for-each-ref",
      `--merged=${rev}`,
      "--format=%(refname:strip=2)",
      modelRefPatterns(registry.model)[0]
    ],
    { allowFailure: true }
  );
  if (r.code !== 0) return null;
  const reachable = new Set(r.stdout.split("\n"));
  return registry.versions.find((v) => reachable.has(v.tag)) ?? null;
}
async function defaultBranch(git) {
  const up = await git.run(["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}"], {
    allowFailure: true
  });
  const remote = up.code === 0 ? up.stdout.trim().split("/")[0] ?? "origin" : "origin";
  const head = await git.run(["symbolic-ref", "-q", `refs/remotes/${remote}/HEAD`], {
    allowFailure: true
  });
  return head.code === 0 && head.stdout.trim() ? head.stdout.trim() : null;
}

// src/io/registry/identity.ts
var ACTIONS_BOT = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com",
  source: "actions"
};
async function resolveIdentity(git, env) {
  if (env.GITHUB_ACTIONS === "true" && !await configured(git, env)) return ACTIONS_BOT;
  const r = await git.run(["var", "GIT_COMMITTER_IDENT"], { allowFailure: true });
  const m = /^(.*?) <([^>]*)>/.exec(r.stdout);
  if (r.code !== 0 || !m) {
    throw new LeptonError("invalid", "no git identity to sign the tag with", [
      'set one with: git config user.name "Your Name" && git config user.email you@example.com',
      "(or GIT_COMMITTER_NAME and GIT_COMMITTER_EMAIL in the environment)"
    ]);
  }
  return { name: m[1] ?? "", email: m[2] ?? "", source: "git" };
}
async function configured(git, env) {
  if (env.GIT_COMMITTER_EMAIL || env.EMAIL) return true;
  const r = await git.run(["config", "--get-regexp", "^(user|committer)\\.email$"], {
    allowFailure: true
  });
  return r.code === 0 && r.stdout.trim() !== "";
}
var identityEnv = (id) => ({
  GIT_COMMITTER_NAME: id.name,
  GIT_COMMITTER_EMAIL: id.email
});

// src/io/registry/write.ts
async function tagObject(git, name) {
  const r = await git.run(["rev-parse", "-q", "--verify", `refs/tags/${name}`], {
    allowFailure: true
  });
  return r.code === 0 ? r.stdout.trim() : null;
}
async function createTag(git, tag) {
  const r = await git.run(
    ["tag", "-a", "--cleanup=verbatim", "-F", "-", "--", tag.name, tag.commit],
    { input: tag.message, env: identityEnv(tag.identity), allowFailure: true }
  );
  if (r.code !== 0) {
    if (await tagObject(git, tag.name)) return null;
    throw new LeptonError("git", `could not create tag ${tag.name}: ${lastLines(r.stderr)}`);
  }
  const object = await tagObject(git, tag.name);
  if (!object) throw new LeptonError("git", `tag ${tag.name} vanished right after it was made`);
  return object;
}
async function deleteOwnTag(git, name, object) {
  await git.run(["update-ref", "-d", `refs/tags/${name}`, object]);
}

// src/io/registry/backoff.ts
var BACKOFF_BASE_MS = 200;
var BACKOFF_CAP_MS = 8e3;
function backoffMs(attempt, random = Math.random) {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}
var sleep = (ms) => new Promise((resolve2) => setTimeout(resolve2, ms));

// src/io/registry/index.ts
async function readRegistry(git, model) {
  return assembleRegistry(model, await readPreparedTags(git, model));
}

// src/io/oci/reference.ts
var COMPONENT = /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*$/;
var HOST = /^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\])(:\d+)?$/;
var DIGEST = /^sha256:[0-9a-f]{64}$/;
function storeRepository(store, model) {
  const m = /^oci:\/\/([^/]+)((?:\/[^/]+)*?)\/?$/.exec(store);
  const registry = m?.[1] ?? "";
  const path = [...(m?.[2] ?? "").split("/").filter(Boolean), model];
  if (!m || !HOST.test(registry) || !path.every((c) => COMPONENT.test(c))) {
    throw new LeptonError("invalid", `artifacts.store: ${store} is not oci://REGISTRY/PREFIX`, [
      "for example oci://ghcr.io/acme/models"
    ]);
  }
  return { registry, name: path.join("/") };
}
var repositoryText = (r) => `${r.registry}/${r.name}`;
var pinnedText = (r) => `${repositoryText(r)}@${r.digest}`;
function parsePinned(ref) {
  const at = ref.lastIndexOf("@");
  const slash = ref.indexOf("/");
  const digest = ref.slice(at + 1);
  const registry = ref.slice(0, slash);
  const name = ref.slice(slash + 1, at);
  if (at < 0 || slash < 0 || !DIGEST.test(digest) || !HOST.test(registry) || !name.split("/").every((c) => COMPONENT.test(c))) {
    throw new LeptonError(
      "invalid",
      `${ref} is not a pinned OCI reference (REGISTRY/NAME@sha256:\u2026)`
    );
  }
  return { registry, name, digest };
}
function isLoopback(registry) {
  const host = registry.replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

// src/io/oci/store.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { mkdir as mkdir2, rename as rename2, rm } from "node:fs/promises";
import { basename, dirname as dirname2, join as join2, resolve, sep } from "node:path";
import { Readable as Readable2 } from "node:stream";

// src/io/oci/http.ts
import http from "node:http";
import https from "node:https";
var agents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: 8 }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: 8 })
};
var IDLE_MS = 12e4;
function send(req) {
  const mod = req.url.protocol === "https:" ? https : http;
  const agent = agents[req.url.protocol];
  return new Promise((resolve2, reject) => {
    const r = mod.request(
      req.url,
      { method: req.method, headers: { ...req.headers }, agent },
      (res) => resolve2({ status: res.statusCode ?? 0, headers: res.headers, body: res })
    );
    r.on("error", reject);
    r.setTimeout(
      IDLE_MS,
      () => r.destroy(new Error(`no answer for ${IDLE_MS / 1e3} s from ${req.url.host}`))
    );
    if (req.body === void 0) r.end();
    else if (Buffer.isBuffer(req.body)) r.end(req.body);
    else {
      const stream = req.body();
      stream.on("error", (e) => r.destroy(e));
      stream.pipe(r);
    }
  });
}
async function readText(res, limit = 4 << 20) {
  return (await readBytes(res, limit)).toString("utf8");
}
async function readBytes(res, limit = 4 << 20) {
  const chunks = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.length;
    if (size > limit) {
      res.body.destroy();
      throw new Error(`response larger than ${limit} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
function drain(res) {
  res.body.resume();
}

// src/io/oci/client.ts
var MEDIA = {
  manifest: "application/vnd.oci.image.manifest.v1+json",
  artifact: "application/vnd.lepton.model.v1",
  record: "application/vnd.lepton.record.v1+json",
  file: "application/octet-stream"
};
var CHUNK_THRESHOLD = 1024 * 1024 * 1024;
var CHUNK_SIZE = 256 * 1024 * 1024;
var OciClient = class _OciClient {
  constructor(repo, credentials, options) {
    this.repo = repo;
    this.credentials = credentials;
    this.options = options;
    this.base = new URL(
      `${registryOrigin(repo.registry, options.settings.insecure)}/v2/${repo.name}/`
    );
  }
  repo;
  credentials;
  options;
  auth = null;
  /** The scope of the Bearer token held (a second challenge for it means the credentials lack access). */
  bearerScope = null;
  base;
  /** Bytes of blobs this client sent (0 when the registry had them all). */
  uploaded = 0;
  /** A client for one repository, with the credentials the settings name for its registry. */
  static async open(repo, options) {
    return new _OciClient(repo, await credentialsFor(options.settings, repo.registry), options);
  }
  get where() {
    return `${this.repo.registry}/${this.repo.name}`;
  }
  /** "Checking if content exists in the registry": `HEAD /v2/<name>/blobs/<digest>`, 200 or 404. */
  async hasBlob(digest) {
    const res = await this.call({ method: "HEAD", url: this.url(`blobs/${digest}`) }, true);
    drain(res);
    if (res.status === 200) return true;
    if (res.status === 404) return false;
    throw await this.failure(`HEAD blob ${digest}`, res);
  }
  /**
   * Pushes a blob unless the registry has it (HEAD first). Up to the chunk threshold:
   * "Pushing a blob monolithically" as POST then PUT `?digest=` with the bytes; above it:
   * "Pushing a blob in chunks", POST, a PATCH per chunk with `Content-Range`, then PUT
   * `?digest=`. Returns the bytes sent (0: the registry had the blob).
   */
  async pushBlob(blob) {
    if (await this.hasBlob(blob.digest)) return 0;
    const threshold = this.options.chunkThreshold ?? CHUNK_THRESHOLD;
    const chunk = Math.max(1, this.options.chunkSize ?? CHUNK_SIZE);
    let location = await this.startUpload();
    if (blob.size <= threshold) {
      const res = await this.call({
        method: "PUT",
        url: withDigest(location, blob.digest),
        headers: { "content-type": "application/octet-stream", "content-length": `${blob.size}` },
        body: () => blob.open(0, blob.size - 1)
      });
      await this.expect(res, 201, `PUT blob ${blob.digest}`);
    } else {
      for (let start = 0; start < blob.size; start += chunk) {
        const end = Math.min(blob.size, start + chunk) - 1;
        location = await this.patchChunk(location, blob, start, end);
      }
      const res = await this.call({
        method: "PUT",
        url: withDigest(location, blob.digest),
        headers: { "content-length": "0" }
      });
      await this.expect(res, 201, `PUT blob ${blob.digest}`);
    }
    this.uploaded += blob.size;
    return blob.size;
  }
  async startUpload() {
    const res = await this.call({
      method: "POST",
      url: this.url("blobs/uploads/"),
      headers: { "content-length": "0" }
    });
    await this.expect(res, 202, "POST blob upload");
    return this.location(res);
  }
  /**
   * One chunk: `PATCH <location>` with `Content-Range: <start>-<end>` (inclusive); 202 with the
   * next Location. A chunk whose request fails is sent again from the offset the registry
   * reports (`GET <location>` → 204, `Range: 0-<last>`), at most three times.
   */
  async patchChunk(location, blob, start, end) {
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await this.call({
          method: "PATCH",
          url: location,
          headers: {
            "content-type": "application/octet-stream",
            "content-range": `${start}-${end}`,
            "content-length": `${end - start + 1}`
          },
          body: () => blob.open(start, end)
        });
        await this.expect(res, 202, `PATCH blob ${blob.digest} bytes ${start}-${end}`);
        return this.location(res);
      } catch (e) {
        if (attempt >= 3) throw e;
        const status = await this.call({ method: "GET", url: location });
        drain(status);
        const range = /^(?:bytes=)?0-(\d+)$/.exec(String(status.headers.range ?? ""));
        if (status.status !== 204 || !range) throw e;
        const have = Number(range[1]) + 1;
        location = this.location(status);
        if (have > end) return location;
        start = have;
      }
    }
  }
  /** "Pushing Manifests": `PUT /v2/<name>/manifests/<reference>` (a tag or the digest). */
  async putManifest(reference, bytes, mediaType = MEDIA.manifest) {
    const res = await this.call({
      method: "PUT",
      url: this.url(`manifests/${reference}`),
      headers: { "content-type": mediaType, "content-length": `${bytes.length}` },
      body: bytes
    });
    await this.expect(res, 201, `PUT manifest ${reference}`);
  }
  /** `GET /v2/<name>/manifests/<reference>`: the exact bytes (their digest is the manifest's), or null on 404. */
  async getManifest(reference) {
    const res = await this.call(
      {
        method: "GET",
        url: this.url(`manifests/${reference}`),
        headers: { accept: MEDIA.manifest }
      },
      true
    );
    if (res.status === 404) {
      drain(res);
      return null;
    }
    if (res.status !== 200) throw await this.failure(`GET manifest ${reference}`, res);
    return readBytes(res, 4 << 20);
  }
  /** `GET /v2/<name>/blobs/<digest>`, redirects followed: the caller streams (and verifies) the body. */
  async getBlob(digest) {
    const res = await this.call({ method: "GET", url: this.url(`blobs/${digest}`) }, true);
    if (res.status !== 200) throw await this.failure(`GET blob ${digest}`, res);
    return res;
  }
  url(path) {
    return new URL(path, this.base);
  }
  location(res) {
    const loc = res.headers.location;
    if (!loc) throw this.error("the registry started an upload without a Location header");
    return new URL(loc, this.base);
  }
  /**
   * Sends a request, answering auth challenges (at most two) and following redirects for
   * reads (a blob may live behind a storage URL; the credentials never go to another host).
   */
  async call(req, follow = false) {
    let url = req.url;
    for (let hop = 0; hop < 8; hop++) {
      const sameHost = url.host === this.base.host;
      const res = await this.exchange({ ...req, url }, sameHost);
      const to = res.headers.location;
      if (!follow || ![301, 302, 303, 307, 308].includes(res.status) || !to) return res;
      drain(res);
      url = new URL(to, url);
    }
    throw this.error("too many redirects");
  }
  async exchange(req, withAuth) {
    for (let round = 0; ; round++) {
      const headers = {
        ...req.headers,
        ...withAuth && this.auth && { authorization: this.auth }
      };
      let res;
      try {
        res = await send({ ...req, headers });
      } catch (e) {
        throw this.error(
          `could not reach ${req.url.origin}: ${e.message}`,
          [
            `check that the registry runs and that artifacts.store names it (${req.method} ${req.url.pathname})`
          ],
          e
        );
      }
      if (res.status !== 401 || !withAuth || round >= 2) return res;
      const challenge = String(res.headers["www-authenticate"] ?? "");
      drain(res);
      await this.answer(challenge, round > 0);
    }
  }
  /** Sets the Authorization header that answers a `WWW-Authenticate` challenge, or throws why it cannot. */
  async answer(challenge, again) {
    const scheme = challenge.split(/\s/, 1)[0]?.toLowerCase() ?? "";
    const creds = this.credentials;
    if (scheme === "basic") {
      if (!creds) throw this.needsCredentials();
      const basic = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString("base64")}`;
      if (this.auth === basic) throw this.refused(creds);
      this.auth = basic;
      return;
    }
    if (scheme !== "bearer") {
      throw this.error(
        `the registry asks for an authentication scheme Lepton does not speak: ${scheme || "(none)"}`
      );
    }
    const params = parseChallenge(challenge.slice(scheme.length));
    if (!params.realm) throw this.error("the registry sent a Bearer challenge without a realm");
    const ours = `repository:${this.repo.name}:${this.options.actions}`;
    if (again && this.bearerScope === ours) {
      throw creds ? this.refused(creds) : this.needsCredentials();
    }
    const tokenUrl = new URL(params.realm);
    if (tokenUrl.protocol !== "https:" && this.base.protocol === "https:") {
      throw this.error(`the registry's token service is not https: ${tokenUrl.origin}`);
    }
    if (params.service) tokenUrl.searchParams.set("service", params.service);
    tokenUrl.searchParams.append("scope", ours);
    if (params.scope && params.scope !== ours) tokenUrl.searchParams.append("scope", params.scope);
    let res;
    try {
      res = await send({
        method: "GET",
        url: tokenUrl,
        headers: creds ? {
          authorization: `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString("base64")}`
        } : {}
      });
    } catch (e) {
      throw this.error(
        `could not reach the token service ${tokenUrl.origin}: ${e.message}`,
        [],
        e
      );
    }
    if (res.status === 401 || res.status === 403) {
      drain(res);
      throw creds ? this.refused(creds) : this.needsCredentials();
    }
    if (res.status !== 200) throw await this.failure(`token from ${tokenUrl.origin}`, res);
    let token;
    try {
      const body = JSON.parse(await readText(res, 1 << 20));
      token = body.token ?? body.access_token;
    } catch {
      token = void 0;
    }
    if (typeof token !== "string" || !token) {
      throw this.error(`the token service ${tokenUrl.origin} answered without a token`);
    }
    this.auth = `Bearer ${token}`;
    this.bearerScope = ours;
  }
  async expect(res, status, what) {
    if (res.status === status) {
      drain(res);
      return;
    }
    throw await this.failure(what, res);
  }
  /** A registry's error answer as a LeptonError: status and the spec's error codes, never headers. */
  async failure(what, res) {
    let detail = "";
    try {
      const text = await readText(res, 64 << 10);
      const body = JSON.parse(text);
      detail = (body.errors ?? []).map((e) => [e.code, e.message].filter(Boolean).join(": ")).join("; ");
    } catch {
      res.body.destroy();
    }
    if (res.status === 401 || res.status === 403) {
      return this.credentials ? this.refused(this.credentials, res.status) : this.needsCredentials();
    }
    return this.error(`${what} failed: HTTP ${res.status}${detail ? ` (${detail})` : ""}`);
  }
  needsCredentials() {
    return this.error(`${this.repo.registry} asks for credentials and none are set`, [
      "set LEPTON_REGISTRY_USERNAME and LEPTON_REGISTRY_PASSWORD, or run `docker login` for it"
    ]);
  }
  refused(creds, status = 401) {
    return this.error(
      `${this.repo.registry} refused the credentials from ${creds.source} (HTTP ${status}) for ${this.options.actions} on ${this.repo.name}`,
      ["check the username, the password or token, and that it may push to this repository"]
    );
  }
  error(message, details = [], cause) {
    return new LeptonError("git", `model store ${this.where}: ${message}`, details, { cause });
  }
};
function registryOrigin(registry, insecure) {
  return `${insecure || isLoopback(registry) ? "http" : "https"}://${registry}`;
}
function parseChallenge(text) {
  const params = {};
  const re = /([A-Za-z_]+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    params[m[1].toLowerCase()] = m[2] !== void 0 ? m[2].replace(/\\(.)/g, "$1") : m[3] ?? "";
  }
  return params;
}
function withDigest(location, digest) {
  const url = new URL(location);
  url.searchParams.set("digest", digest);
  return url;
}

// src/io/oci/digest.ts
import { createHash } from "node:crypto";
import { closeSync as closeSync3, openSync as openSync3, readSync as readSync2, writevSync as writevSync2 } from "node:fs";
import { Readable } from "node:stream";
var READ_CHUNK = 1 << 20;
async function digestFile(path) {
  const hash = createHash("sha256");
  const buf = Buffer.allocUnsafe(READ_CHUNK);
  const fd = openSync3(path, "r");
  let size = 0;
  try {
    for (let i = 1; ; i++) {
      const n = readSync2(fd, buf, 0, READ_CHUNK, null);
      if (n === 0) break;
      hash.update(n === READ_CHUNK ? buf : buf.subarray(0, n));
      size += n;
      if (i % 64 === 0) await new Promise((r) => setImmediate(r));
    }
  } finally {
    closeSync3(fd);
  }
  return { digest: `sha256:${hash.digest("hex")}`, size };
}
var digestBytes = (bytes) => `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
var FileRange = class extends Readable {
  constructor(path, start, end) {
    super({ highWaterMark: READ_CHUNK });
    this.path = path;
    this.end = end;
    this.pos = start;
  }
  path;
  end;
  fd = null;
  pos;
  _read() {
    try {
      this.fd ??= openSync3(this.path, "r");
      const n = Math.min(READ_CHUNK, this.end + 1 - this.pos);
      if (n <= 0) {
        this.push(null);
        return;
      }
      const buf = Buffer.allocUnsafe(n);
      const got = readSync2(this.fd, buf, 0, n, this.pos);
      if (got === 0) throw new Error(`${this.path} is shorter than when it was hashed`);
      this.pos += got;
      this.push(got === n ? buf : buf.subarray(0, got));
    } catch (e) {
      this.destroy(e);
    }
  }
  _destroy(error, done) {
    if (this.fd !== null) closeSync3(this.fd);
    this.fd = null;
    done(error);
  }
};
async function writeHashed(source, path) {
  const hash = createHash("sha256");
  const fd = openSync3(path, "wx");
  let size = 0;
  let pending = [];
  let pendingBytes = 0;
  const flush = () => {
    let chunks = pending;
    let left = pendingBytes;
    while (left > 0) {
      const n = writevSync2(fd, chunks);
      left -= n;
      if (left > 0) chunks = [Buffer.concat(chunks).subarray(n)];
    }
    pending = [];
    pendingBytes = 0;
  };
  try {
    await new Promise((done, fail) => {
      source.on("data", (chunk) => {
        try {
          hash.update(chunk);
          size += chunk.length;
          pending.push(chunk);
          pendingBytes += chunk.length;
          if (pendingBytes >= READ_CHUNK) flush();
        } catch (e) {
          source.destroy(e);
        }
      });
      source.on("end", () => {
        try {
          flush();
          done();
        } catch (e) {
          fail(e);
        }
      });
      source.on("error", fail);
      source.on("aborted", () => fail(new Error("the connection closed mid-download")));
    });
  } finally {
    closeSync3(fd);
  }
  return { digest: `sha256:${hash.digest("hex")}`, size };
}

// src/io/oci/store.ts
var TITLE = "org.opencontainers.image.title";
async function pushArtifact(req) {
  const client = await OciClient.open(req.repo, {
    settings: req.settings,
    actions: "pull,push",
    ...req.chunk
  });
  const layers = [];
  for (const file of req.files) {
    const { digest: digest2, size } = await digestFile(file.path);
    await client.pushBlob({
      digest: digest2,
      size,
      open: (start, end) => new FileRange(file.path, start, end)
    });
    layers.push({ mediaType: MEDIA.file, digest: digest2, size, annotations: { [TITLE]: file.title } });
  }
  const configDigest = digestBytes(req.config);
  await client.pushBlob({
    digest: configDigest,
    size: req.config.length,
    open: (start, end) => bufferStream(req.config.subarray(start, end + 1))
  });
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA.manifest,
      artifactType: MEDIA.artifact,
      config: { mediaType: MEDIA.record, digest: configDigest, size: req.config.length },
      layers,
      annotations: req.annotations
    })
  );
  const digest = digestBytes(manifest);
  await client.putManifest(digest, manifest);
  return {
    ref: pinnedText({ ...req.repo, digest }),
    digest,
    manifest,
    files: layers.map((l) => ({
      title: l.annotations?.[TITLE] ?? "",
      digest: l.digest,
      size: l.size
    })),
    uploaded: client.uploaded
  };
}
async function tagManifest(ref, settings, tag, manifest) {
  const client = await OciClient.open(ref, { settings, actions: "pull,push" });
  const bytes = manifest ?? await verifiedManifest(client, ref.digest);
  await client.putManifest(tag, bytes);
}
async function manifestDigestOf(repo, settings, tag) {
  const client = await OciClient.open(repo, { settings, actions: "pull" });
  const bytes = await client.getManifest(tag);
  return bytes && digestBytes(bytes);
}
async function pullArtifact(req) {
  const client = await OciClient.open(req.ref, { settings: req.settings, actions: "pull" });
  const where = pinnedText(req.ref);
  const manifest = JSON.parse(
    (await verifiedManifest(client, req.ref.digest)).toString("utf8")
  );
  const layers = (manifest.layers ?? []).filter((l) => l.annotations?.[TITLE] !== void 0);
  const root = resolve(req.dir);
  const plans = layers.map((l) => {
    const title = l.annotations?.[TITLE] ?? "";
    const dest = resolve(root, title);
    if (!safeTitle(title) || !(dest + sep).startsWith(root + sep) || !DIGEST.test(l.digest)) {
      throw new LeptonError(
        "git",
        `${where}: layer "${title}" would be written outside ${req.dir}`,
        ["the artifact was not made by Lepton, or was altered; nothing was written"]
      );
    }
    const part = join2(
      dirname2(dest),
      `.${basename(dest)}.lepton-${randomBytes2(4).toString("hex")}.part`
    );
    return { title, dest, part, digest: l.digest, size: l.size };
  });
  const made = [];
  const parts = [];
  try {
    for (const p of plans) {
      const first = await mkdir2(dirname2(p.part), { recursive: true });
      if (first) made.push(first);
      const res = await client.getBlob(p.digest);
      parts.push(p.part);
      const { digest: got, size } = await writeHashed(res.body, p.part);
      if (got !== p.digest || size !== p.size) {
        throw new LeptonError(
          "git",
          `${where}: ${p.title} does not match its digest: expected ${p.digest} (${p.size} bytes), got ${got} (${size} bytes)`,
          ["the registry returned other bytes than were pushed; nothing was written"]
        );
      }
    }
  } catch (e) {
    await Promise.all(parts.map((f) => rm(f, { force: true })));
    for (const d of made.reverse()) await rm(d, { recursive: true, force: true });
    if (e instanceof LeptonError) throw e;
    throw new LeptonError("git", `${where}: download failed: ${e.message}`, [
      "nothing was written"
    ]);
  }
  for (const p of plans) await rename2(p.part, p.dest);
  return plans.map((p) => ({ title: p.title, digest: p.digest, size: p.size }));
}
async function verifiedManifest(client, digest) {
  const where = pinnedText({ ...client.repo, digest });
  const bytes = await client.getManifest(digest);
  if (!bytes) throw new LeptonError("git", `${where}: the registry has no such manifest`);
  const got = digestBytes(bytes);
  if (got !== digest) {
    throw new LeptonError("git", `${where}: the manifest the registry returned has digest ${got}`);
  }
  return bytes;
}
function safeTitle(title) {
  if (!title || title.startsWith("/") || /[\\\0]/.test(title)) return false;
  return title.split("/").every((s) => s !== "" && s !== "." && s !== "..");
}
var bufferStream = (bytes) => Readable2.from([bytes]);

// src/io/services/artifact-files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdir, realpath, stat } from "node:fs/promises";
import { isAbsolute, join as join3, relative, sep as sep2 } from "node:path";
async function expandArtifacts(patterns, modelDir, repoRoot) {
  const found = /* @__PURE__ */ new Set();
  const unmatched = [];
  const outside = [];
  const root = await realpath(repoRoot);
  for (const pattern of patterns) {
    const before = found.size + outside.length;
    const scan = import_picomatch.default.scan(pattern);
    const base = scan.base.replace(/\/+$/, "");
    const match = scan.isGlob ? (0, import_picomatch.default)(pattern, { dot: true }) : null;
    for (const file of await filesUnder(join3(modelDir, base))) {
      const rel = toPosix(relative(modelDir, file));
      if (match && !match(rel)) continue;
      if (!isInside(root, await realpath(file))) outside.push(rel);
      else found.add(rel);
    }
    if (found.size + outside.length === before) unmatched.push(pattern);
  }
  return { files: [...found].sort(), unmatched, outside };
}
async function filesUnder(path) {
  const s = await stat(path).catch(() => null);
  if (!s) return [];
  if (!s.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  const files = [];
  for (const e of entries) {
    const full = join3(e.parentPath ?? e.path, e.name);
    if (full.split(sep2).includes(".git")) continue;
    if (e.isFile()) files.push(full);
    else if (e.isSymbolicLink() && (await stat(full).catch(() => null))?.isFile()) files.push(full);
  }
  return files;
}
var toPosix = (p) => p.split(sep2).join("/");
var isInside = (root, p) => {
  const rel = relative(root, p);
  return rel === "" || rel !== ".." && !rel.startsWith(".." + sep2) && !isAbsolute(rel);
};

// src/app/store.ts
import { join as join4 } from "node:path";
var storeSettings = (ctx, given) => given ?? storeSettingsFromEnv(ctx.env);
async function storeArtifact(ctx, record, given) {
  const store = ctx.manifest.store;
  if (!store) return record;
  const repo = storeRepository(store, ctx.manifest.model);
  const found = await expandArtifacts(
    ctx.manifest.artifacts,
    ctx.modelDir,
    ctx.repoRoot ?? ctx.modelDir
  );
  const bad = [
    ...found.unmatched.map(
      (p) => `artifacts.paths: "${p}" matched no file (did the eval build it?)`
    ),
    ...found.outside.map((p) => `${p} resolves outside the repository`),
    ...found.files.filter((f) => f.startsWith("../")).map(
      (f) => `${f} is outside the manifest's folder: its name in the artifact would climb out of the folder it is pulled into`
    )
  ];
  if (bad.length) {
    throw new LeptonError(
      "invalid",
      `cannot push ${record.model} v${record.version} to ${store}`,
      bad
    );
  }
  ctx.log.info(`pushing ${found.files.length} file(s) to ${repo.registry}/${repo.name}`);
  const pushed = await pushArtifact({
    repo,
    settings: storeSettings(ctx, given),
    files: found.files.map((title) => ({ title, path: join4(ctx.modelDir, title) })),
    config: Buffer.from(JSON.stringify(record)),
    annotations: {
      "org.opencontainers.image.version": record.version,
      "org.opencontainers.image.revision": record.commit,
      "org.opencontainers.image.created": record.created,
      ...await sourceOf(ctx)
    }
  });
  const sent = pushed.uploaded === 0 ? "the registry had every blob" : `${pushed.uploaded} bytes sent`;
  ctx.log.info(`stored ${pushed.ref} (${sent})`);
  return { ...record, artifact: { ...record.artifact, ref: pushed.ref, digest: pushed.digest } };
}
async function tagStoredVersion(ctx, record, given) {
  await pointTag(ctx, record, record?.version ?? "", given);
}
async function pointStageTag(ctx, record, stage, given) {
  return pointTag(ctx, record, stage, given);
}
async function pointTag(ctx, record, tag, given) {
  const ref = record?.artifact?.ref;
  if (!ctx.manifest.store || !ref || !record) {
    if (ctx.manifest.store && record) {
      ctx.log.warn(
        `v${record.version} has no artifact in the model store: its OCI tag ${tag} is not set`
      );
    }
    return false;
  }
  const pinned = parsePinned(ref);
  const settings = storeSettings(ctx, given);
  try {
    if (await manifestDigestOf(pinned, settings, tag) === pinned.digest) return false;
    await tagManifest(pinned, settings, tag);
  } catch (e) {
    if (!(e instanceof LeptonError)) throw e;
    throw new LeptonError(e.kind, e.message, [
      ...e.details,
      `the git tags are made and ${ref} holds the files; only the OCI tag :${tag} is missing: run the same command again`
    ]);
  }
  ctx.log.info(`${pinned.registry}/${pinned.name}:${tag} \u2192 ${pinned.digest}`);
  return true;
}
async function sourceOf(ctx) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = ctx.env;
  if (server && repo) return { "org.opencontainers.image.source": `${server}/${repo}` };
  const r = await ctx.git.run(["remote", "get-url", "origin"], { allowFailure: true });
  const url = r.code === 0 ? r.stdout.trim() : "";
  const scp = /^[\w.-]+@([\w.-]+):(.+?)(\.git)?$/.exec(url);
  if (scp) return { "org.opencontainers.image.source": `https://${scp[1]}/${scp[2]}` };
  try {
    const u = new URL(url);
    if (!["https:", "http:", "ssh:"].includes(u.protocol)) return {};
    u.username = "";
    u.password = "";
    return { "org.opencontainers.image.source": u.toString().replace(/\.git$/, "") };
  } catch {
    return {};
  }
}

export {
  readSealedFile,
  writeSealedFileSync,
  versionTag,
  stageTag,
  modelRefPatterns,
  nextEventN,
  holders,
  stagesEverHeld,
  findVersion,
  parseVersionArg,
  resolveBaseline,
  chooseBaseline,
  resolveIdentity,
  tagObject,
  createTag,
  deleteOwnTag,
  pushTag,
  remoteRefs,
  remoteTagObject,
  fetchModelTags,
  readEventCounter,
  syncEventCounter,
  backoffMs,
  sleep,
  readRegistry,
  parsePinned,
  pullArtifact,
  storeSettings,
  storeArtifact,
  tagStoredVersion,
  pointStageTag
};
