import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  storeSettingsFromEnv
} from "./chunk-W5EEA2B3.js";
import {
  parseDuration
} from "./chunk-W7XFMGYR.js";
import {
  LeptonError
} from "./chunk-JFBFOGK2.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/io/github/run-url.ts
function workflowRunUrl(env) {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return null;
  return `${GITHUB_SERVER_URL || "https://github.com"}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}
__name(workflowRunUrl, "workflowRunUrl");

// src/io/git.ts
import { spawn } from "node:child_process";

// src/io/repo-discovery.ts
import { lstatSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
var GIT_DISCOVERY_ENV = /^GIT_(DIR|WORK_TREE|CEILING_DIRECTORIES|DISCOVERY_ACROSS_FILESYSTEM|COMMON_DIR|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|CONFIG|CONFIG_PARAMETERS|CONFIG_COUNT|NAMESPACE|INDEX_FILE|SHALLOW_FILE)$/;
function discoverRepository(cwd, env) {
  try {
    for (const [k, v] of Object.entries(env)) {
      if (v !== void 0 && GIT_DISCOVERY_ENV.test(k)) return null;
    }
    const uid = process.geteuid?.();
    if (uid === void 0) return null;
    let dir = realpathSync(cwd);
    const dev = statSync(dir).dev;
    for (; ; ) {
      if (basename(dir) === ".git" || looksLikeGitDir(dir)) return null;
      const dot = join(dir, ".git");
      const st = lstatOrNull(dot);
      if (st) return st.isDirectory() ? plainRepository(dir, dot, uid) : null;
      const parent = dirname(dir);
      if (parent === dir || statSync(parent).dev !== dev) return null;
      dir = parent;
    }
  } catch {
    return null;
  }
}
__name(discoverRepository, "discoverRepository");
function lstatOrNull(path) {
  try {
    return lstatSync(path);
  } catch (e) {
    if (e.code === "ENOENT") return null;
    throw e;
  }
}
__name(lstatOrNull, "lstatOrNull");
function looksLikeGitDir(dir) {
  return lstatOrNull(join(dir, "HEAD")) !== null && lstatOrNull(join(dir, "objects")) !== null;
}
__name(looksLikeGitDir, "looksLikeGitDir");
var HEAD = /^(ref: refs\/\S+|[0-9a-f]{40}|[0-9a-f]{64})\n?$/;
function plainRepository(top, gitDir, uid) {
  if (statSync(top).uid !== uid || statSync(gitDir).uid !== uid) return null;
  if (!HEAD.test(readFileSync(join(gitDir, "HEAD"), "utf8"))) return null;
  if (!lstatOrNull(join(gitDir, "objects"))?.isDirectory()) return null;
  if (!lstatOrNull(join(gitDir, "refs"))?.isDirectory()) return null;
  if (lstatOrNull(join(gitDir, "commondir"))) return null;
  const config = readFileSync(join(gitDir, "config"), "utf8");
  if (!plainConfig(config)) return null;
  const shallow = lstatOrNull(join(gitDir, "shallow"));
  if (shallow && (!shallow.isFile() || shallow.size === 0)) return null;
  return { top, gitDir, shallow: shallow !== null };
}
__name(plainRepository, "plainRepository");
function plainConfig(text) {
  if (/worktree|include|extensions|\\\s*$/im.test(text)) return false;
  for (const m of text.matchAll(/^\s*bare\b\s*(?:=\s*([^\s#;]*))?\s*(?:[#;].*)?$/gim)) {
    if (m[1] === void 0 || !/^(false|no|off|0)$/i.test(m[1])) return false;
  }
  const version = /^\s*repositoryformatversion\s*=\s*(\d+)\s*$/im.exec(text);
  return version === null || Number(version[1]) <= 1;
}
__name(plainConfig, "plainConfig");

// src/io/settings.ts
var processEnv = /* @__PURE__ */ __name(() => process.env, "processEnv");
function readSettings(env = processEnv()) {
  const ci = env.GITHUB_ACTIONS === "true";
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  const grace = Number(env.LEPTON_KILL_GRACE_MS);
  return {
    ci,
    actor: ci && env.GITHUB_ACTOR || null,
    runUrl: ci ? workflowRunUrl(env) : null,
    repositoryUrl: env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}` : null,
    identityInEnv: Boolean(env.GIT_COMMITTER_EMAIL || env.EMAIL),
    killGraceMs: env.LEPTON_KILL_GRACE_MS && Number.isFinite(grace) && grace >= 0 ? grace : DEFAULT_KILL_GRACE_MS,
    pushBudgetMs: pushBudgetMs(env),
    store: storeSettingsFromEnv(env),
    debug: env.LEPTON_DEBUG === "1",
    env
  };
}
__name(readSettings, "readSettings");
var DEFAULT_KILL_GRACE_MS = 1e4;
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
__name(pushBudgetMs, "pushBudgetMs");

// src/io/git.ts
var lastLines = /* @__PURE__ */ __name((text, fallback = "no message", n = 3) => text.trim().split("\n").slice(-n).join("\n") || fallback, "lastLines");
var Git = class _Git {
  constructor(cwd, baseEnv = processEnv()) {
    this.cwd = cwd;
    this.baseEnv = baseEnv;
  }
  cwd;
  baseEnv;
  static {
    __name(this, "Git");
  }
  known = {
    gitDir: null,
    shallowAtTopLevel: null,
    plainLayout: false,
    remotes: /* @__PURE__ */ new Map()
  };
  /** The top-level answer of this folder (its cwd never changes). */
  top = null;
  /** Git for another folder of the same repository, keeping (and sharing) what this one learnt. */
  at(cwd) {
    const git = new _Git(cwd, this.baseEnv);
    git.known = this.known;
    if (cwd === this.cwd) git.top = this.top;
    return git;
  }
  run(args, options = {}) {
    return new Promise((resolve, reject) => {
      const child = spawn("git", [...args], {
        cwd: this.cwd,
        // With every request given at once, git need not flush its answer per line (`--stdin`
        // modes do when stdout is a pipe, unless GIT_FLUSH=0): check-attr on 10,000 paths took
        // ~950 reads here and twice the time, against ~35 reads buffered.
        env: this.env(
          options.input !== void 0 && !options.feed ? { GIT_FLUSH: "0", ...options.env } : options.env
        ),
        stdio: ["pipe", "pipe", "pipe"]
      });
      const out = [];
      const err = [];
      child.stdout.on("data", options.onStdout ?? ((b) => out.push(b)));
      child.stderr.on("data", (b) => err.push(b));
      child.on(
        "error",
        (e) => reject(new LeptonError("git", `could not run git: ${e.message}`, [], { cause: e }))
      );
      child.on("close", (code) => {
        const result = {
          stdout: Buffer.concat(out).toString(options.encoding ?? "utf8"),
          stderr: Buffer.concat(err).toString("utf8"),
          code: code ?? 128
        };
        if (result.code !== 0 && !options.allowFailure) {
          const msg = lastLines(result.stderr, `exit ${result.code}`);
          reject(new LeptonError("git", `git ${args[0] ?? ""} failed: ${msg}`));
        } else {
          resolve(result);
        }
      });
      child.stdin.on("error", () => {
      });
      if (options.feed) {
        const end = /* @__PURE__ */ __name(() => void child.stdin.end(), "end");
        options.feed((text) => void child.stdin.write(text)).then(end, end);
      } else {
        child.stdin.end(options.input ?? "");
      }
    });
  }
  env(extra) {
    return { ...this.baseEnv, LC_ALL: "C", GIT_TERMINAL_PROMPT: "0", ...extra };
  }
  /** stdout, trimmed of the trailing newline. */
  async out(args, options = {}) {
    return (await this.run(args, options)).stdout.replace(/\n$/, "");
  }
  /**
   * The repository's top level, or null outside a work tree; asked of git once per Git object.
   * The same git process names the git directory and says whether the clone is shallow, so a
   * later gitDir() or isShallow() spawns nothing.
   */
  topLevel() {
    this.top ??= this.askTopLevel();
    return this.top;
  }
  async askTopLevel() {
    const found = discoverRepository(this.cwd, this.baseEnv);
    if (found) {
      this.known.gitDir = found.gitDir;
      this.known.shallowAtTopLevel = found.shallow;
      this.known.plainLayout = true;
      return found.top;
    }
    const r = await this.run(
      ["rev-parse", "--show-toplevel", "--absolute-git-dir", "--is-shallow-repository"],
      { allowFailure: true }
    );
    if (r.code !== 0) return null;
    const lines = r.stdout.split("\n");
    if (lines.length !== 4 || lines[3] !== "" || !/^(true|false)$/.test(lines[2])) {
      const top = await this.run(["rev-parse", "--show-toplevel"], { allowFailure: true });
      return top.code === 0 ? top.stdout.replace(/\n$/, "") : null;
    }
    this.known.gitDir = lines[1];
    this.known.shallowAtTopLevel = lines[2] === "true";
    return lines[0];
  }
  /** The URL of remote `name` as configured (credentials and all), or null when there is none. */
  remoteUrl(name = "origin") {
    let url = this.known.remotes.get(name);
    if (!url) {
      url = this.run(["remote", "get-url", name], { allowFailure: true }).then(
        (r) => r.code === 0 ? r.stdout.trim() : null
      );
      this.known.remotes.set(name, url);
      url.catch(() => this.known.remotes.delete(name));
    }
    return url;
  }
  /** The names of the repository's remotes (`git remote`), sorted as git lists them; [] for none. */
  async remoteNames() {
    const r = await this.run(["remote"], { allowFailure: true });
    return r.code === 0 ? r.stdout.split("\n").filter(Boolean) : [];
  }
  /**
   * Whether the clone was shallow when topLevel() asked (null before, or when git could not
   * say): for a caller that runs right after it (the Action's history fetch) and need not ask
   * again. A fetch, or the user, may have changed it since.
   */
  get shallowAtTopLevel() {
    return this.known.shallowAtTopLevel;
  }
  /**
   * The git directory when topLevel() found it without git (a `.git` folder that holds the
   * repository's own refs, as gitrepository-layout(5) lays them out, nothing in the
   * environment or config moving them), else null: where a caller may read a loose ref git has
   * just written instead of asking git.
   */
  get plainGitDir() {
    return this.known.plainLayout ? this.known.gitDir : null;
  }
  /** The git directory (absolute), or null outside a repository. */
  async gitDir() {
    if (this.known.gitDir !== null) return this.known.gitDir;
    const r = await this.run(["rev-parse", "--absolute-git-dir"], { allowFailure: true });
    if (r.code !== 0) return null;
    this.known.gitDir = r.stdout.trim();
    return this.known.gitDir;
  }
};

export {
  workflowRunUrl,
  processEnv,
  readSettings,
  DEFAULT_KILL_GRACE_MS,
  DEFAULT_BUDGET_MS,
  lastLines,
  Git
};
