export type * from './types.js';
export { validateManifest, formatIssue, type ValidationResult } from './validate.js';
export { manifestJsonSchema, manifestJsonSchemaText, SCHEMA_ID } from './json-schema.js';
