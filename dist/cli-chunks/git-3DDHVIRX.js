import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  Git,
  lastLines
} from "./chunk-6K7KHJOA.js";
import "./chunk-EFJSEFFB.js";
import "./chunk-3CYXKRVX.js";
export {
  Git,
  lastLines
};
