import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  checkTree
} from "./chunk-2JIBXWI2.js";
import "./chunk-KYIOFBHS.js";
import "./chunk-YMV3XZ7O.js";
import "./chunk-6ESLXGOQ.js";
import "./chunk-MSHHZYP3.js";
import {
  openProject
} from "./chunk-PX53S5TF.js";
import {
  ManifestInvalidError
} from "./chunk-LQJKNRNX.js";
import {
  formatIssue
} from "./chunk-GC2IWHNL.js";
import "./chunk-SFVWLQ25.js";
import "./chunk-2A6UWNUB.js";
import "./chunk-UTOKOLMG.js";
import "./chunk-3DBSLXRY.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-KMMTIK5O.js";
import "./chunk-3CYXKRVX.js";
export {
  ManifestInvalidError,
  checkTree,
  formatIssue,
  openProject
};
