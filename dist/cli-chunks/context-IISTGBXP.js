import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  openProject,
  streamLogger
} from "./chunk-4YN7PU2T.js";
import "./chunk-L5YXG3E4.js";
import "./chunk-QDGMTLIS.js";
import "./chunk-A27M33QG.js";
import "./chunk-4WQECXBY.js";
import "./chunk-IF5CZNFD.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-3FU3WA2V.js";
import "./chunk-OWGSDRCH.js";
import "./chunk-KMMTIK5O.js";
import "./chunk-3CYXKRVX.js";
export {
  openProject,
  streamLogger
};
