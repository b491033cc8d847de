// `lepton validate` at start-up speed (issue 23 item 4): the manifest read once, git asked only
// what the answer needs. The log sees each git command the CLI spawns.
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitLog } from '../helpers/git-log.js';
import { makeRepo, runCli, type TestRepo } from '../helpers/repo.js';
import { demoManifest } from '../helpers/in-process.js';

const log = gitLog();
const repos: TestRepo[] = [];
afterAll(() => {
  for (const r of repos) r.cleanup();
  rmSync(log.bin, { recursive: true, force: true });
});

const TOP = 'rev-parse --show-toplevel --absolute-git-dir --is-shallow-repository';
const LISTED = 'ls-files -v -s -c -o --exclude-standard -z';
const IGNORED = 'ls-files -o -i --exclude-standard -z';

function project(paths: string, files: Record<string, string>, at = ''): TestRepo {
  const manifest = demoManifest(paths);
  const repo = makeRepo({ [join(at, 'lepton.yml')]: manifest, ...files });
  repos.push(repo);
  return repo;
}

async function validate(dir: string) {
  log.clear();
  const r = await runCli(dir, ['validate'], log.env);
  return { ...r, git: log.lines() };
}

describe('the git lepton validate spawns', () => {
  it('in a linked worktree (.git is a file), git says where the repository is', async () => {
    const repo = project('[src/**]', { 'src/a.py': 'x' });
    const wt = join(repo.dir, '..', 'wt');
    repo.git('worktree', 'add', '-q', wt);
    const r = await validate(wt);
    expect(r.code).toBe(0);
    expect(r.git).toEqual([TOP, LISTED]);
  });

  it.each([
    ['at the top level', ''],
    ['in a model folder below it', 'models/a'],
  ])(
    'a valid manifest %s: its files, nothing else (the repository is found without git)',
    async (_, at) => {
      const repo = project('[src/**]', { [join(at, 'src/a.py')]: 'x' }, at);
      const r = await validate(join(repo.dir, at));
      expect(r.stderr).toMatch(/^lepton\.yml: OK/);
      expect(r.code).toBe(0);
      expect(r.git).toEqual([LISTED]);
    },
  );

  it.each([
    [
      'only ignored files',
      { '.gitignore': 'weights/\n', 'weights/w.bin': 'w', 'src/a.py': 'x' },
      'path "weights/**" matches only files git ignores (weights/w.bin)',
    ],
    ['no file at all', { 'src/a.py': 'x' }, 'path "weights/**" matches no file'],
  ])('a path matching %s: the ignored files are listed to say why', async (_, files, message) => {
    const repo = project('[src/**, "weights/**"]', files);
    const r = await validate(repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`lepton.yml:4:27: components.code.paths.1: ${message}`);
    expect(r.git).toEqual([LISTED, IGNORED]);
  });

  // The listing starts while the manifest is parsed (commands/validate-run.ts): at the model's
  // folder, unless a path may climb above it; either way git lists once.
  const SCHEMA_COMMENT = '# yaml-language-server: $schema=../../schema/lepton.schema.json\n';
  it.each([
    [
      'a path above the model folder: the folder above is listed, once',
      '[src/**, "../shared/**"]',
      '',
    ],
    ['a `..` only in a comment: the model folder, listed early', '[src/**]', SCHEMA_COMMENT],
  ])('%s', async (_, paths, comment) => {
    const repo = project(
      paths,
      { 'models/a/src/a.py': 'x', 'models/shared/s.py': 'y' },
      'models/a',
    );
    if (comment) {
      const file = join(repo.dir, 'models/a/lepton.yml');
      writeFileSync(file, comment + readFileSync(file, 'utf8'));
    }
    const r = await validate(join(repo.dir, 'models/a'));
    expect(r.stderr).toMatch(/^lepton\.yml: OK/);
    expect(r.code).toBe(0);
    expect(r.git).toEqual([LISTED]);
  });

  it('a warning is still placed at its line and column (the YAML is parsed again only then)', async () => {
    const repo = project('[src/**, "!src/none/**"]', { 'src/a.py': 'x' });
    const r = await validate(repo.dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'warning: lepton.yml:4:27: components.code.paths.1: exclusion "!src/none/**" excludes no file',
    );
    expect(r.git).toEqual([LISTED]);
  });
});
