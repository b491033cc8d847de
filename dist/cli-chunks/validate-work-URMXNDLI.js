import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  checkTree
} from "./chunk-COQBKIEP.js";
import "./chunk-LVNLPHMI.js";
import "./chunk-3OVY2UX7.js";
import "./chunk-6ESLXGOQ.js";
import "./chunk-MSHHZYP3.js";
import {
  openProject
} from "./chunk-O3JXAPSY.js";
import {
  ManifestInvalidError
} from "./chunk-6XSASN4Q.js";
import {
  formatIssue
} from "./chunk-FOWNGGDR.js";
import "./chunk-SFVWLQ25.js";
import "./chunk-A27M33QG.js";
import "./chunk-XWHSAX6I.js";
import "./chunk-BB7OZOJ7.js";
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
