import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  changesToHead,
  deletedSince,
  filesAtCommits,
  findModels,
  isGlob,
  isTouched,
  lsRows,
  resolveBase,
  touchedBy,
  worktreeChanges
} from "./chunk-6GJBANHT.js";
import "./chunk-EBTQKNEH.js";
import {
  defaultBranch
} from "./chunk-MRZBPK6Y.js";
import "./chunk-DCAMK6TN.js";
import "./chunk-4LCEGOUY.js";
import "./chunk-AKFQBEK6.js";
import "./chunk-5GW5BYNW.js";
import "./chunk-UN4BW3X4.js";
import "./chunk-TCAMXS2I.js";
import "./chunk-XZDXFT7T.js";
import "./chunk-6ESLXGOQ.js";
import "./chunk-OWTKKGJO.js";
import "./chunk-ZLIFJCGQ.js";
import {
  validateManifestLazily
} from "./chunk-ZKBZI36Q.js";
import "./chunk-FLI6GRA2.js";
import "./chunk-MUEX25PC.js";
import "./chunk-2A6UWNUB.js";
import "./chunk-GMIEMMPZ.js";
import "./chunk-XKVP7VSL.js";
import "./chunk-EAKUNXN4.js";
import "./chunk-WFCPIERG.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-5VN3OPDC.js";
import "./chunk-LX2SX5IJ.js";
import "./chunk-3CYXKRVX.js";

// src/app/affected.ts
import { relative, resolve, sep } from "node:path";
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
  const [rows, dropped] = await Promise.all([
    options.unrecorded ? lsRows(git, models) : Promise.resolve(null),
    droppedManifests(git, base.from, options, models)
  ]);
  const hit = [];
  const unaffected = [];
  for (const [i, m] of models.entries()) {
    const touched = touchedBy(m, changed);
    const row = rows?.[i];
    const unrecorded = row === void 0 || row.changed === false ? null : row.latest === null ? "no version yet" : row.changed === null ? `v${row.latest.version}'s commit is not in this clone` : `content differs from v${row.latest.version}`;
    if (!isTouched(touched) && unrecorded === null) unaffected.push(m.model.model);
    else
      hit.push({
        model: m.model.model,
        manifest: m.manifest,
        "working-directory": m.dir,
        touched,
        ...unrecorded !== null && { unrecorded }
      });
  }
  return {
    include: hit.map(({ model, manifest, "working-directory": wd }) => ({
      model,
      manifest,
      "working-directory": wd
    })),
    base: { ref, commit: base.from },
    models: hit,
    unaffected,
    dropped
  };
}
async function droppedManifests(git, from, options, models) {
  const current = new Set(models.map((m) => m.manifest));
  let pathspecs;
  if (options.pattern === void 0) {
    pathspecs = [":(glob)**/lepton.yml", ":(glob,exclude).github/**"];
  } else {
    const rel = relative(git.cwd, resolve(options.cwd ?? git.cwd, options.pattern)).split(sep).join("/");
    if (!isGlob(rel) || rel === ".." || rel.startsWith("../")) return [];
    pathspecs = [`:(glob)${rel}`];
  }
  const gone = (await deletedSince(git, from, pathspecs)).filter((p) => !current.has(p));
  if (gone.length === 0) return [];
  const texts = await filesAtCommits(
    git,
    gone.map((path) => ({ commit: from, path }))
  );
  const named = await Promise.all(
    gone.map(async (manifest, i) => {
      const text = texts[i];
      const then = text ? await validateManifestLazily(text.toString("utf8"), manifest) : null;
      return { manifest, model: then?.ok ? then.manifest.model : null };
    })
  );
  const names = new Set(models.map((m) => m.model.model));
  return named.filter((d) => d.model === null || !names.has(d.model));
}
export {
  affected
};
