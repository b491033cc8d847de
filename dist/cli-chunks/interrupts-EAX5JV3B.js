import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  INTERRUPT_SIGNALS,
  isInterrupt,
  listenForInterrupts
} from "./chunk-SQHUENXU.js";
import "./chunk-3CYXKRVX.js";
export {
  INTERRUPT_SIGNALS,
  isInterrupt,
  listenForInterrupts
};
