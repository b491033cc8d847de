import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  checkTree
} from "./chunk-XNDAJRYW.js";
import "./chunk-ZORWOHQH.js";
import "./chunk-4XAEHEE6.js";
import "./chunk-XWHSAX6I.js";
import "./chunk-6ESLXGOQ.js";
import "./chunk-TFVPEV6A.js";
import "./chunk-X2WYGQIF.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-SFVWLQ25.js";
import "./chunk-KMMTIK5O.js";
import "./chunk-3CYXKRVX.js";
export {
  checkTree
};
