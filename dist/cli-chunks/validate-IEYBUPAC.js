import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  validateManifest
} from "./chunk-TNRP2TVJ.js";
import {
  formatIssue
} from "./chunk-FLI6GRA2.js";
import "./chunk-R4TB7JQY.js";
import "./chunk-2A6UWNUB.js";
import "./chunk-5VN3OPDC.js";
import "./chunk-YBIAEPJ4.js";
import "./chunk-3CYXKRVX.js";
export {
  formatIssue,
  validateManifest
};
