import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-ZLIFJCGQ.js";
import {
  checkedOutputFile
} from "./chunk-EJEFKAN4.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";
import "./chunk-5VN3OPDC.js";
import {
  exitCodesHelp
} from "./chunk-I3GXCFIF.js";
import "./chunk-3CYXKRVX.js";

// src/cli/commands/export.ts
function register(program, context) {
  program.command("export").description(
    "the registry of every model in the repository for Prometheus: each model's latest version and stage holders, their recorded metrics, and when each stage last changed"
  ).requiredOption("--format <format>", "openmetrics (the only one so far)").option("--out <file>", "write to this file (atomically) instead of stdout").addHelpText(
    "after",
    `
For the node exporter's textfile collector (write to a .prom file in its directory) or a Pushgateway.
${exitCodesHelp("export")}`
  ).action(async (opts) => {
    const ctx = context();
    if (opts.format !== "openmetrics") {
      throw new LeptonError("invalid", `--format ${opts.format} is not known`, [
        "use --format openmetrics"
      ]);
    }
    const file = opts.out === void 0 ? null : checkedOutputFile(ctx.cwd, "--out", opts.out);
    const [{ exportOpenMetrics }, { Git }] = await Promise.all([
      import("./work-SCZXL5MQ.js"),
      import("./git-2Y3EXTAY.js")
    ]);
    const top = await new Git(ctx.cwd, ctx.env).topLevel();
    if (!top)
      throw new LeptonError("invalid", "export needs a git repository (versions are git tags)");
    const text = await exportOpenMetrics(new Git(top, ctx.env));
    if (file === null) return void ctx.out.print(text);
    try {
      await writeFileAtomic(file, [Buffer.from(text)]);
    } catch (e) {
      const code = e.code ?? String(e);
      throw new LeptonError("invalid", `could not write --out ${file} (${code})`, [
        "nothing was written there"
      ]);
    }
    ctx.out.note(`wrote ${opts.out}`);
  });
}
export {
  register
};
