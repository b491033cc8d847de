import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  fromShardFiles,
  register,
  runShard
} from "./chunk-K3R5FK6C.js";
import "./chunk-3IIL5OYC.js";
import "./chunk-VW57SGTH.js";
import "./chunk-43RIPF6U.js";
import "./chunk-FIDZOTRL.js";
import "./chunk-UN4BW3X4.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-3CYXKRVX.js";
export {
  fromShardFiles,
  register,
  runShard
};
