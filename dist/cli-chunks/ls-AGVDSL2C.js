import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  changesToHead,
  filesAtCommits,
  findModels,
  headCommit,
  isTouched,
  touchedBy,
  worktreeChanges
} from "./chunk-GTF7TENG.js";
import "./chunk-EBTQKNEH.js";
import "./chunk-DCAMK6TN.js";
import {
  readOverviews
} from "./chunk-XVLJ2ATL.js";
import "./chunk-ZOAOG4ID.js";
import "./chunk-AKFQBEK6.js";
import "./chunk-5GW5BYNW.js";
import "./chunk-UN4BW3X4.js";
import "./chunk-TCAMXS2I.js";
import "./chunk-QATFXJJL.js";
import "./chunk-6ESLXGOQ.js";
import "./chunk-OWTKKGJO.js";
import "./chunk-ZLIFJCGQ.js";
import {
  validateManifestLazily
} from "./chunk-ZXUFMGMP.js";
import "./chunk-FLI6GRA2.js";
import "./chunk-MUEX25PC.js";
import "./chunk-2A6UWNUB.js";
import "./chunk-GMIEMMPZ.js";
import "./chunk-XKVP7VSL.js";
import "./chunk-EAKUNXN4.js";
import "./chunk-DMKTAM2G.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-5VN3OPDC.js";
import "./chunk-YBIAEPJ4.js";
import "./chunk-3CYXKRVX.js";

// src/core/manifest/selection.ts
function sameSelection(a, b) {
  const key = (m) => JSON.stringify([m.components, m.data].map((parts) => parts.map((p) => [p.name, p.paths])));
  return key(a) === key(b);
}

// src/app/ls.ts
async function ls(git, options = {}) {
  const head = headCommit(git);
  head.catch(() => void 0);
  const models = await findModels(git, options);
  const [overviews, worktree] = await Promise.all([
    // One `for-each-ref` for every model's tags; each model's latest version and stage holders
    // from its tag cache.
    readOverviews(
      git,
      models.map((m) => m.model.model)
    ),
    worktreeChanges(git, head)
  ]);
  const latest = overviews.map((r) => r.latest);
  const commits = latest.flatMap((v) => v ? [v.commit] : []);
  const toHead = await changesToHead(git, commits, head);
  const rows = models.map((m, i) => {
    const overview = overviews[i];
    const v = latest[i] ?? null;
    const stages = {};
    for (const s of m.model.stages) stages[s.name] = null;
    Object.assign(stages, overview.stages);
    let changed = true;
    let touched = null;
    if (v) {
      const since = toHead.get(v.commit) ?? null;
      if (since === null) {
        changed = null;
      } else {
        touched = touchedBy(m, /* @__PURE__ */ new Set([...since, ...worktree]));
        changed = touched.components.length > 0 || touched.data.length > 0;
      }
    }
    return {
      manifest: m.manifest,
      workingDirectory: m.dir,
      model: m.model.model,
      latest: v && { version: v.version, tag: v.tag },
      stages,
      changed,
      touched
    };
  });
  return { models: await selectingAlike(git, models, rows, latest) };
}
async function selectingAlike(git, models, rows, latest) {
  const suspects = rows.flatMap((row, i) => {
    const commit = latest[i]?.commit;
    return row.changed === false && row.touched?.manifest && commit ? [{ i, commit }] : [];
  });
  if (suspects.length === 0) return [...rows];
  const texts = await filesAtCommits(
    git,
    suspects.map(({ i, commit }) => ({ commit, path: models[i].manifest }))
  );
  const out = [...rows];
  for (const [k, { i }] of suspects.entries()) {
    const m = models[i];
    const text = texts[k];
    const then = text ? await validateManifestLazily(text.toString("utf8"), m.manifest) : null;
    if (!then?.ok || !sameSelection(then.manifest, m.model)) {
      out[i] = { ...rows[i], changed: true };
    }
  }
  return out;
}
export {
  isTouched,
  ls
};
