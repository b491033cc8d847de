// CONTRACT §2b: record checks before it runs the eval. Each refusal is exit 2 and the eval
// never starts: the eval command here touches a marker file first thing.
import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type TestRepo } from '../helpers/repo.js';
import { evalRepo, versionTags } from './eval-fixture.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

const MARKER = 'eval-ran.txt';

/** The eval fixture, its command touching a marker before anything else, v0.1.0 recorded. */
async function recorded(): Promise<TestRepo> {
  const repo = evalRepo('0.95');
  repos.push(repo);
  const manifest = readFileSync(join(repo.dir, 'lepton.yml'), 'utf8').replace(
    'command: node eval.mjs',
    `command: "touch ${MARKER} && node eval.mjs"`,
  );
  repo.write({ 'lepton.yml': manifest, '.gitignore': `out/\n${MARKER}\n` });
  repo.commit('marker');
  expect((await runCli(repo.dir, ['record'])).code).toBe(0);
  repo.git('rm', '-q', '--cached', '--ignore-unmatch', MARKER);
  (await import('node:fs')).rmSync(join(repo.dir, MARKER));
  repo.write({ 'src/acc.txt': '0.96' });
  repo.commit('better');
  return repo;
}

const CASES: [string, (repo: TestRepo) => void, string[], RegExp][] = [
  [
    '--version below the latest',
    () => {},
    ['--version', '0.0.1'],
    /--version 0\.0\.1 must be higher than the latest recorded version, 0\.1\.0/,
  ],
  [
    '--version equal to the latest',
    () => {},
    ['--version', '0.1.0'],
    /must be higher than the latest recorded version, 0\.1\.0/,
  ],
  [
    '--version that is no X.Y.Z',
    () => {},
    ['--version', '1.2'],
    /--version 1\.2: expected X\.Y\.Z/,
  ],
  [
    '--version whose tag name a tag on a tree takes',
    (repo) => repo.git('tag', '-a', 'sentiment@v0.5.0', '-m', 'x', 'HEAD^{tree}'),
    ['--version', '0.5.0'],
    /the tag sentiment@v0\.5\.0 exists already \(it points at a tree/,
  ],
  [
    'a HEAD that already carries a version (a GTO registration)',
    (repo) =>
      repo.git(
        'tag',
        '-a',
        'sentiment@v0.1.5',
        '-m',
        'Registering artifact sentiment version v0.1.5',
      ),
    [],
    /already carries sentiment@v0\.1\.5 \(made without a Lepton record\)/,
  ],
  [
    'an uncommitted lepton.yml (thresholds loosened)',
    (repo) =>
      repo.write({
        'lepton.yml': readFileSync(join(repo.dir, 'lepton.yml'), 'utf8').replace(
          'min: 0.9',
          'min: 0.1',
        ),
      }),
    [],
    /lepton\.yml \(the manifest: its thresholds decide whether the version passed\)/,
  ],
  [
    'an edited eval script named by eval.command',
    (repo) => repo.write({ 'eval.mjs': 'console.log(1)\n' }),
    [],
    /eval\.mjs \(named by eval\.command\)/,
  ],
  [
    'a staged component file',
    (repo) => {
      repo.write({ 'src/acc.txt': '0.99' });
      repo.git('add', 'src/acc.txt');
    },
    [],
    /src\/acc\.txt \(component "classifier"\)/,
  ],
];

describe('record refuses before the eval runs', () => {
  it.each(CASES)('%s: exit 2, no eval, no tag', async (_, make, args, message) => {
    const repo = await recorded();
    make(repo);
    const before = versionTags(repo.git);
    const r = await runCli(repo.dir, ['record', ...args]);
    expect(r.stderr).toMatch(message);
    expect(r.code).toBe(2);
    expect(existsSync(join(repo.dir, MARKER))).toBe(false);
    expect(versionTags(repo.git)).toEqual(before);
  });

  it('still answers "unchanged" on a HEAD whose version records this very content', async () => {
    const repo = evalRepo('0.95');
    repos.push(repo);
    expect((await runCli(repo.dir, ['record'])).code).toBe(0);
    const again = await runCli(repo.dir, ['record']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Unchanged: sentiment@v0.1.0 already records this fingerprint');
  });

  it('a valid --version higher than the latest records that version', async () => {
    const repo = await recorded();
    const r = await runCli(repo.dir, ['record', '--version', '2.0.0']);
    expect(r.code).toBe(0);
    expect(versionTags(repo.git)).toEqual(['sentiment@v0.1.0', 'sentiment@v2.0.0']);
  });
});
