import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  commandContext,
  fastCommandLine,
  reportError
} from "./chunk-5SZX7LNJ.js";
import "./chunk-TCAMXS2I.js";
import {
  validate
} from "./chunk-2TC3BUVT.js";
import {
  Output
} from "./chunk-GQF4MXZO.js";
import "./chunk-UTOKOLMG.js";
import "./chunk-3DBSLXRY.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-KMMTIK5O.js";
import "./chunk-3CYXKRVX.js";

// src/cli/fast.ts
async function runFast(argv, io) {
  const line = fastCommandLine(argv);
  if (!line) return null;
  const out = new Output(io.stdout, io.stderr);
  let exitCode = 0;
  const ctx = commandContext(io, out, line.globals, (code) => {
    exitCode = code;
  });
  try {
    await validate(ctx);
    return exitCode;
  } catch (e) {
    return reportError(e, out, io.env);
  }
}
export {
  runFast
};
