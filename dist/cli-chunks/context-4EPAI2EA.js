import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  openProject,
  streamLogger
} from "./chunk-PX53S5TF.js";
import "./chunk-LQJKNRNX.js";
import "./chunk-GC2IWHNL.js";
import "./chunk-SFVWLQ25.js";
import "./chunk-2A6UWNUB.js";
import "./chunk-3DBSLXRY.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-KMMTIK5O.js";
import "./chunk-3CYXKRVX.js";
export {
  openProject,
  streamLogger
};
