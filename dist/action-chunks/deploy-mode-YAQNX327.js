import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  actionDeploySettings,
  deployMode,
  trackedSettings,
  withDeploy
} from "./chunk-D3OX25ER.js";
import "./chunk-UE4TI3NM.js";
import "./chunk-HWNWZBFN.js";
import "./chunk-ONMUXIW5.js";
import "./chunk-V4CXZ45A.js";
import "./chunk-HGSBLELM.js";
import "./chunk-WSOM6VZU.js";
import "./chunk-RRFI7CTT.js";
import "./chunk-3MIGHSNN.js";
import "./chunk-3D5N44W4.js";
import "./chunk-GXQOIZHT.js";
import "./chunk-DZP5A6IB.js";
import "./chunk-JFBFOGK2.js";
import "./chunk-HQRR3HW4.js";
export {
  actionDeploySettings,
  deployMode,
  trackedSettings,
  withDeploy
};
