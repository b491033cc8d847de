import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  validateManifest
} from "./chunk-LMB5BMLG.js";
import {
  formatIssue
} from "./chunk-FLI6GRA2.js";
import "./chunk-MUEX25PC.js";
import "./chunk-2A6UWNUB.js";
import "./chunk-5VN3OPDC.js";
import "./chunk-LX2SX5IJ.js";
import "./chunk-3CYXKRVX.js";
export {
  formatIssue,
  validateManifest
};
