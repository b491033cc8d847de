import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/core/manifest/format.ts
function formatIssue(i) {
  return `${i.file}:${i.line}:${i.column}: ${i.path}: ${i.message}${i.hint ? ` (${i.hint})` : ""}`;
}
__name(formatIssue, "formatIssue");

export {
  formatIssue
};
