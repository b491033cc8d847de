import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  ObjectStream,
  eventCounterRef,
  eventCounterRefspec,
  modelRefPatterns,
  parseTagName
} from "./chunk-4LCEGOUY.js";
import {
  parseRecord
} from "./chunk-AKFQBEK6.js";
import {
  lastLines
} from "./chunk-WFCPIERG.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";

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
    input: refs.map((ref) => `${ref.object}
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
var maskUrls = (text) => text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi, "$1***@");
function gitReason(stderr, code, n = 5) {
  const lines = stderr.split("\n").map((l) => l.trim());
  const said = lines.filter((l) => /^! \[|^(error|fatal):/.test(l));
  const chosen = (said.length ? said : lines.filter(Boolean).slice(-3)).slice(0, n);
  const more = said.length > n ? ` (and ${said.length - n} more)` : "";
  const text = chosen.map((l) => l.length > 300 ? `${l.slice(0, 299)}\u2026` : l).join("; ");
  return text ? maskUrls(text) + more : `exit ${code}`;
}
var NEW_TAG = /^ \* \[new tag\]\s+\S+\s+->\s+(\S+)/;
var CLOBBER = /^ ! \[rejected\]\s+\S+\s+->\s+(\S+)\s+\(would clobber existing tag\)$/;
function readTagFetch(r) {
  const lines = r.stderr.split("\n");
  const created = lines.flatMap((l) => NEW_TAG.exec(l)?.[1] ?? []);
  const kept = lines.flatMap((l) => CLOBBER.exec(l)?.[1] ?? []);
  if (r.code !== 0) {
    const other = lines.some(
      (l) => /^ ! \[/.test(l) && !CLOBBER.test(l) || /^(error|fatal):/.test(l)
    );
    if (kept.length === 0 || other) {
      throw new LeptonError("git", `git fetch failed: ${gitReason(r.stderr, r.code)}`);
    }
  }
  return { created, kept };
}
function keptTagsWarning(remote, fetched) {
  if (fetched.kept.length === 0) return null;
  const names = fetched.kept.slice(0, 5).join(", ");
  const more = fetched.kept.length > 5 ? ` and ${fetched.kept.length - 5} more` : "";
  return `kept the local tag(s) ${names}${more}: ${remote}'s tags of the same name differ (git: would clobber existing tag); the local ones are neither moved nor deleted, and ${remote}'s other tags were fetched`;
}
async function fetchModelTags(git, remote, model, warn) {
  const r = await git.run(
    [
      "fetch",
      "--no-tags",
      "--no-write-fetch-head",
      remote,
      ...modelRefPatterns(model).map((p) => `${p}:${p}`),
      eventCounterRefspec(model)
    ],
    { allowFailure: true }
  );
  const fetched = readTagFetch(r);
  const kept = keptTagsWarning(remote, fetched);
  if (kept !== null) warn?.(kept);
  return fetched;
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
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
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
  const object = await looseTagObject(git, tag.name) ?? await tagObject(git, tag.name);
  if (!object) throw new LeptonError("git", `tag ${tag.name} vanished right after it was made`);
  return object;
}
async function looseTagObject(git, name) {
  await git.topLevel();
  const dir = git.plainGitDir;
  if (dir === null || existsSync(join(dir, "commondir"))) return null;
  try {
    const text = await readFile(join(dir, "refs", "tags", name), "latin1");
    return /^[0-9a-f]{40}(?:[0-9a-f]{24})?\n$/.test(text) ? text.slice(0, -1) : null;
  } catch {
    return null;
  }
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
  readTagFetch,
  keptTagsWarning,
  fetchModelTags,
  readEventCounter,
  syncEventCounter,
  backoffMs,
  sleep
};
