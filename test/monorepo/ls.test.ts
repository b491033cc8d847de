import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { monorepo, type Monorepo } from './fixture.js';

let repo: Monorepo;
beforeAll(async () => {
  repo = monorepo();
  for (const m of ['a', 'c']) {
    const r = await repo.lepton('-C', `models/${m}`, 'record', '--no-baseline');
    expect(r.code).toBe(0);
  }
  expect((await repo.lepton('-C', 'models/a', 'promote', '0.1.0', 'production')).code).toBe(0);
}, 60_000);
afterAll(() => repo.cleanup());

test('ls --json: every model with its latest version, stage holders and whether it changed', async () => {
  repo.append('models/c/src/model.js', '// tuned\n');
  const r = await repo.json('ls');
  expect(r.code).toBe(0);
  const byModel = Object.fromEntries(r.json.models.map((m: { model: string }) => [m.model, m]));
  expect(Object.keys(byModel)).toEqual(['model-a', 'model-b', 'model-c']);
  expect(byModel['model-a']).toMatchObject({
    manifest: 'models/a/lepton.yml',
    workingDirectory: 'models/a',
    latest: { version: '0.1.0', tag: 'model-a@v0.1.0' },
    stages: { production: { version: '0.1.0', tag: 'model-a@v0.1.0' } },
    changed: false,
  });
  // Never recorded: new, so changed.
  expect(byModel['model-b']).toMatchObject({
    latest: null,
    stages: { production: null },
    changed: true,
  });
  expect(byModel['model-c']).toMatchObject({
    latest: { version: '0.1.0', tag: 'model-c@v0.1.0' },
    stages: { production: null },
    changed: true,
    touched: { components: ['code'], data: [], manifest: false, eval: false },
  });
  repo.git('checkout', '-q', '--', 'models/c');
});

test('ls: a threshold edit or an eval script edit is not a content change (the fingerprint holds)', async () => {
  repo.edit('models/a/lepton.yml', 'min: 0.7', 'min: 0.75');
  repo.append('models/a/eval.js', '// note\n');
  const r = await repo.json('ls');
  expect(r.json.models[0]).toMatchObject({
    changed: false,
    touched: { manifest: true, eval: true, components: [], data: [] },
  });
  repo.git('checkout', '-q', '--', 'models/a');
});

// The manifest decides which files go into which part, so an edit of a part's paths or name
// changes the fingerprint with no selected file changed (it once read "unchanged"); an edit
// that selects alike does not.
test.each([
  ['a path edited to match no file', true, 'paths: [config.json]', 'paths: [configs.json]'],
  ['a path edited to select another file', true, 'paths: [config.json]', 'paths: [README.md]'],
  ['a path added', true, 'paths: [config.json]', 'paths: [config.json, README.md]'],
  ['a component renamed', true, /^ {2}config:$/m, '  settings:'],
  ['a data set renamed', true, /^ {2}shared:$/m, '  common:'],
  [
    'the same list in block style, with a comment',
    false,
    'paths: [config.json]',
    'paths: # settings\n      - config.json',
  ],
  ['a threshold edited', false, 'min: 0.7', 'min: 0.75'],
])('ls: %s → changed: %s', async (_what, changed, from, to) => {
  repo.edit('models/a/lepton.yml', from, to);
  try {
    const r = await repo.json('ls');
    expect(r.code).toBe(0);
    expect(r.json.models[0]).toMatchObject({
      model: 'model-a',
      changed,
      touched: { manifest: true, components: [], data: [] },
    });
    const text = await repo.lepton('ls');
    expect(text.stdout.split('\n')[1]).toMatch(changed ? / changed$/ : / unchanged$/);
  } finally {
    repo.git('checkout', '-q', '--', 'models/a');
  }
});

test('ls: a manifest committed with other paths since the version reads as changed too', async () => {
  repo.edit('models/a/lepton.yml', 'paths: [config.json]', 'paths: [config.json, README.md]');
  repo.git('commit', '-qam', 'a: README into config');
  try {
    const r = await repo.json('ls');
    expect(r.json.models[0]).toMatchObject({ model: 'model-a', changed: true });
  } finally {
    repo.git('reset', '-q', '--hard', 'HEAD~1');
  }
});

test('ls with a --manifest glob lists only what it names; text output has a row per model', async () => {
  repo.append('data/shared.csv', '0.3,0.3,0\n');
  const r = await repo.lepton('--manifest', 'models/[ab]/lepton.yml', 'ls');
  expect(r.code).toBe(0);
  const rows = r.stdout.trim().split('\n');
  expect(rows).toHaveLength(3);
  expect(rows[1]).toMatch(
    /^model-a\s+models\/a\/lepton\.yml\s+v0\.1\.0\s+production: v0\.1\.0\s+changed$/,
  );
  expect(rows[2]).toMatch(/^model-b\s+models\/b\/lepton\.yml\s+—\s+production: —\s+new$/);
  const none = await repo.json('--manifest', 'nothing/*/lepton.yml', 'ls');
  expect(none.code).toBe(2);
  expect(none.json.error.message).toContain('names no manifest');
  repo.git('checkout', '-q', '--', 'data');
});

// A workflow called lepton.yml (a natural name for Lepton's own) was read as a model's manifest
// and every `ls` failed with its schema errors. Nothing under .github/ is a model; a lepton.yml
// in a folder merely named like it elsewhere still is.
test.each([
  ['.github/workflows/lepton.yml', false],
  ['.github/lepton.yml', false],
  ['tools/.github-like/lepton.yml', true],
])('ls: a lepton.yml at %s is a model: %s', async (path, isModel) => {
  const text = isModel
    ? (await import('node:fs'))
        .readFileSync(`${repo.dir}/models/b/lepton.yml`, 'utf8')
        .replace(/model: model-b/, 'model: model-x')
    : 'name: lepton\non: [push]\njobs: {}\n';
  repo.write({ [path]: text });
  const r = await repo.json('ls');
  expect(r.code).toBe(0);
  const models = r.json.models.map((m: { model: string }) => m.model);
  expect(models.includes('model-x')).toBe(isModel);
  expect(models).toEqual(expect.arrayContaining(['model-a', 'model-b', 'model-c']));
  (await import('node:fs')).rmSync(`${repo.dir}/${path.split('/')[0]}`, {
    recursive: true,
    force: true,
  });
});
