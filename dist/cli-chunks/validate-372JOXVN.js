import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  validateManifest
} from "./chunk-JONIJVLA.js";
import "./chunk-QDGMTLIS.js";
import "./chunk-A27M33QG.js";
import {
  formatIssue
} from "./chunk-4WQECXBY.js";
import "./chunk-SFVWLQ25.js";
import "./chunk-KMMTIK5O.js";
import "./chunk-3CYXKRVX.js";
export {
  formatIssue,
  validateManifest
};
