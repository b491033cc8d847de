import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  assembleRegistry,
  eventCounterRef,
  eventCounterRefspec,
  modelRefPatterns,
  parseTagName,
  prepareTag
} from "./chunk-4P7H3YDT.js";
import {
  parseRecord
} from "./chunk-63IYC3ZZ.js";
import {
  readSealedFile,
  writeSealedFile
} from "./chunk-TFVPEV6A.js";
import {
  lastLines
} from "./chunk-IF5CZNFD.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";

// src/io/registry/tag-objects.ts
import { isAscii } from "node:buffer";
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
    let at2 = 0;
    if (this.pending.length) {
      const p = this.pending;
      const head = Buffer.concat([p, chunk.subarray(0, HEADER_MAX)]);
      const eol = head.indexOf(NEWLINE);
      const size = eol < 0 ? NaN : Number(head.toString("latin1", 0, eol).split(" ")[2]);
      const needed = eol + 1 + size + 1;
      if (!(needed <= p.length + chunk.length)) {
        buf = Buffer.concat([p, chunk]);
      } else {
        at2 = needed - p.length;
        this.pending = NOTHING;
        const joined = Buffer.concat([p, chunk.subarray(0, at2)]);
        const used = this.cut(joined);
        if (used !== joined.length) {
          this.failure ??= "an object was cut short";
          return;
        }
      }
    }
    const rest = this.cut(buf, at2);
    if (rest < 0) return;
    this.pending = rest < buf.length ? buf.subarray(rest) : NOTHING;
  }
  /** Emits every whole object in buf from `at` on; where the first incomplete one starts, or -1 on a failure. */
  cut(buf, from = 0) {
    let at2 = from;
    for (; ; ) {
      const eol = buf.indexOf(NEWLINE, at2);
      if (eol < 0) return at2;
      const [id, type, size] = buf.toString("latin1", at2, eol).split(" ");
      const ref2 = this.refs[this.next];
      if (ref2 === void 0 || id !== ref2.object || type === "missing" || size === void 0) {
        this.failure = `unexpected object ${id ?? ""} ${type ?? ""}`;
        return -1;
      }
      const start = eol + 1;
      const end = start + Number(size);
      if (end >= buf.length) return at2;
      this.emit(ref2, type ?? "", buf, start, end);
      this.next++;
      at2 = end + 1;
    }
  }
  /** One object: a tag object (annotated tag), else the commit (or other) a lightweight tag names. */
  emit(ref2, type, buf, start, end) {
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
        name: ref2.name,
        annotated,
        object: ref2.object,
        commit: annotated ? header(headers, "object") ?? "" : ref2.object,
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
var ListingStream = class {
  constructor(onRef) {
    this.onRef = onRef;
  }
  onRef;
  pending = NOTHING;
  count = 0;
  write(chunk) {
    const buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const end = buf.lastIndexOf(NEWLINE);
    this.pending = end + 1 < buf.length ? buf.subarray(end + 1) : NOTHING;
    if (end >= 0) this.lines(buf.toString("utf8", 0, end));
  }
  /** The last line, when the output did not end with a newline. */
  end() {
    if (this.pending.length) this.lines(this.pending.toString());
    this.pending = NOTHING;
  }
  lines(text) {
    let at2 = 0;
    while (at2 < text.length) {
      let eol = text.indexOf("\n", at2);
      if (eol < 0) eol = text.length;
      const cut = text.indexOf("\0", at2);
      if (cut > at2 && cut < eol) {
        this.count++;
        this.onRef({ name: text.slice(at2, cut), object: text.slice(cut + 1, eol) });
      }
      at2 = eol + 1;
    }
  }
};

// src/io/registry/records.ts
async function readRecord(git, entry) {
  if (entry.summary === null) return null;
  return (await readRecords(git, [entry])).get(entry.tag) ?? null;
}
async function readRecords(git, entries) {
  const out = /* @__PURE__ */ new Map();
  const wanted = entries.filter((e) => e.summary !== null);
  if (wanted.length === 0) return out;
  const refs = [];
  for (const e of wanted)
    refs.push({ name: e.tag, object: e.object || await objectOf(git, e.tag) });
  const bySummary = new Map(wanted.map((e) => [e.tag, e.summary]));
  let mismatch = null;
  const stream = new ObjectStream(refs, (raw) => {
    const record = parseRecord(raw.message);
    const summary = bySummary.get(raw.name) ?? null;
    if (record && summary && sameRecord(record, summary)) out.set(raw.name, record);
    else mismatch ??= raw.name;
  });
  const r = await git.run(["cat-file", "--batch", "--buffer"], {
    allowFailure: true,
    input: refs.map((ref2) => `${ref2.object}
`).join(""),
    onStdout: (chunk) => stream.write(chunk)
  });
  const failure = r.code !== 0 ? lastLines(r.stderr) : !stream.done ? stream.failure ?? "output cut short" : null;
  if (failure !== null)
    throw new LeptonError("git", `could not read the records of ${wanted[0]?.tag}\u2026: ${failure}`);
  if (mismatch !== null) {
    throw new LeptonError("git", `${mismatch} holds another record than the one read before`, [
      "run again: the tag was replaced meanwhile"
    ]);
  }
  return out;
}
async function readRecordsOfRegistries(git, registries) {
  const records = await readRecords(
    git,
    registries.flatMap((r) => [...r.versions, ...r.events])
  );
  return registries.map((registry) => {
    const versions = registry.versions.map((v) => ({
      ...v,
      record: records.get(v.tag) ?? null
    }));
    const events = registry.events.map((e) => ({
      ...e,
      record: records.get(e.tag) ?? null
    }));
    return { ...registry, versions, events };
  });
}
function sameRecord(record, summary) {
  const r = record;
  for (const [key, value] of Object.entries(summary)) {
    const v = r[key];
    if (v !== value && JSON.stringify(v) !== JSON.stringify(value)) return false;
  }
  return true;
}
async function objectOf(git, tag) {
  const r = await git.run(["rev-parse", "--verify", "--quiet", `refs/tags/${tag}`], {
    allowFailure: true
  });
  if (r.code !== 0) throw new LeptonError("git", `${tag}: no such tag`);
  return r.stdout.trim();
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
async function pushTag(git, remote, tag, counter, extra = []) {
  const ref2 = `refs/tags/${tag}`;
  const args = ["push", "--porcelain", "--atomic"];
  const refspecs = [`${ref2}:${ref2}`];
  const refs = [ref2];
  if (counter) {
    args.push(`--force-with-lease=${counter.counter.ref}:${counter.counter.object ?? ""}`);
    refspecs.push(`${counter.object}:${counter.counter.ref}`);
    refs.push(counter.counter.ref);
  }
  for (const e of extra) {
    args.push(`--force-with-lease=${e.ref}:`);
    refspecs.push(`${e.object}:${e.ref}`);
    refs.push(e.ref);
  }
  const r = await git.run([...args, remote, ...refspecs], { allowFailure: true });
  return classifyPush(r.code, r.stdout, r.stderr, ref2, refs);
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
  const ref2 = `refs/tags/${tag}`;
  return (await remoteRefs(git, remote, [ref2])).get(ref2) ?? null;
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
  const ref2 = eventCounterRef(model);
  const r = await git.run(["for-each-ref", "--format=%(objectname) %(tag)", ref2]);
  const [object, name = ""] = r.stdout.trim().split(" ");
  if (!object) return { ref: ref2, object: null, n: 0 };
  return { ref: ref2, object, n: parseTagName(name)?.n ?? 0 };
}
async function syncEventCounter(git, model, remoteObject) {
  const ref2 = eventCounterRef(model);
  const local = (await readEventCounter(git, model)).object;
  if (local === remoteObject) return;
  if (remoteObject === null) await git.run(["update-ref", "-d", ref2]);
}

// src/io/registry/cache.ts
import { join } from "node:path";
var FORMAT = "lepton-tag-cache";
var VERSION = 8;
var KIND = "tag-cache";
var MAX_BYTES = 256 << 20;
var KINDS = [
  "",
  "version",
  "deregister",
  "assign",
  "unassign",
  "deprecate",
  "create"
];
function tagCacheFile(gitDir, model) {
  return join(gitDir, "lepton", "tags", `${encodeURIComponent(model)}.json`);
}
function loadTagCache(file, model) {
  const out = /* @__PURE__ */ new Map();
  const body = readSealedFile(file, KIND, MAX_BYTES)?.section(0);
  if (!body) return out;
  try {
    const doc = JSON.parse(body.toString("utf8"));
    if (!Array.isArray(doc) || !Array.isArray(doc[0])) return out;
    const [format, version, forModel, strings, names] = doc[0];
    if (format !== FORMAT || version !== VERSION || forModel !== model) return out;
    if (!isStrings(strings) || !Array.isArray(names) || !names.every(isStrings)) return out;
    for (let i = 1; i < doc.length; i++) {
      const row = doc[i];
      if (!isRow(row)) return /* @__PURE__ */ new Map();
      const [name, object, code, commit, date, sub, n, packed] = row;
      const kind = KINDS[code >> 1];
      let prepared = null;
      if (kind !== "") {
        const targetType = row[8] ?? "commit";
        const raw = {
          name,
          annotated: (code & 1) === 1,
          object,
          commit,
          targetType,
          date,
          message: ""
        };
        const tag = kind === "version" || kind === "deregister" ? { kind, model, version: sub } : kind === "assign" || kind === "unassign" ? { kind, model, stage: sub } : { kind, model };
        if (n >= 0) tag.n = n;
        const summary = packed && unpack(packed, model, sub, commit, strings, names);
        prepared = { raw, tag, summary };
      }
      out.set(name, { name, object, prepared });
    }
    return out;
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
var isStrings = (v) => Array.isArray(v) && v.every((s) => typeof s === "string");
function isRow(row) {
  return Array.isArray(row) && (row.length === 8 || row.length === 9 && typeof row[8] === "string") && typeof row[0] === "string" && typeof row[1] === "string" && Number.isInteger(row[2]) && row[2] >= 0 && row[2] >> 1 < KINDS.length && typeof row[3] === "string" && typeof row[4] === "string" && typeof row[5] === "string" && Number.isSafeInteger(row[6]) && (row[7] === null || Array.isArray(row[7]));
}
var Unreadable = class extends Error {
};
var str = (v) => {
  if (typeof v !== "string") throw new Unreadable();
  return v;
};
var num = (v) => {
  if (typeof v !== "number") throw new Unreadable();
  return v;
};
var at = (list, i) => {
  const v = list[num(i)];
  if (v === void 0) throw new Unreadable();
  return v;
};
function unpack(p, model, sub, commit, strings, names) {
  if (p[0] === 0) {
    let metrics;
    if (p[8] === -1) {
      metrics = p[9];
      if (typeof metrics !== "object" || metrics === null) throw new Unreadable();
    } else {
      const keys = at(names, p[8]);
      metrics = {};
      for (let k = 0; k < keys.length; k++) metrics[keys[k]] = num(p[9 + k]);
    }
    if (typeof p[6] !== "boolean") throw new Unreadable();
    return {
      kind: "version",
      model: p[1] === 0 ? model : str(p[1]),
      version: p[2] === 0 ? sub : str(p[2]),
      commit: p[3] === 0 ? commit : str(p[3]),
      created: str(p[4]),
      fingerprint: str(p[5]),
      metrics,
      passed: p[6],
      evalSettings: at(strings, p[7])
    };
  }
  if (p[0] === 2) return unpackUnassign(p, model, sub);
  if (p[0] !== 1 || !(p[7] === null || typeof p[7] === "string")) throw new Unreadable();
  return {
    kind: "stage",
    model: p[1] === 0 ? model : str(p[1]),
    version: str(p[2]),
    stage: p[3] === 0 ? sub : str(p[3]),
    n: num(p[4]),
    created: str(p[5]),
    promotedBy: str(p[6]),
    runUrl: p[7]
  };
}
var strOrNull = (v) => v === null ? null : str(v);
var ref = (v) => {
  if (!Array.isArray(v) || v.length !== 2) throw new Unreadable();
  return { version: str(v[0]), tag: str(v[1]) };
};
function unpackUnassign(p, model, sub) {
  if (p.length !== 11 && p.length !== 12) throw new Unreadable();
  const exit = p[11];
  if (!(exit === void 0 || exit === null || typeof exit === "number")) throw new Unreadable();
  return {
    kind: "unassign",
    model: p[1] === 0 ? model : str(p[1]),
    version: str(p[2]),
    stage: p[3] === 0 ? sub : str(p[3]),
    n: num(p[4]),
    from: ref(p[5]),
    to: p[6] === null ? null : ref(p[6]),
    reason: str(p[7]),
    by: str(p[8]),
    at: str(p[9]),
    runUrl: strOrNull(p[10]),
    ...p.length === 12 && { exitCode: exit }
  };
}
var Tables = class {
  strings = [];
  names = [];
  stringAt = /* @__PURE__ */ new Map();
  namesAt = /* @__PURE__ */ new Map();
  string(s) {
    let i = this.stringAt.get(s);
    if (i === void 0) this.stringAt.set(s, i = this.strings.push(s) - 1);
    return i;
  }
  nameList(keys) {
    const key = keys.join("\0");
    let i = this.namesAt.get(key);
    if (i === void 0) this.namesAt.set(key, i = this.names.push(keys) - 1);
    return i;
  }
};
function pack(s, tag, commit, t) {
  const model = s.model === tag.model ? 0 : s.model;
  if (s.kind === "unassign") {
    const packed = [
      2,
      model,
      s.version,
      s.stage === tag.stage ? 0 : s.stage,
      s.n,
      [s.from.version, s.from.tag],
      s.to && [s.to.version, s.to.tag],
      s.reason,
      s.by,
      s.at,
      s.runUrl
    ];
    if (s.exitCode !== void 0) packed.push(s.exitCode);
    return packed;
  }
  if (s.kind === "version") {
    const keys = Object.keys(s.metrics);
    const packed = [
      0,
      model,
      s.version === tag.version ? 0 : s.version,
      s.commit === commit ? 0 : s.commit,
      s.created,
      s.fingerprint,
      s.passed,
      t.string(s.evalSettings)
    ];
    if (keys.includes("__proto__")) packed.push(-1, s.metrics);
    else {
      packed.push(t.nameList(keys));
      for (const k of keys) packed.push(s.metrics[k]);
    }
    return packed;
  }
  return [
    1,
    model,
    s.version,
    s.stage === tag.stage ? 0 : s.stage,
    s.n,
    s.created,
    s.promotedBy,
    s.runUrl
  ];
}
function rowOf({ name, object, prepared: p }, t) {
  const tag = p?.tag;
  const commit = p?.raw.commit ?? "";
  const row = [
    name,
    object,
    (p?.raw.annotated ? 1 : 0) + 2 * Math.max(0, KINDS.indexOf(tag?.kind ?? "")),
    commit,
    p?.raw.date ?? "",
    tag?.version ?? tag?.stage ?? "",
    tag?.n ?? -1,
    p?.summary && tag ? pack(p.summary, tag, commit, t) : null
  ];
  const targetType = p?.raw.targetType ?? "commit";
  return targetType === "commit" ? row : [...row, targetType];
}
async function saveTagCache(file, model, tags) {
  const sorted = [...tags].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const t = new Tables();
  const rows = sorted.map((tag) => rowOf(tag, t));
  const head = [FORMAT, VERSION, model, t.strings, t.names];
  const doc = Buffer.from(`${JSON.stringify([head, ...rows])}
`);
  await writeSealedFile(file, KIND, [[doc]], MAX_BYTES);
}

// src/io/registry/read.ts
async function readPreparedTags(git, model) {
  const gitDir = await git.gitDir();
  if (gitDir === null) return [];
  const file = tagCacheFile(gitDir, model);
  const prepared = [];
  const known = [];
  const fresh = [];
  const finish = (raw) => {
    const p = prepareTag(model, raw);
    const kept = p && { raw: { ...raw, message: "" }, tag: p.tag, summary: p.summary };
    if (kept) prepared.push(kept);
    fresh.push({ name: raw.name, object: raw.object ?? "", prepared: kept });
  };
  const onTags = [];
  const onTag = (raw) => raw.targetType === "tag" ? onTags.push(raw) : finish(raw);
  let fetches = null;
  let asked = 0;
  let cache;
  const listing = listTags(
    git,
    model,
    (ref2) => {
      const hit = cache?.get(ref2.name);
      if (hit !== void 0 && hit.object === ref2.object) {
        known.push(hit);
        if (hit.prepared) prepared.push(hit.prepared);
        return;
      }
      fetches ??= [fetchObjects(git, onTag), fetchObjects(git, onTag)];
      fetches[asked++ % fetches.length].request(ref2);
    },
    () => fetches?.forEach((f) => f.flush())
  );
  cache = loadTagCache(file, model);
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
async function listTags(git, model, onRef, onChunkEnd) {
  const listing = new ListingStream(onRef);
  const r = await git.run(
    ["for-each-ref", "--format=%(refname:strip=2)%00%(objectname)", ...modelRefPatterns(model)],
    {
      allowFailure: true,
      onStdout: (chunk) => {
        listing.write(chunk);
        onChunkEnd();
      }
    }
  );
  if (r.code !== 0) {
    if (await git.gitDir() === null) return 0;
    throw new LeptonError("git", `could not read the tags of ${model}: ${lastLines(r.stderr)}`);
  }
  listing.end();
  return listing.count;
}
function fetchObjects(git, onTag) {
  const refs = [];
  const stream = new ObjectStream(refs, onTag);
  let write = () => {
  };
  let end;
  const fed = new Promise((resolve) => end = resolve);
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
    request: (ref2) => {
      refs.push(ref2);
      ids += `${ref2.object}
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

// src/io/registry/identity.ts
var ACTIONS_BOT = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com",
  source: "actions"
};
async function resolveIdentity(git, settings) {
  if (settings.ci && !await configured(git, settings)) return ACTIONS_BOT;
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
async function configured(git, settings) {
  if (settings.identityInEnv) return true;
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
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// src/io/registry/index.ts
async function readRegistry(git, model) {
  return assembleRegistry(model, await readPreparedTags(git, model));
}

export {
  readRecord,
  readRecordsOfRegistries,
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
  readRegistry
};
