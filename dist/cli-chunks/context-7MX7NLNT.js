import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  openProject,
  streamLogger
} from "./chunk-7S33LGUF.js";
import "./chunk-TIYFGT4J.js";
import "./chunk-MYIJROBR.js";
import "./chunk-VBMYHFAZ.js";
import "./chunk-3LNMPFP2.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-WZ46SR3G.js";
import "./chunk-IVDBBUUF.js";
import "./chunk-JXV4WA4C.js";
import "./chunk-3CYXKRVX.js";
export {
  openProject,
  streamLogger
};
