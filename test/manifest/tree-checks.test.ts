// `lepton validate` checks the manifest against the working tree (CONTRACT §1, issue 13 item 10).
import { afterEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { makeRepo, runCli, type TestRepo } from '../helpers/repo.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

/** A committed repository whose lepton.yml has these components/data lines and extra keys. */
function project(body: string[], files: Record<string, string>, at = '') {
  const manifest = [
    'version: 1',
    'model: demo',
    ...body,
    'eval:',
    '  command: "true"',
    '  metrics: out/metrics.json',
    '',
  ].join('\n');
  const repo = makeRepo({ [join(at, 'lepton.yml')]: manifest, ...files });
  repos.push(repo);
  return repo;
}

const validate = (repo: TestRepo, at = '') => runCli(join(repo.dir, at), ['validate']);

describe('lepton validate against the working tree', () => {
  it('a glob that matches no file is an error naming it, with file:line:column and key path', async () => {
    const repo = project(['components:', '  model:', '    paths: [src/**, srcc/**]'], {
      'src/a.py': 'x',
    });
    const r = await validate(repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'lepton.yml:5:21: components.model.paths.1: path "srcc/**" matches no file',
    );
  });

  it.each([
    [
      'only ignored files',
      { '.gitignore': 'weights/\n', 'weights/w.bin': 'w' },
      'path "weights/**" matches only files git ignores (weights/w.bin)',
    ],
    [
      'a DVC pointer beside the path given without .dvc',
      {
        'weights.dvc':
          'outs:\n- md5: 0123456789abcdef0123456789abcdef\n  size: 3\n  path: weights\n',
      },
      'path "weights/**" matches no file, but DVC tracks it by weights.dvc',
    ],
  ])('says when a glob matches %s', async (_, files, message) => {
    const repo = project(['data:', '  w:', '    paths: ["weights/**"]'], files);
    const r = await validate(repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`data.w.paths.0: ${message}`);
  });

  it('a literal path given without .dvc names its pointer', async () => {
    const repo = project(['data:', '  train:', '    paths: [data/train.csv]'], {
      'data/train.csv.dvc':
        'outs:\n- md5: 0123456789abcdef0123456789abcdef\n  size: 3\n  path: train.csv\n',
      '.gitignore': '/data/train.csv\n',
      'data/train.csv': 'a,b\n',
    });
    const r = await validate(repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('but DVC tracks it by data/train.csv.dvc');
  });

  it.each([
    ['untracked', {}, 'add "out/metrics.json" to .gitignore'],
    ['committed', { 'out/metrics.json': '{}' }, 'git rm --cached "out/metrics.json"'],
  ])(
    'a metrics file inside a component (%s) is a warning whose hint is .gitignore, never "commit it"',
    async (_, files, hint) => {
      const repo = project(['components:', '  all:', '    paths: ["**"]'], {
        'a.py': 'x',
        ...files,
      });
      const r = await validate(repo);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(
        'warning: lepton.yml:8:12: eval.metrics: metrics file "out/metrics.json" is inside component "all"',
      );
      expect(r.stderr).toContain(hint);
      expect(r.stderr).not.toMatch(/commit it/);
    },
  );

  it('no warning once .gitignore excludes the metrics file', async () => {
    const repo = project(['components:', '  all:', '    paths: ["**"]'], {
      'a.py': 'x',
      '.gitignore': 'out/\n',
    });
    const r = await validate(repo);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('warning');
  });

  it('an artifact path inside a data set is a warning too', async () => {
    const repo = project(
      ['data:', '  d:', '    paths: [build/**]', 'artifacts:', '  paths: [build/model.onnx]'],
      { 'build/model.onnx': 'm' },
    );
    const r = await validate(repo);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'artifacts.paths.0: artifact "build/model.onnx" is inside data set "d"',
    );
  });

  it('a "!" path excludes from the part in status, and passes validate', async () => {
    const repo = project(['components:', '  model:', '    paths: ["src/**", "!src/**/*.tmp"]'], {
      'src/a.py': 'x',
      'src/scratch.tmp': 'junk',
    });
    expect((await validate(repo)).code).toBe(0);
    const s1 = await runCli(repo.dir, ['status', '--json']);
    expect(s1.code).toBe(0);
    const j1 = JSON.parse(s1.stdout) as {
      components: Record<string, { files: number; hash: string }>;
    };
    expect(j1.components.model?.files).toBe(1);
    repo.write({ 'src/scratch.tmp': 'other junk', 'src/more.tmp': 'new' });
    const j2 = JSON.parse((await runCli(repo.dir, ['status', '--json'])).stdout) as typeof j1;
    expect(j2.components.model).toEqual(j1.components.model);
  });

  it('gitignore-style order: a later path takes back what an exclusion left out', async () => {
    const repo = project(
      ['components:', '  model:', '    paths: ["src/**", "!src/gen/**", "src/gen/keep.py"]'],
      { 'src/a.py': 'x', 'src/gen/keep.py': 'k', 'src/gen/drop.py': 'd' },
    );
    const s = JSON.parse((await runCli(repo.dir, ['status', '--json'])).stdout) as {
      components: Record<string, { files: number }>;
    };
    expect(s.components.model?.files).toBe(2);
  });

  it('a part of exclusions only is an error; an exclusion that excludes nothing a warning', async () => {
    const only = project(['components:', '  model:', '    paths: ["!src/**"]'], {
      'src/a.py': 'x',
    });
    const r1 = await validate(only);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain('components.model.paths: every path is an exclusion');
    const none = project(['components:', '  model:', '    paths: ["src/**", "!src/*.tmp"]'], {
      'src/a.py': 'x',
    });
    const r2 = await validate(none);
    expect(r2.code).toBe(0);
    expect(r2.stderr).toContain(
      'components.model.paths.1: exclusion "!src/*.tmp" excludes no file',
    );
  });
});
