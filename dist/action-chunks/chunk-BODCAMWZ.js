import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/core/report/marker.ts
var MARKER_PREFIX = "<!-- lepton:model=";
function reportMarker(model) {
  return `${MARKER_PREFIX}${model.replace(/[^A-Za-z0-9._/-]/g, "_")} -->`;
}
__name(reportMarker, "reportMarker");

export {
  reportMarker
};
