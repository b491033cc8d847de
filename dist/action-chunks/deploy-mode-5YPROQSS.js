import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  actionDeploySettings,
  deployMode,
  trackedSettings,
  withDeploy
} from "./chunk-O3NJU3BW.js";
import "./chunk-GOS7YORH.js";
import "./chunk-HWNWZBFN.js";
import "./chunk-ZIIJSHRI.js";
import "./chunk-RRFI7CTT.js";
import "./chunk-V4CXZ45A.js";
import "./chunk-3MIGHSNN.js";
import "./chunk-3D5N44W4.js";
import "./chunk-XLUW4DIE.js";
import "./chunk-PDVDSVQZ.js";
import "./chunk-HQRR3HW4.js";
export {
  actionDeploySettings,
  deployMode,
  trackedSettings,
  withDeploy
};
