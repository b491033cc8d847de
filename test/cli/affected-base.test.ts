// `lepton affected` in a repository made the way a new user makes one (git init, remote add,
// push: no origin/HEAD) — trial, item 2: the refusal says both ways out, and each works.
import { afterEach, describe, expect, it } from '@jest/globals';
import { makeRepo, runCli, type TestRepo } from '../helpers/repo.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

const MANIFEST = [
  'version: 1',
  'model: demo',
  'components:',
  '  code:',
  '    paths: [src/**]',
  'eval:',
  '  command: "true"',
  '  metrics: out/m.json',
  '',
].join('\n');

describe('affected without origin/HEAD', () => {
  it('refuses with exit 2, naming --base and git remote set-head; both then work', async () => {
    const repo = makeRepo({ 'lepton.yml': MANIFEST, 'src/a.py': 'a\n' });
    repos.push(repo);
    repo.git('push', '-q', 'origin', 'main');
    repo.write({ 'src/a.py': 'b\n' });

    const refused = await runCli(repo.dir, ['affected', '--json']);
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout)).toEqual({
      error: {
        kind: 'invalid',
        code: 2,
        message: 'no base to compare with: the remote has no default branch here',
        details: [
          'give one: lepton affected --base origin/main',
          "or record the remote's default branch once (a clone has it; git init and push do not): git remote set-head origin --auto",
        ],
      },
    });

    const given = await runCli(repo.dir, ['affected', '--base', 'origin/main', '--json']);
    expect(given.code).toBe(0);
    expect(JSON.parse(given.stdout).include).toEqual([
      { model: 'demo', manifest: 'lepton.yml', 'working-directory': '.' },
    ]);

    repo.git('remote', 'set-head', 'origin', '--auto');
    const found = await runCli(repo.dir, ['affected', '--json']);
    expect(found.code).toBe(0);
    const doc = JSON.parse(found.stdout) as { base: { ref: string }; include: unknown[] };
    expect(doc.base.ref).toBe('origin/main');
    expect(doc.include).toEqual(JSON.parse(given.stdout).include);
  });
});
