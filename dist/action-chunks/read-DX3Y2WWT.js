import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  listModel,
  readOverviews,
  readPreparedTags,
  readRegistries,
  readRegistry,
  readRegistryOfListing,
  splitListing
} from "./chunk-TPH3SVRP.js";
import "./chunk-W75T7KDA.js";
import "./chunk-6AYYSD3U.js";
import "./chunk-LKG3CIQE.js";
import "./chunk-4V3BQP3G.js";
import "./chunk-W5EEA2B3.js";
import "./chunk-4TO6S54C.js";
import "./chunk-W7XFMGYR.js";
import "./chunk-3MVFEEWP.js";
import "./chunk-5M3M32FF.js";
import "./chunk-JFBFOGK2.js";
import "./chunk-HQRR3HW4.js";
export {
  listModel,
  readOverviews,
  readPreparedTags,
  readRegistries,
  readRegistry,
  readRegistryOfListing,
  splitListing
};
