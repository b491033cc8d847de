import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monorepo, type Monorepo } from './fixture.js';

// examples/monorepo: model-a and model-b read ../../data/shared.csv; model-c has its own data.
let repo: Monorepo;
beforeAll(() => {
  repo = monorepo();
});
afterAll(() => repo.cleanup());

/** Undo every change of the working tree (tracked and untracked), back to main. */
function reset(): void {
  repo.git('checkout', '-q', '-f', 'main');
  repo.git('reset', '-q', '--hard', 'origin/main');
  repo.git('clean', '-qfdx');
}

const affectedModels = async (...args: string[]) => {
  // Global options (--manifest) come before the command.
  const at = args.indexOf('--manifest');
  const global = at >= 0 ? args.splice(at, 2) : [];
  const r = await repo.json(...global, 'affected', ...args);
  expect(r.code).toBe(0);
  return (r.json.include as { model: string }[]).map((e) => e.model);
};

describe('affected (working tree against origin/main, by content)', () => {
  const cases: [string, () => void, string[]][] = [
    [
      'shared root data reaches both models that read it',
      () => repo.append('data/shared.csv', '0.5,0.5,1\n'),
      ['model-a', 'model-b'],
    ],
    [
      "one model's code reaches that model",
      () => repo.append('models/c/src/model.js', '// tuned\n'),
      ['model-c'],
    ],
    [
      "one model's config reaches that model",
      () => repo.edit('models/b/config.json', '"scale": 10', '"scale": 11'),
      ['model-b'],
    ],
    ['a README edit reaches none', () => repo.append('README.md', '\nMore words.\n'), []],
    [
      "a model folder's README reaches none",
      () => repo.append('models/a/README.md', '\nMore.\n'),
      [],
    ],
    [
      'a threshold-only manifest change reaches that model',
      () => repo.edit('models/a/lepton.yml', 'min: 0.7', 'min: 0.75'),
      ['model-a'],
    ],
    [
      'an eval script (eval file, not the fingerprint) reaches that model',
      () => repo.append('models/b/eval.js', '// note\n'),
      ['model-b'],
    ],
    [
      'a new untracked file a glob selects counts',
      () => writeFileSync(join(repo.dir, 'models/c/src/extra.js'), 'export {};\n'),
      ['model-c'],
    ],
    [
      'an ignored file (out/) counts for nothing',
      () => writeFileSync(join(repo.dir, 'models/a/out-of-tree.log'), 'x'),
      [],
    ],
    [
      'a deleted data file reaches its model',
      () => rmSync(join(repo.dir, 'models/c/data/own.csv')),
      ['model-c'],
    ],
    [
      'a touched but unchanged file counts for nothing',
      () => utimesSync(join(repo.dir, 'data/shared.csv'), new Date(), new Date(Date.now() + 5000)),
      [],
    ],
  ];
  test.each(cases)('%s', async (_name, change, expected) => {
    reset();
    change();
    expect(await affectedModels()).toEqual(expected);
  });
});

describe('affected on a branch', () => {
  test('committed changes count, and --base names the base', async () => {
    reset();
    repo.git('checkout', '-q', '-b', 'feature');
    repo.append('data/shared.csv', '0.1,0.1,0\n');
    repo.commit('more shared data');
    const r = await repo.json('affected', '--base', 'main');
    expect(r.json.include).toEqual([
      { model: 'model-a', manifest: 'models/a/lepton.yml', 'working-directory': 'models/a' },
      { model: 'model-b', manifest: 'models/b/lepton.yml', 'working-directory': 'models/b' },
    ]);
    expect(r.json.models[0].touched).toEqual({
      manifest: false,
      components: [],
      data: ['shared'],
      eval: false,
    });
    expect(r.json.unaffected).toEqual(['model-c']);
  });

  test("what the base branch gained since the branch left it is not this branch's change", async () => {
    reset();
    repo.git('checkout', '-q', '-b', 'feature2');
    repo.append('models/c/src/model.js', '// c\n');
    repo.commit('c only');
    repo.git('checkout', '-q', 'main');
    repo.append('data/shared.csv', '0.2,0.2,0\n');
    repo.commit('main moves on');
    repo.git('checkout', '-q', 'feature2');
    expect(await affectedModels('--base', 'main')).toEqual(['model-c']);
    repo.git('branch', '-q', '-f', 'main', 'origin/main');
  });

  test('--manifest glob limits the models considered', async () => {
    reset();
    repo.append('data/shared.csv', '0.5,0.5,1\n');
    expect(await affectedModels('--manifest', 'models/c/*.yml')).toEqual([]);
    expect(await affectedModels('--manifest', 'models/[ab]/lepton.yml')).toEqual([
      'model-a',
      'model-b',
    ]);
  });

  test.each([
    [['--base', 'no-such-branch'], 'no-such-branch: no such commit'],
    [['--base', '--upload-pack=x'], 'not a git revision'],
  ])('a base this clone lacks is exit 2 naming it (%j)', async (args, message) => {
    reset();
    const r = await repo.json('affected', ...args);
    expect(r.code).toBe(2);
    expect(r.json.error.message).toContain(message);
  });

  test('text output says which parts changed and which models are untouched', async () => {
    reset();
    repo.edit('models/a/lepton.yml', 'min: 0.7', 'min: 0.75');
    const r = await repo.lepton('affected');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 model\(s\) affected since origin\/main/);
    expect(r.stdout).toMatch(/model-a\s+models\/a\/lepton\.yml\s+lepton\.yml/);
    expect(r.stdout).toContain('unaffected: model-b, model-c');
  });
});

describe('affected names a manifest the pattern matched at the base and no longer matches', () => {
  afterEach(reset);
  const glob = ['--manifest', 'models/*/lepton.yml'];
  const cases: [string, string[], () => void, { manifest: string; model: string }[]][] = [
    [
      'a manifest renamed out of the glob',
      glob,
      () => repo.git('mv', 'models/a/lepton.yml', 'models/a/lepton.yaml'),
      [{ manifest: 'models/a/lepton.yml', model: 'model-a' }],
    ],
    [
      'a model removed',
      glob,
      () => repo.git('rm', '-q', '-r', 'models/c'),
      [{ manifest: 'models/c/lepton.yml', model: 'model-c' }],
    ],
    [
      'a model removed, committed, no --manifest (every lepton.yml)',
      [],
      () => {
        repo.git('rm', '-q', '-r', 'models/c');
        repo.git('commit', '-q', '-m', 'drop c');
      },
      [{ manifest: 'models/c/lepton.yml', model: 'model-c' }],
    ],
    [
      'a model folder moved where the glob still matches it: still gated, not named',
      glob,
      () => repo.git('mv', 'models/a', 'models/a2'),
      [],
    ],
  ];
  test.each(cases)('%s', async (_name, args, change, dropped) => {
    change();
    const r = await repo.json(...args, 'affected');
    expect(r.code).toBe(0);
    expect(r.json.dropped).toEqual(dropped);
    for (const d of dropped) {
      expect(r.stderr).toContain(
        `warning: ${d.manifest} (${d.model}) no longer matches the manifest glob: it was renamed/removed; it is no longer gated`,
      );
    }
    const text = await repo.lepton(...args, 'affected');
    for (const d of dropped) expect(text.stdout).toContain(`warning: ${d.manifest} (${d.model})`);
  });
});
