import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  lastLines
} from "./chunk-X2WYGQIF.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";

// src/io/changes.ts
async function worktreeChanges(git, head = headCommit(git)) {
  const untracked = git.run(["ls-files", "-z", "--others", "--exclude-standard"]);
  const out = new Set(split0((await untracked).stdout));
  if (await head === null) {
    for (const f of split0((await git.run(["ls-files", "-z", "--cached"])).stdout)) out.add(f);
    return out;
  }
  const diff = await git.run(
    ["diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", await head, "--"],
    { allowFailure: true }
  );
  if (diff.code !== 0) {
    throw new LeptonError(
      "git",
      `could not compare the working tree with HEAD: ${lastLines(diff.stderr)}`
    );
  }
  for (const f of split0(diff.stdout)) out.add(f);
  return out;
}
async function changesToHead(git, commits, head = headCommit(git)) {
  const result = /* @__PURE__ */ new Map();
  const unique = [...new Set(commits)];
  if (unique.length === 0) return result;
  const to = await head;
  if (to === null) {
    for (const c of unique) result.set(c, null);
    return result;
  }
  const r = await git.run(
    ["diff-tree", "--always", "-r", "--no-renames", "--name-only", "-z", "--stdin"],
    { input: unique.map((c) => `${c} ${to}
`).join(""), allowFailure: true }
  );
  if (r.code !== 0) {
    throw new LeptonError("git", `could not compare versions' commits: ${lastLines(r.stderr)}`);
  }
  let next = 0;
  let current = null;
  for (const token of split0(r.stdout)) {
    const at = unique.indexOf(token, next);
    if (at >= 0) {
      for (let i = next; i < at; i++) result.set(unique[i], null);
      current = /* @__PURE__ */ new Set();
      result.set(token, current);
      next = at + 1;
    } else if (current) {
      current.add(token);
    }
  }
  for (let i = next; i < unique.length; i++) result.set(unique[i], null);
  return result;
}
async function resolveBase(git, ref) {
  if (ref.startsWith("-")) throw new LeptonError("invalid", `--base ${ref}: not a git revision`);
  const r = await git.run(["rev-parse", "-q", "--verify", "--end-of-options", `${ref}^{commit}`], {
    allowFailure: true
  });
  if (r.code !== 0) {
    throw new LeptonError("invalid", `--base ${ref}: no such commit in this clone`, [
      `fetch it first (git fetch origin ${ref.replace(/^origin\//, "")}), or name another revision`
    ]);
  }
  const commit = r.stdout.trim();
  const mb = await git.run(["merge-base", commit, "HEAD"], { allowFailure: true });
  const from = mb.code === 0 && mb.stdout.trim() ? mb.stdout.trim().split("\n")[0] : commit;
  return { commit, from };
}
function split0(text) {
  return text.split("\0").filter((s) => s !== "");
}
async function headCommit(git) {
  const r = await git.run(["rev-parse", "-q", "--verify", "HEAD^{commit}"], { allowFailure: true });
  return r.code === 0 ? r.stdout.trim() : null;
}

// src/io/manifests.ts
import { join } from "node:path";
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
  return rel.map((p) => join(git.cwd, p));
}

export {
  worktreeChanges,
  changesToHead,
  resolveBase,
  headCommit,
  findManifests
};
