// The zod-free quick check (src/core/manifest/quick.ts) may only ever say "valid" where the full
// validator says so, and then must give exactly its result; anything else goes to the full one.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { quickValidate, validateManifestLazily } from '../../src/core/manifest/quick.js';
import { validateManifest } from '../../src/core/manifest/validate.js';

const ROOT = join(import.meta.dirname, '../..');
const DIR = join(ROOT, 'test/fixtures/manifests');
const read = (p: string) => readFileSync(p, 'utf8');
const valid = readdirSync(join(DIR, 'valid'))
  .filter((f) => f.endsWith('.yml'))
  .map((f) => [f, read(join(DIR, 'valid', f))] as const);
const examples = [
  'iris-node',
  'dvc-python',
  'python-stdlib',
  'monorepo/models/a',
  'monorepo/models/b',
  'monorepo/models/c',
]
  .map((d) => join(ROOT, 'examples', d, 'lepton.yml'))
  .map((p) => [p.slice(ROOT.length + 1), read(p)] as const);
const invalid = readdirSync(join(DIR, 'invalid'))
  .filter((f) => f.endsWith('.yml'))
  .map((f) => [f, read(join(DIR, 'invalid', f))] as const);

/** The quick result, when there is one, is the full validator's, key order and all. */
function agrees(text: string, file: string): boolean {
  const quick = quickValidate(text, file);
  if (quick === null) return true;
  const full = validateManifest(text, file);
  expect(JSON.stringify(quick)).toBe(JSON.stringify(full));
  return full.ok;
}

describe('the quick manifest check', () => {
  it.each([...valid, ...examples])('takes valid %s, with the full result', (file, text) => {
    expect(quickValidate(text, file)).not.toBeNull();
    expect(agrees(text, file)).toBe(true);
  });

  it('has the examples and corpus to check', () => {
    expect(valid.length + examples.length).toBeGreaterThanOrEqual(8);
    expect(invalid.length).toBeGreaterThanOrEqual(30);
  });

  it.each(invalid)('leaves invalid %s to the full validator', (file, text) => {
    expect(quickValidate(text, file)).toBeNull();
  });

  it.each(invalid)('reports invalid %s exactly as the full validator does', async (file, text) => {
    expect(await validateManifestLazily(text, file)).toEqual(validateManifest(text, file));
  });

  // Random edits of valid manifests: a key set to a value of another kind (or an edge value),
  // removed, or an unknown key added. Whatever the quick check accepts, the full one must too.
  const edge = fc.constantFrom<unknown>(
    '',
    0,
    -1,
    -0.5,
    1.5,
    1000,
    1001,
    '10%',
    '10 %',
    '-5%',
    '0s',
    '0.5m',
    '10',
    10,
    null,
    [],
    {},
    ['a'],
    'v1.0.0',
    '1.0.0',
    '/abs/x',
    '!x/**',
    '!/abs',
    'C:/x',
    'a\0b',
    true,
    'warn',
    'off',
    'error',
    'mean',
    'http://x',
    'https://',
    'oci://Host/x',
    'oci://ghcr.io/a/b',
    'Bad_Name',
    'ok-name',
    '-x',
    { min: 1 },
    { min: 2, max: 1 },
    { max_drop: '5%', noise: 'warn' },
    { noise: 'warn', min: 0 },
    { paths: ['src/**'] },
    { paths: [] },
    { command: 'x' },
    { queries: { a: 'up' } },
    'x'.repeat(256),
  );

  /** Every key path of a parsed manifest, mappings and lists alike. */
  function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
    if (v === null || typeof v !== 'object') return [at];
    const keys = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
    return [at, ...keys.flatMap((k) => paths((v as Record<string, unknown>)[k], [...at, k]))];
  }

  function edited(doc: unknown, path: (string | number)[], how: number, value: unknown): unknown {
    const copy = structuredClone(doc) as Record<string | number, unknown>;
    if (path.length === 0) return how === 0 ? value : copy;
    let parent = copy as Record<string | number, unknown>;
    for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (how === 0) parent[last] = value;
    else if (how === 1 && !Array.isArray(parent)) delete parent[last];
    else if (
      how === 2 &&
      parent[last] !== null &&
      typeof parent[last] === 'object' &&
      !Array.isArray(parent[last])
    )
      (parent[last] as Record<string, unknown>)['extra_key'] = value;
    return copy;
  }

  it('never accepts an edited manifest the full validator refuses, nor gives another result', () => {
    const docs = [...valid, ...examples].map(([, text]) => parse(text) as unknown);
    fc.assert(
      fc.property(
        fc.nat(docs.length - 1),
        fc.nat(10_000),
        fc.nat(2),
        edge,
        fc.nat(2),
        (d, p, how, value, times) => {
          let doc = docs[d];
          for (let i = 0; i <= times; i++) {
            const all = paths(doc);
            doc = edited(doc, all[(p + i * 7) % all.length]!, how, value);
          }
          const text = stringify(doc);
          const quick = quickValidate(text, 'x.yml');
          if (quick !== null)
            expect(JSON.stringify(quick)).toBe(JSON.stringify(validateManifest(text, 'x.yml')));
        },
      ),
      { numRuns: 3000, seed: 23 },
    );
  });

  // Each limit the schema sets, at and just past it: random edits rarely land on a boundary
  // (a quick check that forgot the 255-character environment limit passed them).
  const base = parse(read(join(ROOT, 'examples/iris-node/lepton.yml'))) as Record<string, unknown>;
  const at = (path: readonly string[], value: unknown) => {
    const doc = structuredClone(base);
    let node = doc as Record<string, unknown>;
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1]!] = value;
    return stringify(doc);
  };
  const deploy = (extra: Record<string, unknown>) => ({ command: 'true', ...extra });
  it.each([
    [
      'environment of 255',
      ['stages', 'production', 'deploy'],
      deploy({ environment: 'e'.repeat(255) }),
    ],
    [
      'environment of 256',
      ['stages', 'production', 'deploy'],
      deploy({ environment: 'e'.repeat(256) }),
    ],
    ['empty environment', ['stages', 'production', 'deploy'], deploy({ environment: '' })],
    ['deploy without command', ['stages', 'production', 'deploy'], { environment: 'prod' }],
    ['env name with =', ['eval', 'env'], { 'A=B': 'x' }],
    ['env value with NUL', ['eval', 'env'], { A: 'x\0y' }],
    ['env value a list', ['eval', 'env'], { A: ['x'] }],
    ['model name upper case', ['model'], 'Iris'],
    ['model name with @', ['model'], 'iris@knn'],
    ['model name of 1', ['model'], 'i'],
    ['model name of 300', ['model'], 'i'.repeat(300)],
    ['min above max', ['eval', 'thresholds', 'accuracy'], { min: 0.9, max: 0.8 }],
    ['min equal to max', ['eval', 'thresholds', 'accuracy'], { min: 0.9, max: 0.9 }],
    ['max_drop over 100%', ['eval', 'thresholds', 'accuracy'], { max_drop: '101%' }],
    ['max_drop negative', ['eval', 'thresholds', 'accuracy'], { max_drop: -1 }],
    ['unknown level', ['eval', 'thresholds', 'accuracy'], { min: 0.9, level: 'error' }],
    ['timeout 0s', ['eval', 'timeout'], '0s'],
    ['timeout without unit', ['eval', 'timeout'], '120'],
    ['timeout a number', ['eval', 'timeout'], 120],
    ['first not semver', ['versioning', 'first'], '0.1'],
    ['first with a v', ['versioning', 'first'], 'v0.1.0'],
    ['bump unknown', ['versioning', 'bump', 'data'], 'huge'],
    ['stage after itself', ['stages', 'production', 'after'], 'production'],
    ['stage after unknown', ['stages', 'production', 'after'], 'qa'],
    ['stage name with #', ['stages', 'pro#d'], {}],
    ['path leaving the repo', ['components', 'code', 'paths'], ['../x/**']],
    ['absolute path', ['components', 'code', 'paths'], ['/etc/passwd']],
    ['empty paths', ['components', 'code', 'paths'], []],
    ['part name with space', ['components', 'co de'], { paths: ['x'] }],
    ['version 2', ['version'], 2],
  ] as const)('agrees with the full validator at a limit: %s', (_name, path, value) => {
    const text = at(path, value);
    const quick = quickValidate(text, 'x.yml');
    const full = validateManifest(text, 'x.yml');
    if (quick !== null) expect(JSON.stringify(quick)).toBe(JSON.stringify(full));
    // And at least the refusals are refusals: a case the full validator refuses never passes quick.
    if (!full.ok) expect(quick).toBeNull();
  });
});
