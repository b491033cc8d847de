import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  ManifestInvalidError,
  loadManifest
} from "./chunk-TIYFGT4J.js";
import "./chunk-MYIJROBR.js";
import "./chunk-VBMYHFAZ.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-WZ46SR3G.js";
import "./chunk-IVDBBUUF.js";
import "./chunk-JXV4WA4C.js";
import "./chunk-3CYXKRVX.js";
export {
  ManifestInvalidError,
  loadManifest
};
