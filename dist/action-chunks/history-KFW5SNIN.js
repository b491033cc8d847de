import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  REMOTE,
  fetchModelHistory2 as fetchModelHistory,
  startHistoryFetch
} from "./chunk-ER7SGA4G.js";
import "./chunk-QOU2NW2S.js";
import "./chunk-W5EEA2B3.js";
import "./chunk-LD6UMNFB.js";
import "./chunk-5M3M32FF.js";
import "./chunk-JFBFOGK2.js";
import "./chunk-HQRR3HW4.js";
export {
  REMOTE,
  fetchModelHistory,
  startHistoryFetch
};
