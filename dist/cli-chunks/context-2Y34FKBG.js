import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  openProject,
  streamLogger
} from "./chunk-JCKANWUF.js";
import "./chunk-ZKBZI36Q.js";
import "./chunk-FLI6GRA2.js";
import "./chunk-MUEX25PC.js";
import "./chunk-2A6UWNUB.js";
import "./chunk-EAKUNXN4.js";
import "./chunk-WFCPIERG.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-5VN3OPDC.js";
import "./chunk-LX2SX5IJ.js";
import "./chunk-3CYXKRVX.js";
export {
  openProject,
  streamLogger
};
