import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  openProject,
  streamLogger
} from "./chunk-GGYWP2D6.js";
import "./chunk-NXCQMJ5Y.js";
import "./chunk-G36X2FKJ.js";
import "./chunk-3JZDCLPI.js";
export {
  openProject,
  streamLogger
};
