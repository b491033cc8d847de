import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  fromShardFiles,
  register,
  runShard
} from "./chunk-3USRFIBL.js";
import "./chunk-I3XEQS4M.js";
import "./chunk-UN4BW3X4.js";
import "./chunk-43RIPF6U.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-3CYXKRVX.js";
export {
  fromShardFiles,
  register,
  runShard
};
