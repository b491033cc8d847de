import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  openApp
} from "./chunk-22NK363L.js";
import "./chunk-EJEFKAN4.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-5VN3OPDC.js";
import {
  exitCodesHelp
} from "./chunk-I3GXCFIF.js";
import "./chunk-3CYXKRVX.js";

// src/cli/commands/pull.ts
import { resolve } from "node:path";
function register(program, context) {
  program.command("pull").description("download a version's artifact files from the model store, verifying every digest").argument("<ref>", "the version: 1.2.0, v1.2.0, MODEL@v1.2.0, or MODEL#STAGE (its holder now)").option(
    "--to <dir>",
    "where to write the files (relative to DIR of `lepton --cwd DIR pull`)",
    "."
  ).option(
    "--remote <name>",
    "where to read the tags from when the version is not known here",
    "origin"
  ).option("--json", "print one JSON document on stdout").addHelpText(
    "after",
    `
Credentials: LEPTON_REGISTRY_USERNAME/LEPTON_REGISTRY_PASSWORD, else ~/.docker/config.json.
${exitCodesHelp("pull")}`
  ).action(async (ref, opts) => {
    const ctx = context();
    const [{ pull }, { storeSettingsFromEnv }, app] = await Promise.all([
      import("./pull-O52246LP.js"),
      import("./credentials-YLBQUAFS.js"),
      openApp(ctx)
    ]);
    const result = await pull(app, {
      ref,
      to: resolve(ctx.cwd, opts.to ?? "."),
      ...opts.remote !== void 0 && { remote: opts.remote },
      store: storeSettingsFromEnv(ctx.env)
    });
    ctx.out.print(renderPull(result));
    if (opts.json) ctx.out.result(result);
  });
}
function renderPull(r) {
  const lines = [
    `Pulled ${r.tag} (${r.ref}) into ${r.dir}: ${r.files.length} file(s), digests verified`
  ];
  for (const f of r.files) lines.push(`  ${f.path}  ${f.size} bytes  ${f.digest}`);
  return lines.join("\n");
}
export {
  register,
  renderPull
};
