import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  evalMarkdown,
  evalText
} from "./chunk-XQMVWVUI.js";
import "./chunk-JZNGN5KX.js";
import "./chunk-AHCM7BG7.js";
import "./chunk-43RIPF6U.js";
import "./chunk-ZJC7X57Q.js";
import "./chunk-5GW5BYNW.js";
import "./chunk-UN4BW3X4.js";
import {
  manifestName,
  openApp,
  reportFile,
  writeReport
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

// src/cli/commands/eval.ts
function register(program, context) {
  program.command("eval").description("run (or reuse) the eval and check thresholds against the baseline").option(
    "--baseline <ref>",
    "compare with this version or the newest version reachable from this git revision"
  ).option("--force", "run the eval even when the baseline\u2019s metrics could be reused").option("--json", "print one JSON document on stdout").option("--report <file>", "also write the Markdown report to this file").option(
    "--shard <I/N>",
    "run shard I of N (LEPTON_SHARD_INDEX/COUNT) and write its result for `merge`"
  ).option(
    "--out <file>",
    "with --shard: where to write the result (default lepton-shard-I-of-N.json)"
  ).addHelpText("after", `
${exitCodesHelp("eval")}`).action(async (opts, command) => {
    if (opts.out !== void 0 && opts.shard === void 0) {
      command.error(
        "error: --out is for --shard (where the shard result is written); the Markdown report is --report",
        { exitCode: EXIT_CODES.invalid, code: "lepton.outWithoutShard" }
      );
    }
    const ctx = context();
    const report = opts.report ? reportFile(ctx, opts.report) : null;
    if (opts.shard !== void 0) {
      const { runShard } = await import("./merge-SZ7PBF3V.js");
      return runShard(ctx, opts.shard, opts.out, Boolean(opts.json));
    }
    const [{ evalJson, evaluate, withManifestPositions }, app] = await Promise.all([
      import("./work-SCZXL5MQ.js"),
      openApp(ctx)
    ]);
    const outcome = await withManifestPositions(
      app,
      manifestName(ctx),
      () => evaluate(app, {
        fetchHistory: true,
        ...opts.baseline !== void 0 && { baseline: opts.baseline },
        ...opts.force && { force: true }
      })
    );
    ctx.out.print(evalText(outcome));
    if (opts.json) ctx.out.result(evalJson(outcome));
    if (!outcome.passed) ctx.setExitCode(EXIT_CODES.threshold);
    if (report) await writeReport(report, evalMarkdown(outcome));
  });
}
export {
  register
};
