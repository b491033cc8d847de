import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  formatIssue,
  validateManifest
} from "./chunk-VBMYHFAZ.js";
import "./chunk-WZ46SR3G.js";
import "./chunk-IVDBBUUF.js";
import "./chunk-JXV4WA4C.js";
import "./chunk-3CYXKRVX.js";
export {
  formatIssue,
  validateManifest
};
