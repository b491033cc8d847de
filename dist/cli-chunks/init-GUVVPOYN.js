import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  exitCodesHelp
} from "./chunk-I3GXCFIF.js";
import "./chunk-3CYXKRVX.js";

// src/cli/commands/init.ts
import { relative } from "node:path";
function register(program, context) {
  program.command("init").description(
    "write a first lepton.yml from what the folder holds (DVC, Git LFS, sources, eval script, metrics)"
  ).option("--workflows", "also write the pull-request, record and promote workflows").option("--force", "overwrite files that exist").option("--json", "print one JSON document on stdout").addHelpText("after", `
Nothing is overwritten without --force.
${exitCodesHelp("init")}`).action(async (opts) => {
    const ctx = context();
    const { init } = await import("./init-S5SBLZ72.js");
    const result = await init({
      manifestPath: ctx.manifestPath,
      workflows: Boolean(opts.workflows),
      force: Boolean(opts.force),
      env: ctx.env
    });
    if (opts.json) ctx.out.result(initJson(result, ctx.cwd));
    ctx.out.print(renderInit(result, ctx.cwd));
  });
}
function initJson(r, cwd) {
  const { plan } = r;
  return {
    model: plan.model,
    files: r.written.map((w) => ({ path: relative(cwd, w.path), replaced: w.replaced })),
    found: plan.findings.filter((f) => !f.guessed).map((f) => f.text),
    guessed: plan.findings.filter((f) => f.guessed).map((f) => f.text),
    components: plan.components,
    data: plan.data,
    eval: plan.eval,
    metricNames: plan.metricNames,
    language: plan.language,
    dvc: plan.dvc
  };
}
function renderInit(r, cwd) {
  const { plan } = r;
  const lines = [];
  const found = plan.findings.filter((f) => !f.guessed);
  const guessed = plan.findings.filter((f) => f.guessed);
  if (found.length) lines.push("found:", ...found.map((f) => `  ${f.text}`));
  if (guessed.length) lines.push("guessed (check these):", ...guessed.map((f) => `  ${f.text}`));
  else lines.push("guessed: nothing; all of the above was read from the folder");
  lines.push(
    ...r.written.map((w) => `${w.replaced ? "overwrote" : "wrote"} ${relative(cwd, w.path)}`)
  );
  lines.push(
    "",
    "next: `lepton validate` and `lepton status --files` (what is hashed), `lepton eval` (runs the eval);",
    "      then commit, push and open a pull request."
  );
  return lines.join("\n");
}
export {
  initJson,
  register,
  renderInit
};
