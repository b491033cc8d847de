import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  validateManifest
} from "./chunk-45PDNEXN.js";
import {
  formatIssue
} from "./chunk-QZDZ6KXE.js";
import "./chunk-K3RFEF2P.js";
import "./chunk-4TO6S54C.js";
import "./chunk-W7XFMGYR.js";
import "./chunk-5622NKCU.js";
import "./chunk-3MVFEEWP.js";
import "./chunk-HQRR3HW4.js";
export {
  formatIssue,
  validateManifest
};
