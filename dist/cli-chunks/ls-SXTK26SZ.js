import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  changesToHead,
  findModels,
  headCommit,
  isTouched,
  touchedBy,
  worktreeChanges
} from "./chunk-WUDPMYRL.js";
import "./chunk-BKN7J6DN.js";
import "./chunk-DCAMK6TN.js";
import {
  readOverviews
} from "./chunk-BK4TME6W.js";
import "./chunk-3T26ZEYC.js";
import "./chunk-63IYC3ZZ.js";
import "./chunk-FSI7XGOZ.js";
import "./chunk-5VN3OPDC.js";
import "./chunk-UN4BW3X4.js";
import "./chunk-TCAMXS2I.js";
import "./chunk-3OVY2UX7.js";
import "./chunk-6ESLXGOQ.js";
import "./chunk-MSHHZYP3.js";
import "./chunk-6XSASN4Q.js";
import "./chunk-FOWNGGDR.js";
import "./chunk-SFVWLQ25.js";
import "./chunk-A27M33QG.js";
import "./chunk-XWHSAX6I.js";
import "./chunk-BB7OZOJ7.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-4YM7E7F7.js";
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
