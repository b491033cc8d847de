import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  storeSettingsFromEnv
} from "./chunk-4YM7E7F7.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";
import {
  parseDuration
} from "./chunk-KMMTIK5O.js";

// src/io/git.ts
import { spawn } from "node:child_process";

// src/io/github/run-url.ts
function workflowRunUrl(env) {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return null;
  return `${GITHUB_SERVER_URL || "https://github.com"}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}

// src/io/settings.ts
var processEnv = () => process.env;
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

// src/io/git.ts
var lastLines = (text, fallback = "no message", n = 3) => text.trim().split("\n").slice(-n).join("\n") || fallback;
var Git = class _Git {
  constructor(cwd, baseEnv = processEnv()) {
    this.cwd = cwd;
    this.baseEnv = baseEnv;
  }
  cwd;
  baseEnv;
  /** The git directory once known (it cannot change under a work tree that exists). */
  knownGitDir = null;
  /** Git for another folder of the same repository, keeping what this one learnt. */
  at(cwd) {
    const git = new _Git(cwd, this.baseEnv);
    git.knownGitDir = this.knownGitDir;
    return git;
  }
  run(args, options = {}) {
    return new Promise((resolve, reject) => {
      const child = spawn("git", [...args], {
        cwd: this.cwd,
        env: this.env(options.env),
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
        const end = () => void child.stdin.end();
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
   * The repository's top level, or null outside a work tree. The same git process names the
   * git directory, so a later gitDir() spawns nothing (each spawn costs a few ms of a start).
   */
  async topLevel() {
    const r = await this.run(["rev-parse", "--show-toplevel", "--absolute-git-dir"], {
      allowFailure: true
    });
    if (r.code !== 0) return null;
    const lines = r.stdout.split("\n");
    if (lines.length !== 3 || lines[2] !== "") {
      const top = await this.run(["rev-parse", "--show-toplevel"], { allowFailure: true });
      return top.code === 0 ? top.stdout.trim() : null;
    }
    this.knownGitDir = lines[1].trim();
    return lines[0].trim();
  }
  /** The URL of remote `name` as configured (credentials and all), or null when there is none. */
  async remoteUrl(name = "origin") {
    const r = await this.run(["remote", "get-url", name], { allowFailure: true });
    return r.code === 0 ? r.stdout.trim() : null;
  }
  /** The git directory (absolute), or null outside a repository. */
  async gitDir() {
    if (this.knownGitDir !== null) return this.knownGitDir;
    const r = await this.run(["rev-parse", "--absolute-git-dir"], { allowFailure: true });
    if (r.code !== 0) return null;
    this.knownGitDir = r.stdout.trim();
    return this.knownGitDir;
  }
};

export {
  processEnv,
  readSettings,
  DEFAULT_KILL_GRACE_MS,
  DEFAULT_BUDGET_MS,
  lastLines,
  Git
};
