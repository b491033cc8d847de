import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  openProject,
  streamLogger
} from "./chunk-NYKIMGSD.js";
import "./chunk-2HXIDEDH.js";
import "./chunk-YHDB4KSB.js";
import "./chunk-UAOBN5T4.js";
export {
  openProject,
  streamLogger
};
