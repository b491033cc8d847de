import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  formatIssue
} from "./chunk-4WQECXBY.js";
import "./chunk-3CYXKRVX.js";
export {
  formatIssue
};
