import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  COUNT_METRIC,
  checkShards,
  mergeShardMetrics,
  parseShard,
  parseShardArg,
  shardFileName,
  shardResult
} from "./chunk-J5VXWWDA.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-3CYXKRVX.js";
export {
  COUNT_METRIC,
  checkShards,
  mergeShardMetrics,
  parseShard,
  parseShardArg,
  shardFileName,
  shardResult
};
