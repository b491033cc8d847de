import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  LeptonError
} from "./chunk-JFBFOGK2.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

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
__name(resolveIdentity, "resolveIdentity");
async function configured(git, settings) {
  if (settings.identityInEnv) return true;
  const r = await git.run(["config", "--get-regexp", "^(user|committer)\\.email$"], {
    allowFailure: true
  });
  return r.code === 0 && r.stdout.trim() !== "";
}
__name(configured, "configured");
var identityEnv = /* @__PURE__ */ __name((id) => ({
  GIT_COMMITTER_NAME: id.name,
  GIT_COMMITTER_EMAIL: id.email
}), "identityEnv");

// src/io/registry/worktree.ts
function committedHead(state) {
  if (state.head === null) {
    throw new LeptonError("invalid", "nothing to tag: the repository has no commit yet");
  }
  return state.head;
}
__name(committedHead, "committedHead");
async function worktreeState(git) {
  const out = await git.out([
    "status",
    "--porcelain=v2",
    "--branch",
    "--no-ahead-behind",
    "-z",
    "--untracked-files=all",
    "--no-renames",
    "--ignore-submodules=none"
  ]);
  return parseStatusV2(out);
}
__name(worktreeState, "worktreeState");
function parseStatusV2(out) {
  let head = null;
  const paths = [];
  const entries = out.split("\0");
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.startsWith("# branch.oid ")) {
      const oid = e.slice("# branch.oid ".length);
      head = /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(oid) ? oid : null;
      continue;
    }
    const fields = { "1": 8, "2": 9, u: 10, "?": 1, "!": 1 }[e[0] ?? ""];
    if (fields === void 0 || e[1] !== " ") continue;
    let at = 0;
    for (let f = 0; f < fields && at >= 0; f++) at = e.indexOf(" ", at) + 1 || -1;
    if (at > 0 && e[0] !== "!") paths.push(e.slice(at));
    if (e[0] === "2") i++;
  }
  return { head, paths };
}
__name(parseStatusV2, "parseStatusV2");
async function fileAtCommit(git, commit, path) {
  const r = await git.run(["show", `${commit}:${path}`], { allowFailure: true });
  return r.code === 0 ? r.stdout : null;
}
__name(fileAtCommit, "fileAtCommit");

export {
  resolveIdentity,
  identityEnv,
  committedHead,
  worktreeState,
  fileAtCommit
};
