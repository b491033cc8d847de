import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/core/errors/index.ts
var EXIT_CODES = {
  ok: 0,
  threshold: 1,
  invalid: 2,
  eval: 3,
  git: 4
};
var LeptonError = class extends Error {
  constructor(kind, message, details = [], options) {
    super(message, options);
    this.kind = kind;
    this.details = details;
    this.code = EXIT_CODES[kind];
  }
  kind;
  details;
  static {
    __name(this, "LeptonError");
  }
  name = "LeptonError";
  /** The stable code of `kind`: the CLI's exit code (2 invalid, 1 threshold, 3 eval, 4 git). */
  code;
};
var isLeptonError = /* @__PURE__ */ __name((e) => e instanceof LeptonError, "isLeptonError");
function exitCodeOf(e) {
  return isLeptonError(e) ? EXIT_CODES[e.kind] : 1;
}
__name(exitCodeOf, "exitCodeOf");

export {
  EXIT_CODES,
  LeptonError,
  isLeptonError,
  exitCodeOf
};
