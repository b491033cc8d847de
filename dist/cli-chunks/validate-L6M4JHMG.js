import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  validateManifest
} from "./chunk-ZZYV6MWK.js";
import {
  formatIssue
} from "./chunk-FOWNGGDR.js";
import "./chunk-SFVWLQ25.js";
import "./chunk-A27M33QG.js";
import "./chunk-KMMTIK5O.js";
import "./chunk-3CYXKRVX.js";
export {
  formatIssue,
  validateManifest
};
