import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestJsonSchemaText } from '../../src/core/manifest/index.js';
import { VERSION } from '../../src/version.js';

const ROOT = join(import.meta.dirname, '../..');

describe('published artefacts match their sources', () => {
  it('schema/lepton.schema.json is what the validator schema generates (run npm run schema)', () => {
    expect(readFileSync(join(ROOT, 'schema/lepton.schema.json'), 'utf8')).toBe(
      manifestJsonSchemaText(),
    );
  });

  it('the JSON Schema rejects unknown keys and names the required ones', () => {
    const schema = JSON.parse(manifestJsonSchemaText()) as {
      required: string[];
      additionalProperties: boolean;
    };
    expect(schema.required).toEqual(['version', 'model', 'eval']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('the CLI reports the package version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
