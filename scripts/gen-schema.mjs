// Writes schema/lepton.schema.json from the same zod schema the validator uses.
import { build } from 'esbuild';
import { mkdir, writeFile, rm, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = await mkdtemp(join(tmpdir(), 'lepton-schema-'));
const out = join(dir, 'schema.mjs');
await build({
  entryPoints: ['src/core/manifest/json-schema.ts'],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
});
const { manifestJsonSchemaText } = await import(pathToFileURL(out).href);
await mkdir('schema', { recursive: true });
await writeFile('schema/lepton.schema.json', manifestJsonSchemaText());
await rm(dir, { recursive: true, force: true });
