import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  checkTree
} from "./chunk-OZN3DNWE.js";
import "./chunk-MIK5L5DT.js";
import "./chunk-YMV3XZ7O.js";
import "./chunk-6ESLXGOQ.js";
import "./chunk-OWTKKGJO.js";
import "./chunk-ZLIFJCGQ.js";
import {
  openProject
} from "./chunk-TRKZZOVB.js";
import {
  ManifestInvalidError
} from "./chunk-MJVIDS6P.js";
import {
  formatIssue
} from "./chunk-FLI6GRA2.js";
import "./chunk-SFVWLQ25.js";
import "./chunk-2A6UWNUB.js";
import "./chunk-UTOKOLMG.js";
import "./chunk-EAKUNXN4.js";
import "./chunk-DMKTAM2G.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-5VN3OPDC.js";
import "./chunk-YBIAEPJ4.js";
import "./chunk-3CYXKRVX.js";
export {
  ManifestInvalidError,
  checkTree,
  formatIssue,
  openProject
};
