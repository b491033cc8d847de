import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  mergeMetrics,
  parseMetrics
} from "./chunk-EF7KBQEY.js";
import {
  readRecord
} from "./chunk-GESJICZ4.js";
import {
  readRegistry
} from "./chunk-4LCEGOUY.js";
import {
  fingerprintModel,
  listTree
} from "./chunk-M43L6P5J.js";
import {
  matchParts
} from "./chunk-XZDXFT7T.js";
import {
  locate,
  require_dist
} from "./chunk-MUEX25PC.js";
import {
  InputFileError,
  MANIFEST_MAX_BYTES,
  readInputText
} from "./chunk-EAKUNXN4.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";
import {
  __toESM
} from "./chunk-3CYXKRVX.js";

// src/app/status.ts
import { join } from "node:path";

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

// src/app/status.ts
async function fingerprintProject(ctx, options = {}) {
  const { onProgress, listing, deferSave } = options;
  const cacheDir = ctx.repoRoot ? ctx.git.gitDir().then((d) => d ? join(d, "lepton") : null) : null;
  const fp = await fingerprintModel(ctx.manifest, {
    modelDir: ctx.modelDir,
    repoRoot: ctx.repoRoot,
    cacheDir,
    env: ctx.env,
    ...onProgress && { onProgress },
    ...listing && { listing },
    ...deferSave && { deferSave }
  });
  return fp;
}
async function status(ctx, options = {}) {
  if (options.files && !ctx.repoRoot) {
    throw new LeptonError(
      "invalid",
      "--files lists what git would track: run it in a git work tree"
    );
  }
  const [fp, registry, files] = await Promise.all([
    fingerprintProject(ctx, { onProgress: options.onProgress }),
    ctx.repoRoot ? readRegistry(ctx.git, ctx.manifest.model) : null,
    options.files ? partFileLists(ctx) : void 0
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
    // The parts' hashes are in the whole record only: one git call for the latest version.
    changed: changedParts(fp, latest && await readRecord(ctx.git, latest)),
    ...files && { files }
  };
}
async function partFileLists(ctx) {
  const tree = await listTree(ctx.manifest, {
    modelDir: ctx.modelDir,
    repoRoot: ctx.repoRoot,
    cacheDir: null,
    env: ctx.env
  });
  const { parts } = matchParts(tree.parts, tree.files, true);
  const of = (kind) => Object.fromEntries(parts.filter((p) => p.kind === kind).map((p) => [p.name, p.files]));
  const evalFiles = parts.find((p) => p.kind === "eval")?.files;
  return {
    components: of("component"),
    data: of("data"),
    ...evalFiles?.length && { eval: evalFiles }
  };
}

// src/io/eval/run.ts
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
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
  "DOCKER_AUTH_CONFIG",
  "SSH_AUTH_SOCK"
]);
var SECRET_WORD = /(?:TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL)S?$/;
var SECRET_WHOLE_WORDS = /* @__PURE__ */ new Set(["PAT", "PASS", "PWD", "KEY", "KEYS", "AUTHORIZATION"]);
var SECRET_LAST_WORDS = /* @__PURE__ */ new Set(["AUTH"]);
var KEPT_NAMES = /* @__PURE__ */ new Set(["PWD"]);
var SECRET_PARTS = ["PRIVATE_KEY", "API_KEY", "APIKEY", "ACCESS_KEY"];
var URL_WITH_PASSWORD = /[a-z0-9+.-]:\/\/[^\s/?#@:]*:[^\s/?#]+@/i;
var FILE_COMMANDS_DIR = "_runner_file_commands";
function isWithheld(name, value) {
  const upper = name.toUpperCase();
  if (DROPPED_PREFIXES.some((p) => upper.startsWith(p))) return true;
  if (DROPPED_NAMES.has(upper)) return true;
  if (SECRET_PARTS.some((p) => upper.includes(p))) return true;
  const words = upper.split("_");
  if (words.some((word) => SECRET_WORD.test(word))) return true;
  if (!KEPT_NAMES.has(upper) && words.some((word) => SECRET_WHOLE_WORDS.has(word))) return true;
  if (SECRET_LAST_WORDS.has(words[words.length - 1])) return true;
  if (value === void 0) return false;
  return value.includes(FILE_COMMANDS_DIR) || URL_WITH_PASSWORD.test(value);
}
function childEnv(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === void 0 || isWithheld(k, v)) continue;
    out[k] = v;
  }
  return out;
}

// src/io/interrupts.ts
function isInterrupt(reason) {
  return typeof reason === "object" && reason !== null && reason.kind === "interrupt" && typeof reason.hold === "function";
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
import { readFileSync, readdirSync, readlinkSync } from "node:fs";
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
    const stat3 = readFileSync(`/proc/${pid}/stat`, "utf8");
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
function describe(pid, name) {
  let command = name;
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    if (argv.length) command = argv.join(" ");
  } catch {
  }
  return { pid, command: command.length > 200 ? `${command.slice(0, 199)}\u2026` : command };
}
function groupMembers(pgid) {
  const out = [];
  for (const pid of procPids()) {
    const st = procStat(pid);
    if (st && st.pgrp === pgid && live(st.state)) out.push(describe(pid, st.name));
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
  const mine = /* @__PURE__ */ new Set();
  try {
    for (const fd of readdirSync("/proc/self/fd")) {
      try {
        mine.add(readlinkSync(`/proc/self/fd/${fd}`));
      } catch {
      }
    }
  } catch {
    return [];
  }
  const out = [];
  for (const fd of [1, 2]) {
    try {
      const link = readlinkSync(`/proc/${pid}/fd/${fd}`);
      if (/^(socket|pipe):\[\d+\]$/.test(link) && !mine.has(link) && !out.includes(link)) {
        out.push(link);
      }
    } catch {
    }
  }
  return out;
}
var RUN_MARKER = "_LEPTON_EVAL_RUN";
function outputHolders(channels, marker) {
  const tag = marker === void 0 ? null : `${RUN_MARKER}=${marker}`;
  if (channels.length === 0 && tag === null) return [];
  const out = [];
  for (const pid of procPids()) {
    if (pid === process.pid) continue;
    let fds;
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    const holds = channels.length > 0 ? fds.some((fd) => {
      try {
        return channels.includes(readlinkSync(`/proc/${pid}/fd/${fd}`));
      } catch {
        return false;
      }
    }) : carries(pid, tag);
    const st = holds ? procStat(pid) : null;
    if (st && live(st.state)) out.push(describe(pid, st.name));
  }
  return out;
}
function carries(pid, entry) {
  try {
    return readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(entry);
  } catch {
    return false;
  }
}
function nameProcesses(list) {
  return list.map((p) => `${p.pid} (${p.command})`).join(", ");
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitGone(pgid, ms, signal) {
  const deadline = Date.now() + ms;
  for (; ; ) {
    if (!groupRunning(pgid)) return true;
    if (Date.now() >= deadline || signal?.aborted) return false;
    await sleep(Math.min(25, Math.max(1, deadline - Date.now())));
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
      await sleep(25);
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
var CommandFailure = class extends LeptonError {
  constructor(message, details, exitCode, signal, timedOut) {
    super("eval", message, details);
    this.exitCode = exitCode;
    this.signal = signal;
    this.timedOut = timedOut;
  }
  exitCode;
  signal;
  timedOut;
};
var TAIL_CHARS = 16384;
var TAIL_LINES = 20;
function duration(ms) {
  if (ms % 36e5 === 0) return `${ms / 36e5}h`;
  if (ms % 6e4 === 0) return `${ms / 6e4}m`;
  return `${ms / 1e3}s`;
}
function lastLines(text) {
  return text.split(/\r?\n/).filter((l) => l.trim() !== "").slice(-TAIL_LINES).map((l) => l.length > 500 ? `${l.slice(0, 499)}\u2026` : l);
}
var DEFAULT_SETTLE_MS = 5e3;
var DEFAULT_OUTPUT_GRACE_MS = 2e3;
function after(ms, fn) {
  const timer = longTimeout(fn, ms);
  return () => timer.clear();
}
async function runEvalCommand(options) {
  if (options.signal?.aborted)
    throw abortedError(options.label ?? "eval command", options.signal.reason, []);
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
  const label = options.label ?? "eval command";
  const nothingRead = options.label === void 0 ? " and no metrics were read" : "";
  const outputGraceMs = options.outputGraceMs ?? DEFAULT_OUTPUT_GRACE_MS;
  const startedAtMs = Date.now();
  const marker = randomUUID();
  const child = spawn("sh", ["-c", options.command], {
    cwd: options.cwd,
    // The one policy for what a command from the repository may see (no token, no file commands).
    // The marker finds the run's descendants that left its group, if its output cannot be traced.
    env: { ...childEnv(options.env), [RUN_MARKER]: marker },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"]
  });
  const pgid = child.pid;
  const channels = pgid ? outputChannels(pgid) : [];
  let stderrTail = "";
  let stdoutTail = "";
  const pipe = (stream, isErr) => {
    const decoder = new StringDecoder("utf8");
    const take = (text) => {
      if (!text) return;
      options.output(text);
      if (isErr) stderrTail = (stderrTail + text).slice(-TAIL_CHARS);
      else stdoutTail = (stdoutTail + text).slice(-TAIL_CHARS);
    };
    stream.on("data", (b) => take(decoder.write(b)));
    stream.on("end", () => take(decoder.end()));
    return new Promise((done) => stream.once("close", () => done()));
  };
  const outputClosed = Promise.all([pipe(child.stdout, false), pipe(child.stderr, true)]);
  const tail = () => lastLines(stderrTail).length ? lastLines(stderrTail) : lastLines(stdoutTail);
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
  let holders = [];
  const killNow = () => {
    if (pgid) signalGroup(pgid, "SIGKILL");
    for (const p of holders) killQuietly(p.pid);
  };
  let release = null;
  const onAbort = () => {
    const reason = options.signal?.reason;
    if (isInterrupt(reason)) {
      release = reason.hold();
      if (reason.insist.aborted) killNow();
      else reason.insist.addEventListener("abort", killNow, { once: true });
    }
    if (stop) killNow();
    requestStop({ kind: "abort", reason });
  };
  const onExit = killNow;
  options.signal?.addEventListener("abort", onAbort, { once: true });
  process.on("exit", onExit);
  const cleanup = () => {
    cancelTimer?.();
    options.signal?.removeEventListener("abort", onAbort);
    const reason = options.signal?.reason;
    if (isInterrupt(reason)) reason.insist.removeEventListener("abort", killNow);
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
    holders = outputHolders(channels, marker);
    await stopProcesses(
      holders.map((p) => p.pid),
      options.killGraceMs
    );
    await bounded(outputClosed, outputGraceMs);
    child.stdout.destroy();
    child.stderr.destroy();
    return { group };
  };
  const stoppedError = (why) => {
    if (why.kind === "abort") return abortedError(label, why.reason, tail());
    return new CommandFailure(
      `${label} timed out after ${duration(options.timeoutMs ?? 0)} (${options.timeoutKey ?? "eval.timeout"}); its processes were stopped`,
      tail(),
      null,
      null,
      true
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
      throw new LeptonError("eval", `could not run the ${label}: ${exit.message}`, [], {
        cause: exit
      });
    }
    if (exit !== null && (exit.signal !== null || exit.code !== 0)) {
      const { group } = await stopAll();
      if (group) options.warn(`the ${label} left processes running; they were stopped`);
      throw new CommandFailure(
        exit.signal ? `${label} was killed by ${exit.signal}` : `${label} exited with code ${exit.code ?? "?"}`,
        tail(),
        exit.code,
        exit.signal,
        false
      );
    }
    const settled = exit === null || !pgid ? null : await bounded(waitGone(pgid, settleMs, abort.signal), settleMs + 1e3);
    if (stopNow() === null && pgid && settled !== true) {
      const left = groupMembers(pgid);
      await stopAll();
      throw new LeptonError(
        "eval",
        `the ${label} exited, but ${left.length ? `processes it started were still running ${duration(settleMs)} later: ${nameProcesses(left)}` : `processes of its group (${pgid}) were still running ${duration(settleMs)} later`}; they were stopped${nothingRead}`,
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
      const left = outputHolders(channels, marker);
      holders = left;
      await stopAll();
      throw new LeptonError(
        "eval",
        `the ${label} exited, but ${left.length ? `processes outside its process group held its output open ${duration(outputGraceMs)} later: ${nameProcesses(left)}` : `its output was still held open ${duration(outputGraceMs)} later (by a process that left its process group)`}; they were stopped${nothingRead}`,
        [
          "a daemon an eval starts must not keep its stdout/stderr (redirect them: `setsid -f cmd >/dev/null 2>&1`), and should not outlive it",
          ...tail()
        ]
      );
    }
    const why = stopNow();
    if (why !== null) {
      await stopAll();
      throw stoppedError(why);
    }
    return { startedAtMs, durationMs: Date.now() - startedAtMs };
  } finally {
    cleanup();
    release?.();
  }
}
function abortedError(label, reason, tail) {
  const why = isInterrupt(reason) ? `Lepton received ${reason.signal}` : (
    // An Error, or the DOMException of abort() without a reason (from any realm).
    typeof reason?.message === "string" ? reason.message : "it was aborted"
  );
  return new LeptonError("eval", `the ${label} was stopped: ${why}`, tail);
}
function killQuietly(pid) {
  try {
    process.kill(pid, "SIGKILL");
  } catch {
  }
}

// src/io/eval/metrics-files.ts
import { stat as stat2 } from "node:fs/promises";
import { relative as relative2, resolve } from "node:path";

// src/io/eval/written-files.ts
import { lstat, readdir } from "node:fs/promises";
import { join as join2, relative, sep } from "node:path";
var SKIP = /* @__PURE__ */ new Set([".git", "node_modules", ".venv", "venv", "__pycache__", ".dvc", ".lepton"]);
async function filesWrittenSince(dir, sinceMs, limit = 8, maxEntries = 2e4) {
  const found = [];
  let seen = 0;
  const queue = [dir];
  while (queue.length && seen < maxEntries) {
    const folder = queue.shift();
    let names;
    try {
      names = (await readdir(folder)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (++seen > maxEntries) break;
      const path = join2(folder, name);
      let st;
      try {
        st = await lstat(path);
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        if (!SKIP.has(name)) queue.push(path);
      } else if (st.isFile() && st.mtimeMs >= sinceMs) {
        found.push(relative(dir, path).split(sep).join("/"));
      }
    }
  }
  const metricsLike = (p) => /\.(json|csv|ya?ml|txt)$/i.test(p);
  found.sort((a, b) => Number(metricsLike(b)) - Number(metricsLike(a)) || (a < b ? -1 : 1));
  return found.slice(0, limit);
}

// src/io/eval/metrics-files.ts
var MTIME_SLACK_MS = 2e3;
var HINT_SLACK_MS = 20;
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
    paths.map(async (p) => [p, await statOrNull(resolve(baseDir, p))])
  );
  return new Map(entries);
}
async function staleness(baseDir, p, before, startedAtMs) {
  const now = await statOrNull(resolve(baseDir, p));
  const then = before.get(p) ?? null;
  if (!now) return `${p}: the eval did not write it (it does not exist)`;
  if (!now.isFile()) return `${p}: not a file`;
  if (then && same(then, now))
    return `${p}: not written by this run (unchanged since before the eval started)`;
  if (Number(now.mtimeMs) < startedAtMs - MTIME_SLACK_MS) {
    return `${p}: older than this eval's start (modified ${new Date(Number(now.mtimeMs)).toISOString()}, eval started ${new Date(startedAtMs).toISOString()})`;
  }
  return null;
}
async function readMetricsFiles(baseDir, paths, before, startedAtMs, metricsKey = async () => "eval.metrics") {
  const problems = [];
  const stale = [];
  const fresh = [];
  for (const p of paths) {
    const problem = await staleness(baseDir, p, before, startedAtMs);
    if (problem) {
      problems.push(problem);
      stale.push(p);
    } else fresh.push(p);
  }
  if (problems.length) {
    throw new LeptonError(
      "eval",
      `${problems.length} metrics file(s) were not written by this eval (never reading stale numbers)`,
      [...problems, ...await whereItWrote(baseDir, startedAtMs, await metricsKey(), stale)]
    );
  }
  const files = await Promise.all(
    fresh.map(async (p) => ({
      source: p,
      metrics: parseMetrics(p, await readEvalOutput(baseDir, p))
    }))
  );
  return mergeMetrics(files);
}
async function whereItWrote(baseDir, startedAtMs, key, stale) {
  const notWritten = new Set(stale.map((p) => relative2(baseDir, resolve(baseDir, p))));
  const written = (await filesWrittenSince(baseDir, startedAtMs - HINT_SLACK_MS)).filter(
    (f) => !notWritten.has(relative2(baseDir, resolve(baseDir, f)))
  );
  const fix = `${key} names the file(s) read after the eval (relative to the manifest): make it match what the eval writes`;
  if (!written.length) return [`the eval wrote no file below ${baseDir}`, fix];
  return [`files this eval wrote: ${written.join(", ")}`, fix];
}
var EVAL_OUTPUT_MAX_BYTES = 256 * 1024 * 1024;
async function readEvalOutput(baseDir, p) {
  try {
    return await readInputText(resolve(baseDir, p), EVAL_OUTPUT_MAX_BYTES);
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    throw new LeptonError("eval", `${p}: ${e.reason}`);
  }
}

// src/app/key-location.ts
var import_yaml = __toESM(require_dist(), 1);
import { relative as relative3 } from "node:path";
async function keyLocation(app, path) {
  try {
    const counter = new import_yaml.LineCounter();
    const doc = (0, import_yaml.parseDocument)(await readInputText(app.manifestPath, MANIFEST_MAX_BYTES), {
      lineCounter: counter
    });
    const at = locate(doc, counter, path);
    const file = relative3(app.repoRoot ?? app.modelDir, app.manifestPath) || app.manifestPath;
    return `${file}:${at.line}:${at.column} ${path.join(".")}`;
  } catch {
    return path.join(".");
  }
}
var metricsKeyLocation = (app) => keyLocation(
  app,
  app.manifest.eval.metrics.length === 1 ? ["eval", "metrics"] : ["eval", "metrics"]
);

export {
  changedParts,
  fingerprintProject,
  status,
  CommandFailure,
  runEvalCommand,
  snapshotMetricsFiles,
  staleness,
  readMetricsFiles,
  readEvalOutput,
  metricsKeyLocation
};
