import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  actionDeploySettings,
  deployMode,
  trackedSettings,
  withDeploy
} from "./chunk-IEAYGLPK.js";
import "./chunk-K6T5P3UC.js";
import "./chunk-FLYI36XD.js";
import "./chunk-HWNWZBFN.js";
import "./chunk-EJJ5NJB3.js";
import "./chunk-QJ2QLURK.js";
import "./chunk-UYSAXCXO.js";
import "./chunk-TPH3SVRP.js";
import "./chunk-W75T7KDA.js";
import "./chunk-3WBFUDIS.js";
import "./chunk-SQVYYBLV.js";
import "./chunk-6AYYSD3U.js";
import "./chunk-FG7EKLPI.js";
import "./chunk-LXS66HZP.js";
import "./chunk-LKG3CIQE.js";
import "./chunk-4V3BQP3G.js";
import "./chunk-MSFD3NQF.js";
import "./chunk-W5EEA2B3.js";
import "./chunk-K3RFEF2P.js";
import "./chunk-4TO6S54C.js";
import "./chunk-W7XFMGYR.js";
import "./chunk-5622NKCU.js";
import "./chunk-3MVFEEWP.js";
import "./chunk-3D5N44W4.js";
import "./chunk-5M3M32FF.js";
import "./chunk-JFBFOGK2.js";
import "./chunk-HQRR3HW4.js";
export {
  actionDeploySettings,
  deployMode,
  trackedSettings,
  withDeploy
};
