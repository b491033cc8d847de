import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  plainText
} from "./chunk-4TO6S54C.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/core/manifest/format.ts
var MAX_PATH = 120;
var MAX_MESSAGE = 300;
var MAX_HINT = 500;
var MAX_FILE = 300;
function printableIssue(i) {
  return {
    ...i,
    file: plainText(i.file, MAX_FILE),
    path: plainText(i.path, MAX_PATH),
    message: plainText(i.message, MAX_MESSAGE),
    ...i.hint !== void 0 && { hint: plainText(i.hint, MAX_HINT) }
  };
}
__name(printableIssue, "printableIssue");
function formatIssue(issue) {
  const i = printableIssue(issue);
  return `${i.file}:${i.line}:${i.column}: ${i.path}: ${i.message}${i.hint ? ` (${i.hint})` : ""}`;
}
__name(formatIssue, "formatIssue");

export {
  printableIssue,
  formatIssue
};
