import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  REMOTE,
  fetchModelHistory2 as fetchModelHistory,
  startHistoryFetch
} from "./chunk-3WBFUDIS.js";
import "./chunk-4V3BQP3G.js";
import "./chunk-W5EEA2B3.js";
import "./chunk-W7XFMGYR.js";
import "./chunk-5M3M32FF.js";
import "./chunk-JFBFOGK2.js";
import "./chunk-HQRR3HW4.js";
export {
  REMOTE,
  fetchModelHistory,
  startHistoryFetch
};
