import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);

// src/core/manifest/json-schema.ts
var SCHEMA_ID = "https://raw.githubusercontent.com/lepton-ci/lepton/main/schema/lepton.schema.json";

export {
  SCHEMA_ID
};
