import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  show,
  showRegistry
} from "./chunk-GTPPF6BG.js";
import "./chunk-BK4TME6W.js";
import "./chunk-3T26ZEYC.js";
import "./chunk-63IYC3ZZ.js";
import "./chunk-FSI7XGOZ.js";
import "./chunk-5VN3OPDC.js";
import "./chunk-UN4BW3X4.js";
import "./chunk-TCAMXS2I.js";
import "./chunk-MSHHZYP3.js";
import "./chunk-A27M33QG.js";
import "./chunk-BB7OZOJ7.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-KMMTIK5O.js";
import "./chunk-3CYXKRVX.js";
export {
  show,
  showRegistry
};
