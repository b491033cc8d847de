export type * from './types.js';
export { validateManifest, formatIssue, type ValidationResult } from './validate.js';
export { manifestJsonSchema, manifestJsonSchemaText, SCHEMA_ID } from './json-schema.js';
// Nothing typed by zod passes through here (schema.ts, normalize.ts): the package's public
// declarations reach this module, and zod is not a dependency of the package (a consumer type
// checking its libraries would get TS2307). Import those from their own modules.
