import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT } from '../helpers/repo.js';
import { siteFixture, type SiteFixture } from './fixture.js';

let f: SiteFixture;
beforeAll(async () => {
  f = await siteFixture();
});
afterAll(() => f.repo.cleanup());

const schema = (name: string): object =>
  JSON.parse(readFileSync(join(PROJECT, 'schema/api', `${name}.schema.json`), 'utf8')) as object;

/** Which schema a generated API file must satisfy, by its path. */
function schemaFor(path: string): string {
  if (path === 'api/models.json') return 'models';
  if (/^api\/models\/.+\/versions\/[^/]+\.json$/.test(path)) return 'version';
  if (/^api\/models\/.+\/stages\/[^/]+\.json$/.test(path)) return 'stage';
  return 'model';
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('the JSON API', () => {
  test('every generated document validates against its schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    const validators = Object.fromEntries(
      ['models', 'model', 'version', 'stage'].map((n) => [n, ajv.compile(schema(n))]),
    );
    const files = walk(join(f.out, 'api')).map((p) => relative(f.out, p));
    // 1 index + 3 models + 6 versions + 2 stages (other and nlp-2 declare none)
    expect(files).toHaveLength(12);
    for (const path of files) {
      const validate = validators[schemaFor(path)];
      const doc: unknown = JSON.parse(readFileSync(join(f.out, path), 'utf8'));
      expect([path, validate?.(doc), validate?.errors ?? null]).toEqual([path, true, null]);
    }
  });

  test.each([
    [{ schema: 1, models: [{ model: 'x' }] }, 'models'],
    [{ schema: 1, model: 's', stage: 'production', version: 1 }, 'stage'],
    [{ schema: 2, model: 'x', version: '1.0.0' }, 'version'],
  ])('a malformed document fails its schema (%j)', (doc, name) => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
    expect(ajv.validate(schema(name), doc)).toBe(false);
  });

  test('a deploy script resolves production → version → artifact with one request', () => {
    // One file read = one GET on the published site.
    const doc = JSON.parse(
      readFileSync(join(f.out, 'api/models/sentiment/stages/production.json'), 'utf8'),
    ) as Record<string, unknown>;
    const commit = f.repo.git('rev-list', '-n', '1', 'sentiment@v0.2.0').trim();
    expect(doc).toEqual({
      schema: 1,
      model: 'sentiment',
      stage: 'production',
      version: '0.2.0',
      tag: 'sentiment@v0.2.0',
      stageTag: 'sentiment#production#2',
      commit,
      assigned: expect.any(String),
      artifact: { id: 501, url: 'https://github.com/o/r/actions/runs/101/artifacts/501' },
      runUrl: 'https://github.com/o/r/actions/runs/101',
      fingerprint: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), // the fixture's real content hash
      passed: true,
      metrics: expect.objectContaining({ accuracy: 0.935, f1_macro: 0.91 }),
    });
  });

  test('the index and model documents agree with the tags', () => {
    const index = JSON.parse(readFileSync(join(f.out, 'api/models.json'), 'utf8')) as {
      models: { model: string; latest: { version: string } | null; stages: object }[];
    };
    expect(index.models.map((m) => [m.model, m.latest?.version])).toEqual([
      ['sentiment', '0.4.0'],
      ['other', '1.1.0'],
      ['nlp-2', undefined],
    ]);
    const model = JSON.parse(readFileSync(join(f.out, 'api/models/sentiment.json'), 'utf8')) as {
      versions: { version: string; stages: string[] }[];
      events: { tag: string }[];
    };
    expect(model.versions.map((v) => [v.version, v.stages])).toEqual([
      ['0.4.0', ['staging']],
      ['0.3.0', []],
      ['0.2.0', ['production']],
      ['0.1.0', []],
    ]);
    expect(model.events.map((e) => e.tag)).toEqual([
      'sentiment#staging#3',
      'sentiment#production#2',
      'sentiment#staging#1',
    ]);
  });
});
