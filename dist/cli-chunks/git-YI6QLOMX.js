import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  Git,
  lastLines
} from "./chunk-3C3WCQCJ.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-DL6OZMFU.js";
import "./chunk-3CYXKRVX.js";
export {
  Git,
  lastLines
};
