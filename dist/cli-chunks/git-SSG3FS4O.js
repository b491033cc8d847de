import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  Git,
  lastLines
} from "./chunk-DMKTAM2G.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-YBIAEPJ4.js";
import "./chunk-3CYXKRVX.js";
export {
  Git,
  lastLines
};
