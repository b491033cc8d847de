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
  openApp,
  reportFile,
  writeReport
} from "./chunk-22NK363L.js";
import {
  checkedOutputFile
} from "./chunk-EJEFKAN4.js";
import {
  EXIT_CODES
} from "./chunk-NNAQNCWD.js";
import "./chunk-5VN3OPDC.js";
import {
  exitCodesHelp
} from "./chunk-I3GXCFIF.js";
import "./chunk-3CYXKRVX.js";

// src/cli/commands/merge.ts
import { relative, resolve } from "node:path";
async function fromShardFiles(ctx, app, files) {
  const { mergedShards, readShards, shardFiles } = await import("./shards-TS3VQXZG.js");
  const named = await shardFiles(files.map((f) => ({ path: resolve(ctx.cwd, f), name: f })));
  const shards = await readShards(named);
  return mergedShards(app, shards);
}
async function runShard(ctx, spec, out, json) {
  const [{ evalShard }, { parseShardArg, shardFileName }, app] = await Promise.all([
    import("./shards-TS3VQXZG.js"),
    import("./shards-HDB6JD3D.js"),
    openApp(ctx)
  ]);
  const shard = parseShardArg(spec, app.manifest.eval.shards);
  const file = checkedOutputFile(ctx.cwd, "--out", out ?? shardFileName(shard.index, shard.count));
  const result = await evalShard(app, shard, file);
  const n = result.shard.metrics.n;
  ctx.out.print(
    `shard ${shard.index}/${shard.count} of ${app.manifest.model}: n = ${String(n)}, ${Object.keys(result.shard.metrics).length} metric(s) \u2192 ${relative(ctx.cwd, file) || file}`
  );
  if (json) ctx.out.result({ file, ...result.shard });
}
function register(program, context) {
  program.command("merge").description(
    "merge the results of `eval --shard I/N` into one eval (checked: one fingerprint and eval settings, each shard once, all N present), then gate and report as `eval` does; `record --from-shards FILE...` records it"
  ).argument("<files...>", "the shard results (lepton-shard-I-of-N.json), or folders holding them").option(
    "--baseline <ref>",
    "compare with this version or the newest reachable from this revision"
  ).option("--json", "print one JSON document on stdout").option("--report <file>", "also write the Markdown report to this file").addHelpText("after", `
${exitCodesHelp("merge")}`).action(async (files, opts) => {
    const ctx = context();
    const report = opts.report ? reportFile(ctx, opts.report) : null;
    const [{ evalJson, evaluate }, app] = await Promise.all([import("./work-SCZXL5MQ.js"), openApp(ctx)]);
    const outcome = await evaluate(app, {
      fetchHistory: true,
      measured: await fromShardFiles(ctx, app, files),
      ...opts.baseline !== void 0 && { baseline: opts.baseline }
    });
    ctx.out.print(evalText(outcome));
    if (opts.json) ctx.out.result(evalJson(outcome));
    if (!outcome.passed) ctx.setExitCode(EXIT_CODES.threshold);
    if (report) await writeReport(report, evalMarkdown(outcome));
  });
}
export {
  fromShardFiles,
  register,
  runShard
};
