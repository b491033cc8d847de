import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  checkTree
} from "./chunk-EBCCC54Y.js";
import "./chunk-G224BTL2.js";
import "./chunk-JERYSK4X.js";
import "./chunk-4XAEHEE6.js";
import "./chunk-XWHSAX6I.js";
import "./chunk-6ESLXGOQ.js";
import "./chunk-3C3WCQCJ.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-7LD27V4P.js";
import "./chunk-ZD77ES4W.js";
import "./chunk-DL6OZMFU.js";
import "./chunk-3CYXKRVX.js";
export {
  checkTree
};
