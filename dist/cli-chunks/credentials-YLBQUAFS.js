import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  credentialsFor,
  storeSettingsFromEnv
} from "./chunk-4YM7E7F7.js";
import "./chunk-3CYXKRVX.js";
export {
  credentialsFor,
  storeSettingsFromEnv
};
