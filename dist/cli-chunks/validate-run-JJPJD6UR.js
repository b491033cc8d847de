import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  validate
} from "./chunk-IPH2DZD3.js";
import "./chunk-22NK363L.js";
import "./chunk-EJEFKAN4.js";
import "./chunk-GMIEMMPZ.js";
import "./chunk-XKVP7VSL.js";
import "./chunk-EAKUNXN4.js";
import "./chunk-WFCPIERG.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-5VN3OPDC.js";
import "./chunk-LX2SX5IJ.js";
import "./chunk-3CYXKRVX.js";
export {
  validate
};
