import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);

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
  }
  kind;
  details;
  name = "LeptonError";
};
var isLeptonError = (e) => e instanceof LeptonError;

export {
  EXIT_CODES,
  LeptonError,
  isLeptonError
};
