import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  openProject,
  streamLogger
} from "./chunk-D32OQC2N.js";
import "./chunk-3TMBJHEP.js";
import "./chunk-FOWNGGDR.js";
import "./chunk-SFVWLQ25.js";
import "./chunk-A27M33QG.js";
import "./chunk-BB7OZOJ7.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-KMMTIK5O.js";
import "./chunk-3CYXKRVX.js";
export {
  openProject,
  streamLogger
};
