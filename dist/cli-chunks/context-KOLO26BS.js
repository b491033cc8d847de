import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  openProject,
  streamLogger
} from "./chunk-E6PI4VQ5.js";
import "./chunk-LPV3KSQM.js";
import "./chunk-MYIJROBR.js";
import "./chunk-HY4IBI6X.js";
import "./chunk-3C3WCQCJ.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-7LD27V4P.js";
import "./chunk-ZD77ES4W.js";
import "./chunk-DL6OZMFU.js";
import "./chunk-3CYXKRVX.js";
export {
  openProject,
  streamLogger
};
