import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  formatIssue,
  validateManifest
} from "./chunk-75MAQRGH.js";
import "./chunk-3MIGHSNN.js";
import "./chunk-HQRR3HW4.js";
export {
  formatIssue,
  validateManifest
};
