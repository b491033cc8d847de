import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  askRecordQuestions,
  startModelListing
} from "./chunk-F4BDCFYT.js";
import "./chunk-SQVYYBLV.js";
import "./chunk-PELX7VWK.js";
import "./chunk-JFBFOGK2.js";
import "./chunk-HQRR3HW4.js";
export {
  askRecordQuestions,
  startModelListing
};
