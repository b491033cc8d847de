import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  evalMarkdown,
  evalText
} from "./chunk-3IIL5OYC.js";
import {
  EXIT_CODES
} from "./chunk-NNAQNCWD.js";

// src/cli/commands/merge.ts
import { relative as relative2, resolve as resolve2 } from "node:path";

// src/cli/context.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
var Output = class {
  constructor(stdout, stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }
  stdout;
  stderr;
  json = false;
  /** Report text meant to be read (tables, results). */
  print(text) {
    (this.json ? this.stderr : this.stdout).write(text.endsWith("\n") ? text : text + "\n");
  }
  /** Progress, notes and errors: always stderr. */
  note(text) {
    this.stderr.write(text.endsWith("\n") ? text : text + "\n");
  }
  wroteDocument = false;
  /** The one JSON document of a `--json` run. */
  result(value) {
    this.wroteDocument = true;
    this.stdout.write(JSON.stringify(value, null, 2) + "\n");
  }
  /**
   * The one JSON document of a `--json` run that failed (contract §4):
   * `{error: {kind, code, message, details}}`, plus `issues` (each with file,
   * line, column, path, message, hint) when the manifest is invalid. `kind` is
   * the error's kind, `usage` for a command line commander refused, `internal`
   * for a bug; `code` is the exit code.
   */
  error(kind, code, message, extra = {}) {
    if (this.wroteDocument) return;
    this.result({ error: { kind, code, message, ...extra } });
  }
  /** The raw stderr stream (progress bars need isTTY). */
  get errStream() {
    return this.stderr;
  }
};
var isTTY = (stream) => Boolean(stream.isTTY);
async function openApp(ctx) {
  const { openProject, streamLogger } = await import("./context-KOLO26BS.js");
  const err = ctx.out.errStream;
  return openProject({
    manifestPath: ctx.manifestPath,
    manifestName: relative(ctx.cwd, ctx.manifestPath) || ctx.manifestPath,
    env: ctx.env,
    log: streamLogger(err),
    isTTY: isTTY(err)
  });
}
async function writeReport(ctx, path, markdown) {
  const file = resolve(ctx.cwd, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, markdown);
}

// src/cli/commands/merge.ts
async function fromShardFiles(ctx, app, files) {
  const { mergedShards, readShards, shardFiles } = await import("./shards-VDS5U7JG.js");
  const named = await shardFiles(files.map((f) => ({ path: resolve2(ctx.cwd, f), name: f })));
  const shards = await readShards(named);
  return mergedShards(app, shards);
}
async function runShard(ctx, spec, out, json) {
  const [{ evalShard }, { parseShardArg, shardFileName }, app] = await Promise.all([
    import("./shards-VDS5U7JG.js"),
    import("./shards-RNZ3CBAY.js"),
    openApp(ctx)
  ]);
  const shard = parseShardArg(spec, app.manifest.eval.shards);
  const file = resolve2(ctx.cwd, out ?? shardFileName(shard.index, shard.count));
  const result = await evalShard(app, shard, file);
  const n = result.shard.metrics.n;
  ctx.out.print(
    `shard ${shard.index}/${shard.count} of ${app.manifest.model}: n = ${String(n)}, ${Object.keys(result.shard.metrics).length} metric(s) \u2192 ${relative2(ctx.cwd, file) || file}`
  );
  if (json) ctx.out.result({ file, ...result.shard });
}
function register(program, context) {
  program.command("merge").description(
    "merge the results of `eval --shard I/N` into one eval (checked: one fingerprint and eval settings, each shard once, all N present), then gate and report as `eval` does; `record --from-shards FILE...` records it"
  ).argument("<files...>", "the shard results (lepton-shard-I-of-N.json), or folders holding them").option(
    "--baseline <ref>",
    "compare with this version or the newest reachable from this revision"
  ).option("--json", "print one JSON document on stdout").option("--report <file>", "also write the Markdown report to this file").addHelpText(
    "after",
    "\nExit codes: 0 thresholds passed, 1 a threshold failed, 2 invalid input, 3 a shard is missing, repeated or foreign (or the eval failed)."
  ).action(async (files, opts) => {
    const ctx = context();
    const [{ evalJson, evaluate }, app] = await Promise.all([import("./work-BUZFOY6B.js"), openApp(ctx)]);
    const outcome = await evaluate(app, {
      fetchHistory: true,
      measured: await fromShardFiles(ctx, app, files),
      ...opts.baseline !== void 0 && { baseline: opts.baseline }
    });
    if (opts.report) await writeReport(ctx, opts.report, evalMarkdown(outcome));
    ctx.out.print(evalText(outcome));
    if (opts.json) ctx.out.result(evalJson(outcome));
    if (!outcome.passed) ctx.setExitCode(EXIT_CODES.threshold);
  });
}

export {
  Output,
  isTTY,
  openApp,
  writeReport,
  fromShardFiles,
  runShard,
  register
};
