// Monorepo paths (CONTRACT §1, issue 13 item 11): a manifest may climb with `..` within the
// repository; only what leaves it is refused, naming the key path.
import { afterEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { makeRepo, runCli, type TestRepo } from '../helpers/repo.js';
import { sha } from './helpers.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

const DVC = (md5: string) => `outs:\n- md5: ${md5}\n  size: 3\n  path: x\n`;

function monorepo(paths: string[], files: Record<string, string> = {}) {
  const repo = makeRepo({
    'models/a/lepton.yml': [
      'version: 1',
      'model: a',
      'components:',
      '  code:',
      '    paths: [src/**]',
      'data:',
      '  shared:',
      `    paths: ${JSON.stringify(paths)}`,
      'eval:',
      '  command: "true"',
      '  metrics: out/metrics.json',
      '',
    ].join('\n'),
    'models/a/src/m.py': 'w = 1\n',
    'data/x.dvc': DVC('0123456789abcdef0123456789abcdef'),
    'data/readme.txt': 'shared data\n',
    ...files,
  });
  repos.push(repo);
  return repo;
}

interface StatusJson {
  fingerprint: string;
  data: Record<string, { hash: string; files: number }>;
}

async function status(repo: TestRepo): Promise<StatusJson> {
  const r = await runCli(join(repo.dir, 'models/a'), ['status', '--json']);
  if (r.code !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as StatusJson;
}

describe('paths climbing with .. within the repository', () => {
  it('models/a/lepton.yml may name ../../data/x.dvc: hashed by what it records, under that path', async () => {
    const repo = monorepo(['../../data/x.dvc']);
    const s = await status(repo);
    const line = (md5: string) =>
      `lepton-part/1\n["dvc","../../data/x.dvc",[["x",null,"${md5}",3,null]]]\n`;
    expect(s.data.shared).toEqual({
      hash: 'sha256:' + sha(line('0123456789abcdef0123456789abcdef')),
      files: 1,
    });
    repo.write({ 'data/x.dvc': DVC('fedcba9876543210fedcba9876543210') });
    expect((await status(repo)).data.shared?.hash).toBe(
      'sha256:' + sha(line('fedcba9876543210fedcba9876543210')),
    );
    expect((await runCli(join(repo.dir, 'models/a'), ['validate'])).code).toBe(0);
  });

  it.each([
    [['../../data/**'], 2],
    [['../b/../../data/*.txt'], 1],
    [['../../data', '!../../data/*.txt'], 1],
  ])('%j selects %i file(s) above the manifest', async (paths, files) => {
    const repo = monorepo(paths as string[]);
    expect((await status(repo)).data.shared?.files).toBe(files);
  });

  it('a sibling model folder is reached in its shortest form (../b/…)', async () => {
    const repo = monorepo(['../b/shared.csv'], { 'models/b/shared.csv': 'a,b\n' });
    const s = await status(repo);
    const text = `lepton-part/1\n["file","../b/shared.csv",4,"${sha('a,b\n')}"]\n`;
    expect(s.data.shared?.hash).toBe('sha256:' + sha(text));
  });

  it.each([
    [
      '../../../outside.txt',
      "it climbs 3 folders above lepton.yml's folder, which is 2 below the repository's top level",
    ],
    [
      '../../data/../../x',
      "it climbs 3 folders above lepton.yml's folder, which is 2 below the repository's top level",
    ],
  ])('refuses %s, naming the key path (status and validate)', async (path, why) => {
    const repo = monorepo([path]);
    const s = await runCli(join(repo.dir, 'models/a'), ['status']);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain(`data.shared.paths.0: path "${path}" leaves the repository: ${why}`);
    const v = await runCli(join(repo.dir, 'models/a'), ['validate']);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain(
      `lepton.yml:8:13: data.shared.paths.0: path "${path}" leaves the repository`,
    );
  });

  it('an absolute path is refused by the schema itself', async () => {
    const repo = monorepo(['/etc/passwd']);
    const v = await runCli(join(repo.dir, 'models/a'), ['validate']);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain('data.shared.paths.0: path is absolute');
  });
});
