import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  openProject,
  streamLogger
} from "./chunk-LZLJUZHH.js";
import "./chunk-DF5HPSNB.js";
import "./chunk-LXAYF6B6.js";
import "./chunk-UAOBN5T4.js";
export {
  openProject,
  streamLogger
};
