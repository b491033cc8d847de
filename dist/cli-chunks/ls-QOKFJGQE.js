import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  findModels,
  isTouched,
  touchedBy
} from "./chunk-6PE32AJS.js";
import {
  changesToHead,
  headCommit,
  worktreeChanges
} from "./chunk-J5JTPJNV.js";
import "./chunk-DCAMK6TN.js";
import {
  readOverviews
} from "./chunk-S74ISPX7.js";
import "./chunk-2C5Y6HBM.js";
import "./chunk-TCAMXS2I.js";
import "./chunk-AKFQBEK6.js";
import "./chunk-5GW5BYNW.js";
import "./chunk-UN4BW3X4.js";
import "./chunk-5VN3OPDC.js";
import "./chunk-C4OL2SZO.js";
import "./chunk-QDGMTLIS.js";
import "./chunk-A27M33QG.js";
import "./chunk-4WQECXBY.js";
import "./chunk-4XAEHEE6.js";
import "./chunk-XWHSAX6I.js";
import "./chunk-6ESLXGOQ.js";
import "./chunk-TFVPEV6A.js";
import "./chunk-X2WYGQIF.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-SFVWLQ25.js";
import "./chunk-KMMTIK5O.js";
import "./chunk-3CYXKRVX.js";

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
  return {
    models: models.map((m, i) => {
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
    })
  };
}
export {
  isTouched,
  ls
};
