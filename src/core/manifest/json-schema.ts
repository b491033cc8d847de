import * as z from 'zod';
import { manifestSchema } from './schema.js';

export const SCHEMA_ID =
  'https://raw.githubusercontent.com/lepton-ci/lepton/main/schema/lepton.schema.json';

/** The published JSON Schema, derived from the validator's own zod schema. */
export function manifestJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(manifestSchema, { io: 'input', target: 'draft-7' });
  return { ...schema, $id: SCHEMA_ID, title: 'lepton.yml' };
}

export function manifestJsonSchemaText(): string {
  return JSON.stringify(manifestJsonSchema(), null, 2) + '\n';
}
