import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  askRecordQuestions,
  startModelListing
} from "./chunk-Q6R7EK3S.js";
import "./chunk-SQVYYBLV.js";
import "./chunk-4WZP77UW.js";
import "./chunk-JFBFOGK2.js";
import "./chunk-HQRR3HW4.js";
export {
  askRecordQuestions,
  startModelListing
};
