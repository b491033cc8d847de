import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  openApp
} from "./chunk-RCFESWLM.js";
import "./chunk-3CYXKRVX.js";

// src/cli/commands/validate.ts
import { relative } from "node:path";
function register(program, context) {
  program.command("validate").description(
    "check the manifest, and its paths against the working tree: every problem at once, with file:line:column and key path"
  ).addHelpText(
    "after",
    "\nExit codes: 0 valid, 2 invalid (each problem at file:line:column, with its key path and a hint)."
  ).action(async () => {
    const ctx = context();
    const name = relative(ctx.cwd, ctx.manifestPath) || ctx.manifestPath;
    const [{ ManifestInvalidError }, { checkTree }, { formatIssue }] = await Promise.all([
      import("./manifest-file-PVZTHDOU.js"),
      import("./validate-2XZ6EHVY.js"),
      import("./format-IAKRAMFO.js")
    ]);
    const app = await openApp(ctx);
    const m = app.manifest;
    const tree = await checkTree(app, name);
    for (const w of tree.warnings) ctx.out.note(`warning: ${formatIssue(w)}`);
    if (tree.errors.length) throw new ManifestInvalidError(name, tree.errors);
    const counts = `${m.components.length} component(s), ${m.data.length} data set(s), ${m.eval.thresholds.length} threshold(s), ${m.stages.length} stage(s)`;
    const where = tree.checked ? "" : " (paths not checked against files: not in a git work tree)";
    ctx.out.note(`${name}: OK \u2014 model "${m.model}", ${counts}${where}`);
  });
}
export {
  register
};
