import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  pushSuffix
} from "./chunk-6RAXLS7V.js";
import {
  evalReportInput,
  evalText,
  renderMarkdownReport
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

// src/core/report/record.ts
function recordNote(r, remote = "origin") {
  const pushed = pushSuffix(r.pushed, remote, "; ");
  if (r.tag === null) return `Nothing recorded: ${r.note ?? "no new version"}`;
  if (r.created) return `Recorded ${r.tag} on ${r.commit.slice(0, 12)}${pushed}`;
  if (r.record && r.record.evalSettings !== r.outcome.evalSettings) {
    return `Eval changed: ${r.tag} already records this fingerprint, measured by another eval; the eval ran again and these metrics are its (not recorded: ${r.tag} keeps its own)${pushed}`;
  }
  return `Unchanged: ${r.tag} already records this fingerprint${pushed}`;
}
function recordText(r, options = {}) {
  return evalText(r.outcome, [recordNote(r, options.remote)]);
}
function recordMarkdown(r, options = {}) {
  return renderMarkdownReport(evalReportInput(r.outcome, [recordNote(r, options.remote)]), options);
}

// src/cli/commands/record.ts
function register(program, context) {
  program.command("record").description("eval, then tag a new version if the fingerprint is new").option(
    "--push",
    "push the tag (git push --atomic), retrying if a concurrent run took the name"
  ).option("--remote <name>", "the remote to push to", "origin").option(
    "--version <x.y.z>",
    "record as this version (higher than the latest) instead of the bump"
  ).option("--force", "run the eval even when the baseline\u2019s metrics could be reused").option(
    "--baseline <ref>",
    "compare with this version or the newest reachable from this revision"
  ).option(
    "--no-baseline",
    "record even when a shallow or tagless clone cannot fetch the remote\u2019s versions"
  ).option("--json", "print one JSON document on stdout").option("--report <file>", "also write the Markdown report to this file").option(
    "--from-shards <files...>",
    "record the merged results of `eval --shard I/N` instead of running the eval"
  ).addHelpText("after", `
${exitCodesHelp("record")}`).action(async (opts) => {
    const ctx = context();
    const report = opts.report ? reportFile(ctx, opts.report) : null;
    const [{ record, recordJson, withManifestPositions }, app] = await Promise.all([
      import("./work-SCZXL5MQ.js"),
      openApp(ctx)
    ]);
    const measured = opts.fromShards ? await (await import("./merge-SZ7PBF3V.js")).fromShardFiles(ctx, app, opts.fromShards) : void 0;
    const result = await withManifestPositions(
      app,
      manifestName(ctx),
      () => record(app, {
        fetchHistory: true,
        ...opts.baseline === false && { noBaseline: true },
        ...opts.push && { push: true },
        ...opts.remote !== void 0 && { remote: opts.remote },
        ...opts.version !== void 0 && { version: opts.version },
        ...opts.force && { force: true },
        ...typeof opts.baseline === "string" && { baseline: opts.baseline },
        ...measured && { measured }
      })
    );
    const remote = opts.remote ?? "origin";
    ctx.out.print(recordText(result, { remote }));
    if (opts.json) ctx.out.result(recordJson(result));
    if (!result.outcome.passed) ctx.setExitCode(EXIT_CODES.threshold);
    if (report) await writeReport(report, recordMarkdown(result, { remote }));
  });
}
export {
  register
};
