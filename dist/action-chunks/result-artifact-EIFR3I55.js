import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  RESULT_ARTIFACT_PREFIX,
  downloadResults,
  readZipEntry,
  uploadResult,
  validateResult
} from "./chunk-JAOP4BRH.js";
import "./chunk-LQLDQUOB.js";
import "./chunk-5M3M32FF.js";
import "./chunk-JFBFOGK2.js";
import "./chunk-HQRR3HW4.js";
export {
  RESULT_ARTIFACT_PREFIX,
  downloadResults,
  readZipEntry,
  uploadResult,
  validateResult
};
