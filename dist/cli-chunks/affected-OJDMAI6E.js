import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  changesToHead,
  findModels,
  isTouched,
  resolveBase,
  touchedBy,
  worktreeChanges
} from "./chunk-GTF7TENG.js";
import "./chunk-EBTQKNEH.js";
import {
  defaultBranch
} from "./chunk-DAQPQ6L3.js";
import "./chunk-DCAMK6TN.js";
import "./chunk-ZOAOG4ID.js";
import "./chunk-AKFQBEK6.js";
import "./chunk-5GW5BYNW.js";
import "./chunk-UN4BW3X4.js";
import "./chunk-QATFXJJL.js";
import "./chunk-6ESLXGOQ.js";
import "./chunk-ZXUFMGMP.js";
import "./chunk-FLI6GRA2.js";
import "./chunk-MUEX25PC.js";
import "./chunk-2A6UWNUB.js";
import "./chunk-GMIEMMPZ.js";
import "./chunk-XKVP7VSL.js";
import "./chunk-EAKUNXN4.js";
import "./chunk-DMKTAM2G.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-5VN3OPDC.js";
import "./chunk-YBIAEPJ4.js";
import "./chunk-3CYXKRVX.js";

// src/app/affected.ts
async function affected(git, options = {}) {
  const found = options.base === void 0 ? await defaultBranch(git) : null;
  const ref = options.base ?? found?.replace(/^refs\/remotes\//, "");
  if (!ref) {
    if ((await git.remoteNames()).length === 0) {
      throw new LeptonError("invalid", "no base to compare with: this repository has no remote", [
        "give one, a branch or commit: lepton affected --base main"
      ]);
    }
    throw new LeptonError(
      "invalid",
      "no base to compare with: the remote has no default branch here",
      [
        "give one: lepton affected --base origin/main",
        "or record the remote's default branch once (a clone has it; git init and push do not): git remote set-head origin --auto"
      ]
    );
  }
  const [models, base, worktree] = await Promise.all([
    findModels(git, options),
    resolveBase(git, ref),
    worktreeChanges(git)
  ]);
  const since = (await changesToHead(git, [base.from])).get(base.from);
  if (!since) {
    throw new LeptonError("git", `could not compare ${ref} with HEAD: the commit cannot be read`);
  }
  const changed = /* @__PURE__ */ new Set([...since, ...worktree]);
  const hit = [];
  const unaffected = [];
  for (const m of models) {
    const touched = touchedBy(m, changed);
    if (!isTouched(touched)) unaffected.push(m.model.model);
    else
      hit.push({ model: m.model.model, manifest: m.manifest, "working-directory": m.dir, touched });
  }
  return {
    include: hit.map(({ model, manifest, "working-directory": wd }) => ({
      model,
      manifest,
      "working-directory": wd
    })),
    base: { ref, commit: base.from },
    models: hit,
    unaffected
  };
}
export {
  affected
};
