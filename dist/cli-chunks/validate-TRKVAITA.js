import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  formatIssue,
  validateManifest
} from "./chunk-HY4IBI6X.js";
import "./chunk-7LD27V4P.js";
import "./chunk-ZD77ES4W.js";
import "./chunk-DL6OZMFU.js";
import "./chunk-3CYXKRVX.js";
export {
  formatIssue,
  validateManifest
};
