export type * from './types.js';
export { validateManifest, formatIssue, type ValidationResult } from './validate.js';
export { normalize, stageThresholds, parseDuration } from './normalize.js';
export { pathEscapes } from './schema.js';
export { manifestJsonSchema, manifestJsonSchemaText, SCHEMA_ID } from './json-schema.js';
