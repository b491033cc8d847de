import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  validate
} from "./chunk-BRTDMRJJ.js";
import "./chunk-YXQENGH6.js";
import "./chunk-EJEFKAN4.js";
import "./chunk-GMIEMMPZ.js";
import "./chunk-XKVP7VSL.js";
import "./chunk-EAKUNXN4.js";
import "./chunk-DMKTAM2G.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-5VN3OPDC.js";
import "./chunk-YBIAEPJ4.js";
import "./chunk-3CYXKRVX.js";
export {
  validate
};
