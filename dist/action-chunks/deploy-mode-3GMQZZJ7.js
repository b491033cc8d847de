import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  actionDeploySettings,
  deployMode,
  trackedSettings,
  withDeploy
} from "./chunk-SVQOWJQ4.js";
import "./chunk-MMDS7MKL.js";
import "./chunk-IGXR6KAW.js";
import "./chunk-HWNWZBFN.js";
import "./chunk-EJJ5NJB3.js";
import "./chunk-QJ2QLURK.js";
import "./chunk-UYSAXCXO.js";
import "./chunk-5OQDU3RR.js";
import "./chunk-R3EMIMVK.js";
import "./chunk-W75T7KDA.js";
import "./chunk-ER7SGA4G.js";
import "./chunk-SQVYYBLV.js";
import "./chunk-6AYYSD3U.js";
import "./chunk-3ZJRVZNY.js";
import "./chunk-WYZSYCBM.js";
import "./chunk-LKG3CIQE.js";
import "./chunk-QOU2NW2S.js";
import "./chunk-MSFD3NQF.js";
import "./chunk-W5EEA2B3.js";
import "./chunk-K3RFEF2P.js";
import "./chunk-4TO6S54C.js";
import "./chunk-LD6UMNFB.js";
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
