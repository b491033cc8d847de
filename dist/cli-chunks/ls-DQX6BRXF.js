import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";
import {
  exitCodesHelp
} from "./chunk-I3GXCFIF.js";
import "./chunk-3CYXKRVX.js";

// src/cli/commands/ls.ts
async function topGit(ctx, what) {
  const { Git } = await import("./git-2Y3EXTAY.js");
  const here = new Git(ctx.cwd, ctx.env);
  const top = await here.topLevel();
  if (!top)
    throw new LeptonError("invalid", `${what} needs a git repository (models are found by git)`);
  return here.at(top);
}
function pattern(program, ctx) {
  if (program.getOptionValueSource("manifest") === "default") return { cwd: ctx.cwd };
  return { pattern: program.opts().manifest, cwd: ctx.cwd };
}
function register(program, context) {
  program.command("ls").description(
    "every model in the repository (each lepton.yml git tracks, or those `lepton --manifest GLOB ls` names): manifest, latest version, stage holders, whether its content changed since that version"
  ).option("--json", "print one JSON document on stdout").addHelpText("after", `
${exitCodesHelp("ls")}`).action(async (opts) => {
    const ctx = context();
    const [{ ls }, { renderLs }] = await Promise.all([
      import("./ls-WIQDFDSM.js"),
      import("./ls-ALRQJUAK.js")
    ]);
    const result = await ls(await topGit(ctx, "ls"), pattern(program, ctx));
    if (opts.json) ctx.out.result(result);
    else ctx.out.print(renderLs(result));
  });
  program.command("affected").description(
    'the models whose components, data, eval files or manifest differ from the base, by content; --json prints a GitHub Actions matrix {"include": [{model, manifest, working-directory}]}'
  ).option("--base <ref>", "compare with this revision (default: the upstream default branch)").option("--json", "print one JSON document on stdout").addHelpText(
    "after",
    `
Without --base, the base is the remote's default branch (origin/HEAD): a repository made with
\`git init\` and \`git push\` has none until \`git remote set-head origin --auto\`; one with no remote needs --base.
${exitCodesHelp("affected")}`
  ).action(async (opts) => {
    const ctx = context();
    const [{ affected }, { renderAffected }] = await Promise.all([
      import("./affected-OID5KJEU.js"),
      import("./ls-ALRQJUAK.js")
    ]);
    const result = await affected(await topGit(ctx, "affected"), {
      ...pattern(program, ctx),
      ...opts.base !== void 0 && { base: opts.base }
    });
    if (opts.json) {
      const { droppedWarning } = await import("./ls-ALRQJUAK.js");
      for (const d of result.dropped) ctx.out.note(`warning: ${droppedWarning(d)}`);
      ctx.out.result(result);
    } else ctx.out.print(renderAffected(result));
  });
}
export {
  register
};
