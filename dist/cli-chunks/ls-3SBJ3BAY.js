import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  changesToHead,
  findModels,
  isTouched,
  mapLimit,
  touchedBy,
  worktreeChanges
} from "./chunk-3AJPHNEH.js";
import "./chunk-BKN7J6DN.js";
import {
  readRegistry
} from "./chunk-UOAOPIRR.js";
import "./chunk-4P7H3YDT.js";
import "./chunk-63IYC3ZZ.js";
import "./chunk-DCAMK6TN.js";
import "./chunk-FSI7XGOZ.js";
import "./chunk-5VN3OPDC.js";
import "./chunk-UN4BW3X4.js";
import "./chunk-C4OL2SZO.js";
import "./chunk-QDGMTLIS.js";
import "./chunk-A27M33QG.js";
import "./chunk-4WQECXBY.js";
import "./chunk-4XAEHEE6.js";
import "./chunk-TFVPEV6A.js";
import "./chunk-XWHSAX6I.js";
import "./chunk-6ESLXGOQ.js";
import "./chunk-IF5CZNFD.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-SFVWLQ25.js";
import "./chunk-KMMTIK5O.js";
import "./chunk-3CYXKRVX.js";

// src/app/ls.ts
async function ls(git, options = {}) {
  const models = await findModels(git, options);
  const [registries, worktree] = await Promise.all([
    mapLimit(models, 4, (m) => readRegistry(git, m.model.model)),
    worktreeChanges(git)
  ]);
  const latest = registries.map((r) => r.versions[0] ?? null);
  const commits = latest.flatMap((v) => v ? [v.commit] : []);
  const toHead = await changesToHead(git, commits);
  return {
    models: models.map((m, i) => {
      const registry = registries[i];
      const v = latest[i] ?? null;
      const tagOf = new Map(registry.versions.map((e) => [e.version, e.tag]));
      const stages = {};
      for (const s of m.model.stages) stages[s.name] = null;
      for (const [name, e] of Object.entries(registry.stages)) {
        stages[name] = e?.version ? { version: e.version, tag: tagOf.get(e.version) ?? e.tag } : null;
      }
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
