import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  renderDiffText
} from "./chunk-2NZTKVH6.js";
import "./chunk-AHCM7BG7.js";
import "./chunk-43RIPF6U.js";
import "./chunk-ZJC7X57Q.js";
import "./chunk-UN4BW3X4.js";
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

// src/cli/commands/diff.ts
function register(program, context) {
  program.command("diff").description("metric diff between two versions (B: the latest)").argument("<a>", "a version (1.2.0, v1.2.0 or MODEL@v1.2.0) or a git revision").argument("[b]", "the other version; default: the latest").option("--json", "print one JSON document on stdout").addHelpText("after", `
${exitCodesHelp("diff")}`).action(async (a, b, opts) => {
    const ctx = context();
    const [{ diff }, app] = await Promise.all([import("./work-SCZXL5MQ.js"), openApp(ctx)]);
    const result = await diff(app, a, b);
    if (opts.json) ctx.out.result(result);
    else ctx.out.print(renderDiffText({ a: result.a, b: result.b, rows: result.metrics }));
  });
}
export {
  register
};
