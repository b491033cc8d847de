import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  readOverviews,
  readPreparedTags,
  readRegistries,
  readRegistry,
  splitListing
} from "./chunk-MC27LPBE.js";
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
  readOverviews,
  readPreparedTags,
  readRegistries,
  readRegistry,
  splitListing
};
