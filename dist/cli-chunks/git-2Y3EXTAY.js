import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  Git,
  lastLines
} from "./chunk-WFCPIERG.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-LX2SX5IJ.js";
import "./chunk-3CYXKRVX.js";
export {
  Git,
  lastLines
};
