export declare const SCHEMA_ID = "https://raw.githubusercontent.com/lepton-ci/lepton/main/schema/lepton.schema.json";
/** The published JSON Schema, derived from the validator's own zod schema. */
export declare function manifestJsonSchema(): Record<string, unknown>;
export declare function manifestJsonSchemaText(): string;
