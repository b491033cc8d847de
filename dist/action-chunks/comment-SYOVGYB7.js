import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  commentOnPullRequest,
  withCommit
} from "./chunk-MXVZFAPM.js";
import "./chunk-LPK3EN3F.js";
import "./chunk-BODCAMWZ.js";
import "./chunk-3D5N44W4.js";
import "./chunk-HQRR3HW4.js";
export {
  commentOnPullRequest,
  withCommit
};
