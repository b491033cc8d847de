import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  validateManifest
} from "./chunk-CZQGHGMV.js";
import {
  formatIssue
} from "./chunk-FLI6GRA2.js";
import "./chunk-MUEX25PC.js";
import "./chunk-2A6UWNUB.js";
import "./chunk-5VN3OPDC.js";
import "./chunk-YBIAEPJ4.js";
import "./chunk-3CYXKRVX.js";
export {
  formatIssue,
  validateManifest
};
