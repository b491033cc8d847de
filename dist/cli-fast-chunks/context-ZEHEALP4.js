import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  openProject,
  streamLogger
} from "./chunk-3TR3RACS.js";
import "./chunk-DF5HPSNB.js";
import "./chunk-RNM7ANZN.js";
import "./chunk-UAOBN5T4.js";
export {
  openProject,
  streamLogger
};
