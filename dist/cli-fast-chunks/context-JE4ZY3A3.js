import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  openProject,
  streamLogger
} from "./chunk-WDIEB2NI.js";
import "./chunk-DF5HPSNB.js";
import "./chunk-YHDB4KSB.js";
import "./chunk-UAOBN5T4.js";
export {
  openProject,
  streamLogger
};
