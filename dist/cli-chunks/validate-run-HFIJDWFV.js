import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  validate
} from "./chunk-OEEV3WZX.js";
import "./chunk-RQS443JV.js";
import "./chunk-UTOKOLMG.js";
import "./chunk-BB7OZOJ7.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-KMMTIK5O.js";
import "./chunk-3CYXKRVX.js";
export {
  validate
};
