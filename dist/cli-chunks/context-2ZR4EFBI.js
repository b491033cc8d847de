import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  openProject,
  streamLogger
} from "./chunk-ZMHGYBVX.js";
import "./chunk-C4OL2SZO.js";
import "./chunk-QDGMTLIS.js";
import "./chunk-A27M33QG.js";
import "./chunk-4WQECXBY.js";
import "./chunk-X2WYGQIF.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-SFVWLQ25.js";
import "./chunk-KMMTIK5O.js";
import "./chunk-3CYXKRVX.js";
export {
  openProject,
  streamLogger
};
