import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  commandContext,
  fastCommandLine,
  reportError
} from "./chunk-Y36U6ECR.js";
import "./chunk-TCAMXS2I.js";
import {
  validate
} from "./chunk-IPH2DZD3.js";
import {
  Output
} from "./chunk-22NK363L.js";
import "./chunk-EJEFKAN4.js";
import "./chunk-GMIEMMPZ.js";
import "./chunk-XKVP7VSL.js";
import "./chunk-EAKUNXN4.js";
import "./chunk-WFCPIERG.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-5VN3OPDC.js";
import "./chunk-LX2SX5IJ.js";
import "./chunk-3CYXKRVX.js";

// src/cli/fast.ts
async function runFast(argv, io) {
  const line = fastCommandLine(argv);
  if (!line) return null;
  const out = new Output(io.stdout, io.stderr);
  let exitCode = 0;
  try {
    const ctx = commandContext(io, out, line.globals, (code) => {
      exitCode = code;
    });
    await validate(ctx);
    return exitCode;
  } catch (e) {
    return reportError(e, out, io.env);
  }
}
export {
  runFast
};
