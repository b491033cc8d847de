import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  actionDeploySettings,
  deployMode,
  trackedSettings,
  withDeploy
} from "./chunk-2GJ6ZD26.js";
import "./chunk-M5CGPILH.js";
import "./chunk-SQVYYBLV.js";
import "./chunk-VQ7S2EDS.js";
import "./chunk-HWNWZBFN.js";
import "./chunk-EJJ5NJB3.js";
import "./chunk-B7NGHK2U.js";
import "./chunk-MOEOL7L3.js";
import "./chunk-PELX7VWK.js";
import "./chunk-NN2E3V3T.js";
import "./chunk-3D5N44W4.js";
import "./chunk-QJ2QLURK.js";
import "./chunk-WZN3ZJWN.js";
import "./chunk-MC27LPBE.js";
import "./chunk-3QCA4IKN.js";
import "./chunk-V4CXZ45A.js";
import "./chunk-LKG3CIQE.js";
import "./chunk-AZUSDEIX.js";
import "./chunk-DKUJKOD6.js";
import "./chunk-3MIGHSNN.js";
import "./chunk-W75T7KDA.js";
import "./chunk-4TO6S54C.js";
import "./chunk-5M3M32FF.js";
import "./chunk-JFBFOGK2.js";
import "./chunk-HQRR3HW4.js";
export {
  actionDeploySettings,
  deployMode,
  trackedSettings,
  withDeploy
};
