import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  findManifests
} from "./chunk-J5JTPJNV.js";
import {
  trackableFiles
} from "./chunk-DCAMK6TN.js";
import {
  loadManifest
} from "./chunk-C4OL2SZO.js";
import {
  matchParts,
  rebaseName,
  selectionParts
} from "./chunk-4XAEHEE6.js";
import {
  compareUtf8
} from "./chunk-XWHSAX6I.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";

// src/app/models.ts
import { posix, relative, resolve, sep } from "node:path";
var isTouched = (t) => t.manifest || t.eval || t.components.length > 0 || t.data.length > 0;
var isGlob = (p) => /[*?[\]{}]/.test(p);
async function findModels(git, options = {}) {
  const top = git.cwd;
  const paths = options.pattern === void 0 ? await findManifests(git) : await expandManifests(git, options.pattern, options.cwd ?? top);
  const seen = /* @__PURE__ */ new Map();
  const out = [];
  for (const path of paths) {
    const manifest = relative(top, path).split(sep).join("/");
    const model = await loadManifest(path, manifest);
    const other = seen.get(model.model);
    if (other !== void 0) {
      throw new LeptonError("invalid", `model "${model.model}" is named by two manifests`, [
        other,
        manifest
      ]);
    }
    seen.set(model.model, manifest);
    out.push({ manifest, dir: posix.dirname(manifest), model });
  }
  return out;
}
function touchedBy(m, changed) {
  const prefix = m.dir === "." ? "" : m.dir;
  const files = [...changed].map((f) => rebaseName(f, prefix)).sort(compareUtf8);
  const { parts } = matchParts(selectionParts(m.model), files);
  const names = (kind) => parts.filter((p) => p.kind === kind && p.files.length > 0).map((p) => p.name);
  return {
    manifest: changed.has(m.manifest),
    components: names("component"),
    data: names("data"),
    eval: parts.some((p) => p.kind === "eval" && p.files.length > 0)
  };
}
async function expandManifests(git, pattern, cwd) {
  const top = git.cwd;
  const rel = relative(top, resolve(cwd, pattern)).split(sep).join("/");
  if (rel.startsWith("../") || rel === "..") {
    throw new LeptonError("invalid", `manifest ${pattern} leaves the repository`);
  }
  let paths;
  if (!isGlob(rel)) {
    paths = [resolve(top, rel)];
  } else {
    paths = (await trackableFiles(git, `:(glob)${rel}`)).sort(compareUtf8).map((p) => resolve(top, p));
  }
  if (paths.length === 0) {
    throw new LeptonError("invalid", `manifest ${pattern} names no manifest`, [
      "the glob is matched against the files git tracks (or would), relative to the working directory"
    ]);
  }
  return paths;
}

export {
  isTouched,
  findModels,
  touchedBy
};
