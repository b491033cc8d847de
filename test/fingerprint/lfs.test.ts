import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GIT_ENV, git, makeRepo, runCli, type TestRepo } from '../helpers/repo.js';
import { sha, requireLfs } from './helpers.js';

const MANIFEST =
  'version: 1\nmodel: demo\ncomponents:\n  weights:\n    paths: [models/**]\n  code:\n    paths: [src/**]\neval:\n  command: "true"\n  metrics: m.json\n';

async function fingerprint(dir: string) {
  const r = await runCli(dir, ['status', '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as {
    fingerprint: string;
    components: Record<string, { hash: string }>;
  };
}

describe('Git LFS (real git-lfs)', () => {
  let repo: TestRepo;
  const big = Buffer.alloc(3 << 20, 7); // above the 1 KiB pointer limit and several reads long
  const small = Buffer.from('tiny but tracked by LFS\n');

  beforeAll(() => {
    // `.ci/run` installs git-lfs when the machine lacks it; a missing one is a setup error, not a pass.
    requireLfs();
    repo = makeRepo();
    repo.git('lfs', 'install', '--local');
    repo.git('lfs', 'track', 'models/*.bin');
    repo.write({
      'models/big.bin': big,
      'models/small.bin': small,
      'src/a.py': 'x = 1\n',
      'lepton.yml': MANIFEST,
    });
    repo.commit('weights in LFS');
  });
  afterAll(() => repo?.cleanup());

  it('gives one fingerprint whether LFS files are smudged or pointers', async () => {
    // The work tree holds the content; git holds pointers.
    expect(readFileSync(join(repo.dir, 'models/big.bin')).equals(big)).toBe(true);
    expect(repo.git('cat-file', '-p', 'HEAD:models/big.bin')).toContain(`oid sha256:${sha(big)}`);
    const smudged = await fingerprint(repo.dir);

    // A clone without the LFS filter checks the pointers out as files.
    const clone = join(repo.dir, '..', 'pointers');
    git(join(repo.dir, '..'), 'clone', '-q', repo.dir, clone);
    const pointer = readFileSync(join(clone, 'models/big.bin'), 'utf8');
    expect(pointer).toBe(
      `version https://git-lfs.github.com/spec/v1\noid sha256:${sha(big)}\nsize ${big.length}\n`,
    );
    expect(readFileSync(join(clone, 'models/small.bin'), 'utf8')).toMatch(
      /^version https:\/\/git-lfs/,
    );

    const pointers = await fingerprint(clone);
    expect(pointers).toEqual(smudged);
    // And the part hash is the one of the content, as documented.
    const text =
      'lepton-part/1\n' +
      `["file","models/big.bin",${big.length},"${sha(big)}"]\n` +
      `["file","models/small.bin",${small.length},"${sha(small)}"]\n`;
    expect(smudged.components.weights?.hash).toBe('sha256:' + sha(text));
  });

  it('changes when the LFS content changes, smudged or as a new pointer', async () => {
    const before = await fingerprint(repo.dir);
    repo.write({ 'models/small.bin': 'tiny, retrained\n' });
    const changed = await fingerprint(repo.dir);
    expect(changed.components.weights?.hash).not.toBe(before.components.weights?.hash);
    expect(changed.components.code).toEqual(before.components.code);

    // `git lfs pointer` writes the pointer of a file: checked in as a pointer, it hashes as the content.
    const pointer = execFileSync('git', ['lfs', 'pointer', '--file=models/small.bin'], {
      cwd: repo.dir,
      env: { ...process.env, ...GIT_ENV },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    repo.write({ 'models/small.bin': pointer });
    expect(await fingerprint(repo.dir)).toEqual(changed);
  });
});
