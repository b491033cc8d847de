import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  deployText
} from "./chunk-X4FEW76E.js";
import "./chunk-43RIPF6U.js";
import "./chunk-ZJC7X57Q.js";
import {
  openApp
} from "./chunk-22NK363L.js";
import "./chunk-EJEFKAN4.js";
import {
  EXIT_CODES
} from "./chunk-NNAQNCWD.js";
import "./chunk-5VN3OPDC.js";
import {
  exitCodesHelp
} from "./chunk-I3GXCFIF.js";
import "./chunk-3CYXKRVX.js";

// src/cli/commands/deploy.ts
function register(program, context) {
  program.command("deploy").description("run the stage's deploy hook again for the version it holds (or --version)").argument("<stage>", "a stage of the manifest with a deploy hook").option("--model <name>", "the model (must be the manifest's; a guard)").option("--version <version>", "a version that holds or has held the stage").option("--remote <name>", "the remote to fetch tags from in a shallow clone", "origin").option("--json", "print one JSON document on stdout").addHelpText("after", `
${exitCodesHelp("deploy")}`).action(async (stage, opts) => {
    const ctx = context();
    const [{ deploy }, app] = await Promise.all([import("./work-SCZXL5MQ.js"), openApp(ctx)]);
    const result = await deploy(app, {
      stage,
      fetchHistory: true,
      ...opts.model !== void 0 && { model: opts.model },
      ...opts.version !== void 0 && { version: opts.version },
      ...opts.remote !== void 0 && { remote: opts.remote }
    });
    ctx.out.print(deployText(result));
    if (opts.json) ctx.out.result(result);
    if (!result.ok) ctx.setExitCode(EXIT_CODES.eval);
  });
}
export {
  register
};
