// A new user's typo in a `paths:` entry (trial, item 3): `status`, `eval` and `record` name the
// manifest's file:line:column, the key path and a hint, exactly as `validate` does, and exit 2
// without running the eval or making a tag.
import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, runCli, type TestRepo } from '../helpers/repo.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

const FILES = {
  'src/train.py': 'print("train")\n',
  'src/evaluate.py': 'print("eval")\n',
  'data/train.csv': 'x,y\n1,2\n',
  'models/a/lepton.yml': '', // replaced below: a model in a subfolder reading shared root data
  '.gitignore': 'out/\n',
};

/** A committed project whose lepton.yml (line 5 holds the code paths, line 8 the data paths). */
function project(code: string, data = 'data/train.csv'): TestRepo {
  const manifest = [
    'version: 1', // 1
    'model: demo', // 2
    'components:', // 3
    '  code:', // 4
    `    paths: [${code}]`, // 5
    'data:', // 6
    '  train:', // 7
    `    paths: [${data}]`, // 8
    'eval:',
    // Would leave a trace if it ran: the refusal must come before the eval.
    `  command: "mkdir -p out && touch out/ran && echo '{\\"acc\\": 1}' > out/m.json"`,
    '  metrics: out/m.json',
    '',
  ].join('\n');
  const { 'models/a/lepton.yml': _, ...files } = FILES;
  const repo = makeRepo({ ...files, 'lepton.yml': manifest });
  repos.push(repo);
  return repo;
}

describe('status, eval and record position a bad path as validate does (exit 2)', () => {
  it.each([
    [
      'a misspelt folder',
      'srcx/**',
      'data/train.csv',
      'lepton.yml:5:13: components.code.paths.0: path "srcx/**" matches no file (did you mean "src/**"?)',
    ],
    [
      'a misspelt file name',
      'src/evalute.py',
      'data/train.csv',
      'lepton.yml:5:13: components.code.paths.0: path "src/evalute.py" matches no file (did you mean "src/evaluate.py"?)',
    ],
    [
      'a folder in the wrong case',
      'Src/**',
      'data/train.csv',
      'lepton.yml:5:13: components.code.paths.0: path "Src/**" matches no file (did you mean "src/**"?)',
    ],
    [
      'a data file in a misspelt folder',
      'src/**',
      'dta/train.csv',
      'lepton.yml:8:13: data.train.paths.0: path "dta/train.csv" matches no file (did you mean "data/train.csv"?)',
    ],
    [
      'a name close to nothing',
      'zzz/**',
      'data/train.csv',
      'lepton.yml:5:13: components.code.paths.0: path "zzz/**" matches no file (paths are relative to lepton.yml\'s folder and select the files git tracks or would track: `git ls-files --cached --others --exclude-standard` lists them)',
    ],
    [
      'a path leaving the repository',
      '../outside/**',
      'data/train.csv',
      'lepton.yml:5:13: components.code.paths.0: path "../outside/**" leaves the repository: it climbs 1 folder above lepton.yml\'s folder, which is the repository\'s top level',
    ],
  ])('%s', async (_, code, data, line) => {
    const repo = project(code, data);
    for (const cmd of [['validate'], ['status'], ['eval'], ['record']]) {
      const r = await runCli(repo.dir, cmd);
      expect({ cmd: cmd[0], code: r.code }).toEqual({ cmd: cmd[0], code: 2 });
      expect(r.stderr).toContain(`lepton: lepton.yml: 1 problem\n  ${line}\n`);
    }
    expect(existsSync(join(repo.dir, 'out/ran'))).toBe(false);
    expect(repo.git('tag', '--list')).toBe('');
  });

  it('--json carries the positioned issue with its hint', async () => {
    const repo = project('srcx/**');
    const r = await runCli(repo.dir, ['status', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({
      error: {
        kind: 'invalid',
        code: 2,
        message: 'lepton.yml: 1 problem',
        details: [
          'lepton.yml:5:13: components.code.paths.0: path "srcx/**" matches no file (did you mean "src/**"?)',
        ],
        issues: [
          {
            file: 'lepton.yml',
            line: 5,
            column: 13,
            path: 'components.code.paths.0',
            message: 'path "srcx/**" matches no file',
            hint: 'did you mean "src/**"?',
          },
        ],
      },
    });
  });

  it('names the manifest as given relative to --cwd, for a model in a subfolder', async () => {
    const repo = makeRepo({
      ...FILES,
      'models/a/src/m.py': 'x\n',
      'models/a/lepton.yml': [
        'version: 1',
        'model: a',
        'data:',
        '  shared:',
        '    paths: [../../data/trian.csv]',
        'eval:',
        '  command: "true"',
        '  metrics: out/m.json',
        '',
      ].join('\n'),
    });
    repos.push(repo);
    const r = await runCli(repo.dir, ['--manifest', 'models/a/lepton.yml', 'status']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '  models/a/lepton.yml:5:13: data.shared.paths.0: path "../../data/trian.csv" matches no file (did you mean "../../data/train.csv"?)\n',
    );
  });

  it('a failure that is not about paths keeps its own message', async () => {
    const repo = project('src/**');
    repo.write({ 'src/train.py': 'changed\n' });
    const r = await runCli(repo.dir, ['record']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('1 file of the model differs from HEAD');
    expect(r.stderr).not.toContain('problem');
  });

  it('an eval that writes its metrics elsewhere is pointed at eval.metrics, with what it wrote', async () => {
    const repo = makeRepo({
      ...FILES,
      'models/a/lepton.yml': [
        'version: 1',
        'model: a',
        'data:',
        '  shared:',
        '    paths: [../../data/train.csv]',
        'eval:',
        `  command: "mkdir -p out && echo '{\\"acc\\": 1}' > out/metric.json"`,
        '  metrics: out/metrics.json',
        '',
      ].join('\n'),
    });
    repos.push(repo);
    const r = await runCli(repo.dir, ['--manifest', 'models/a/lepton.yml', 'record']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('  files this eval wrote: out/metric.json\n');
    expect(r.stderr).toContain(
      '  models/a/lepton.yml:8:12 eval.metrics names the file(s) read after the eval (relative to the manifest): make it match what the eval writes\n',
    );
    expect(repo.git('tag', '--list')).toBe('');
  });
});
