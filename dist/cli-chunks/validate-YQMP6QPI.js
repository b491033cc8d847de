import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  checkTree
} from "./chunk-5Y7TSUZ2.js";
import "./chunk-J7V4L3EY.js";
import "./chunk-JERYSK4X.js";
import "./chunk-PUFZFEHA.js";
import "./chunk-XWHSAX6I.js";
import "./chunk-ZRF2LANX.js";
import "./chunk-3LNMPFP2.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-WZ46SR3G.js";
import "./chunk-IVDBBUUF.js";
import "./chunk-JXV4WA4C.js";
import "./chunk-3CYXKRVX.js";
export {
  checkTree
};
