import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";
import {
  exitCodesHelp
} from "./chunk-KG4AXJO6.js";
import "./chunk-3CYXKRVX.js";

// src/cli/commands/export.ts
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
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
    const [{ exportOpenMetrics }, { Git }] = await Promise.all([
      import("./work-LHUT55FO.js"),
      import("./git-OVYLIOLO.js")
    ]);
    const top = await new Git(ctx.cwd, ctx.env).topLevel();
    if (!top)
      throw new LeptonError("invalid", "export needs a git repository (versions are git tags)");
    const text = await exportOpenMetrics(new Git(top, ctx.env));
    if (!opts.out) return void ctx.out.print(text);
    const file = resolve(ctx.cwd, opts.out);
    await mkdir(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, text);
    await rename(tmp, file);
    ctx.out.note(`wrote ${opts.out}`);
  });
}
export {
  register
};
