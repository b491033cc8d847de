import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  askRecordQuestions,
  startModelListing
} from "./chunk-QWEFSBV3.js";
import "./chunk-SQVYYBLV.js";
import "./chunk-MSFD3NQF.js";
import "./chunk-JFBFOGK2.js";
import "./chunk-HQRR3HW4.js";
export {
  askRecordQuestions,
  startModelListing
};
