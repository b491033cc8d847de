import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  rollbackText
} from "./chunk-O7HGA66B.js";
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

// src/cli/commands/rollback.ts
function register(program, context) {
  program.command("rollback").description(
    "withdraw the version a stage holds (GTO's unassignment MODEL#STAGE!#N): the stage falls back to the version assigned before it"
  ).argument("<stage>", "the stage to roll back").requiredOption(
    "--reason <text>",
    "(required) why (recorded in the tag, shown by lepton history)"
  ).option("--model <name>", "the model (must be the manifest's; a guard)").option("--allow-empty", "withdraw even the only version the stage holds (it is left empty)").option("--push", "push the tag (git push --atomic), retrying if a concurrent run took N").option("--remote <name>", "the remote to push to", "origin").option("--json", "print one JSON document on stdout").addHelpText(
    "after",
    `
Examples:
  lepton rollback production --reason "p99 latency doubled" --push
${exitCodesHelp("rollback")}`
  ).action(async (stage, opts) => {
    const ctx = context();
    const [{ rollback, deployAfterRollback }, app] = await Promise.all([
      import("./work-SCZXL5MQ.js"),
      openApp(ctx)
    ]);
    const deploy = deployAfterRollback(app, stage);
    const result = await rollback(app, {
      ...deploy && { deploy },
      stage,
      reason: opts.reason,
      fetchHistory: true,
      ...opts.model !== void 0 && { model: opts.model },
      ...opts.allowEmpty && { allowEmpty: true },
      allowEmptyHint: "pass --allow-empty to withdraw it anyway (the stage then holds nothing)",
      ...opts.push && { push: true },
      ...opts.remote !== void 0 && { remote: opts.remote }
    });
    if (opts.json) ctx.out.result(result);
    else ctx.out.print(rollbackText(result));
    if (opts.json && result.storeError) {
      ctx.out.note(`lepton: ${result.storeError.message}`);
      for (const d of result.storeError.details) ctx.out.note(`  ${d}`);
    }
    if (result.storeError) ctx.setExitCode(EXIT_CODES.git);
    if (result.deployed === false) ctx.setExitCode(EXIT_CODES.eval);
  });
}
export {
  register
};
