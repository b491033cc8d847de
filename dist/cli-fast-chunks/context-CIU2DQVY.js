import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  openProject,
  streamLogger
} from "./chunk-3HLQMUAP.js";
import "./chunk-IMX53WPS.js";
import "./chunk-UAFJZCOJ.js";
import "./chunk-2DHZSPU5.js";
export {
  openProject,
  streamLogger
};
