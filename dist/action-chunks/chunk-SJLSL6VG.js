import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/action/placed.ts
import { relative, sep } from "node:path";
var manifestNameOf = /* @__PURE__ */ __name((ctx) => relative(ctx.repoRoot ?? ctx.modelDir, ctx.manifestPath).split(sep).join("/"), "manifestNameOf");
async function placed(ctx, work) {
  try {
    return await work();
  } catch (e) {
    const { withManifestPositions } = await import("./positioned-G53CKRCS.js");
    return withManifestPositions(ctx, manifestNameOf(ctx), () => Promise.reject(e));
  }
}
__name(placed, "placed");

// src/io/git-files.ts
async function trackableFiles(git, pathspec) {
  const r = await git.run([
    "ls-files",
    "-z",
    "--cached",
    "--others",
    "--exclude-standard",
    "--",
    pathspec
  ]);
  return [...new Set(r.stdout.split("\0").filter(Boolean))];
}
__name(trackableFiles, "trackableFiles");
async function hasBlob(git, id) {
  const r = await git.run(["cat-file", "-e", `${id}^{blob}`], { allowFailure: true });
  return r.code === 0;
}
__name(hasBlob, "hasBlob");

export {
  manifestNameOf,
  placed,
  trackableFiles,
  hasBlob
};
