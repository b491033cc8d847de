import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  ManifestInvalidError,
  loadManifest
} from "./chunk-C4OL2SZO.js";
import "./chunk-QDGMTLIS.js";
import "./chunk-A27M33QG.js";
import "./chunk-4WQECXBY.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-SFVWLQ25.js";
import "./chunk-KMMTIK5O.js";
import "./chunk-3CYXKRVX.js";
export {
  ManifestInvalidError,
  loadManifest
};
