import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  openProject,
  streamLogger
} from "./chunk-OPSL6ERL.js";
import "./chunk-ILB3XSG4.js";
import "./chunk-UAFJZCOJ.js";
import "./chunk-2DHZSPU5.js";
export {
  openProject,
  streamLogger
};
