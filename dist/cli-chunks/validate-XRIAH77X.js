import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  validateManifest
} from "./chunk-62MWSGU7.js";
import {
  formatIssue
} from "./chunk-GC2IWHNL.js";
import "./chunk-SFVWLQ25.js";
import "./chunk-2A6UWNUB.js";
import "./chunk-KMMTIK5O.js";
import "./chunk-3CYXKRVX.js";
export {
  formatIssue,
  validateManifest
};
