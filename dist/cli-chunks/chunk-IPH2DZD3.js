import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  openApp
} from "./chunk-22NK363L.js";
import {
  startListing
} from "./chunk-GMIEMMPZ.js";
import {
  MANIFEST_MAX_BYTES,
  readInputText
} from "./chunk-EAKUNXN4.js";
import {
  Git
} from "./chunk-WFCPIERG.js";

// src/cli/commands/validate-run.ts
import { dirname, relative } from "node:path";
async function validate(ctx) {
  const name = relative(ctx.cwd, ctx.manifestPath) || ctx.manifestPath;
  const git = new Git(dirname(ctx.manifestPath), ctx.env);
  const listing = listingUnlessClimbing(git, ctx.manifestPath);
  const { checkTree, formatIssue, ManifestInvalidError } = await import("./validate-work-N76IXWM2.js");
  const app = await openApp(ctx, { git });
  const m = app.manifest;
  const tree = await checkTree(app, name, { listing: await listing });
  for (const w of tree.warnings) ctx.out.note(`warning: ${formatIssue(w)}`);
  if (tree.errors.length) throw new ManifestInvalidError(name, tree.errors);
  const counts = `${m.components.length} component(s), ${m.data.length} data set(s), ${m.eval.thresholds.length} threshold(s), ${m.stages.length} stage(s)`;
  const where = tree.checked ? "" : " (paths not checked against files: not in a git work tree)";
  ctx.out.note(`${name}: OK \u2014 model "${m.model}", ${counts}${where}`);
}
async function listingUnlessClimbing(git, manifestPath) {
  const [top, text] = await Promise.all([
    git.topLevel().catch(() => null),
    // Read as openApp reads it: never waiting on a FIFO, never more than a manifest's bound.
    readInputText(manifestPath, MANIFEST_MAX_BYTES).catch(() => null)
  ]);
  if (top === null || text === null || climbs(text)) return null;
  return startListing(git);
}
var climbs = (text) => text.split("\n").some((line) => line.replace(/#.*/, "").includes(".."));

export {
  validate
};
