import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  assembleRegistry,
  eventCounterRef,
  eventCounterRefspec,
  modelRefPatterns,
  parseTagName,
  prepareTag
} from "./chunk-L65MCM2F.js";
import {
  parseRecord
} from "./chunk-7INMYSAH.js";
import {
  readSealedFile,
  writeSealedFile
} from "./chunk-JERYSK4X.js";
import {
  lastLines
} from "./chunk-3C3WCQCJ.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";

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
  const ref = `refs/tags/${tag}`;
  const args = ["push", "--porcelain", "--atomic"];
  const refspecs = [`${ref}:${ref}`];
  const refs = [ref];
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
var VERSION = 7;
var KIND = "tag-cache";
var MAX_BYTES = 256 << 20;
function tagCacheFile(gitDir, model) {
  return join(gitDir, "lepton", "tags", `${encodeURIComponent(model)}.json`);
}
function loadTagCache(file, model, loadRecord) {
  const out = /* @__PURE__ */ new Map();
  const body = readSealedFile(file, KIND, MAX_BYTES)?.section(0);
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
  await writeSealedFile(file, KIND, [[doc]], MAX_BYTES);
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
