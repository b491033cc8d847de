// New-user trial, item 1: a repository without the remote Lepton would fetch versions from.
// Record still refuses a first version it cannot check (CONTRACT §2b: "without a reachable
// remote … record then refuses (exit 2) unless --no-baseline"), but its hint never names a
// remote the repository does not have, and it says so once; each way out it names works.
import { afterEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { git, runCli, tempDir, type TestRepo } from '../helpers/repo.js';
import { evalRepo, versionTags } from '../registry/eval-fixture.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

interface Case {
  readonly name: string;
  /** Makes the repository's remotes what the case needs. */
  readonly remotes: (repo: TestRepo) => void;
  readonly why: string;
  /** Lines the refusal must hold, and text it must not. */
  readonly hints: readonly string[];
  readonly never: readonly string[];
  /** The way out the hint names, and the version it records. */
  readonly then: readonly string[];
}

const CASES: readonly Case[] = [
  {
    name: 'no remote at all',
    remotes: (repo) => repo.git('remote', 'remove', 'origin'),
    why: 'not recording: no tag of sentiment is here and this repository has no remote, so the baseline and the latest version may be missing',
    hints: [
      '  a first version in a repository with no remote needs --no-baseline: lepton record --no-baseline',
      '  a copy of a repository that has versions: add its remote first (git remote add origin URL), then record',
    ],
    never: ['"origin"', 'git fetch', 'warning:'],
    then: ['record', '--no-baseline'],
  },
  {
    name: 'a remote, not called origin',
    remotes: (repo) => repo.git('remote', 'rename', 'origin', 'upstream'),
    why: 'not recording: no tag of sentiment is here and there is no "origin" remote (this repository has "upstream"), so the baseline and the latest version may be missing',
    hints: [
      '  record from the remote that holds the versions (--remote upstream), or pass --no-baseline to record against the local tags only',
    ],
    never: ['git fetch', 'warning:'],
    then: ['record', '--remote', 'upstream'],
  },
  {
    name: 'origin, unreachable (a complete clone: no --unshallow)',
    remotes: (repo) => repo.git('remote', 'set-url', 'origin', join(tempDir(), 'gone.git')),
    why: 'not recording: no tag of sentiment is here and origin could not be reached',
    hints: [
      "  fetch the tags when origin can be reached (git fetch origin 'refs/tags/*:refs/tags/*'), or pass --no-baseline to record against the local tags only",
    ],
    never: ['--unshallow', 'warning:'],
    then: ['record', '--no-baseline'],
  },
];

describe('record in a repository without the remote to fetch versions from', () => {
  it.each(CASES.map((c) => [c.name, c] as const))(
    '%s: refuses (exit 2) once, with a hint that works',
    async (_, c) => {
      const repo = evalRepo('0.95');
      repos.push(repo);
      c.remotes(repo);
      const refused = await runCli(repo.dir, ['record']);
      expect(refused.code).toBe(2);
      const lines = refused.stderr.split('\n');
      expect(lines.filter((l) => l.startsWith('lepton: not recording:'))).toHaveLength(1);
      expect(refused.stderr).toContain(`lepton: ${c.why}`);
      for (const h of c.hints) expect(lines).toContain(h);
      for (const n of c.never) expect(refused.stderr).not.toContain(n);
      expect(versionTags(repo.git)).toEqual([]);

      const done = await runCli(repo.dir, [...c.then]);
      expect(done.code).toBe(0);
      expect(versionTags(repo.git)).toEqual(['sentiment@v0.1.0']);
    },
  );
});

describe('affected in a repository with no remote', () => {
  it('says there is no remote (exit 2), and --base with a local branch works', async () => {
    const repo = evalRepo('0.95');
    repos.push(repo);
    repo.git('remote', 'remove', 'origin');
    const refused = await runCli(repo.dir, ['affected', '--json']);
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout)).toEqual({
      error: {
        kind: 'invalid',
        code: 2,
        message: 'no base to compare with: this repository has no remote',
        details: ['give one, a branch or commit: lepton affected --base main'],
      },
    });
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'src/acc.txt': '0.96' });
    const given = await runCli(repo.dir, ['affected', '--base', 'main', '--json']);
    expect(given.code).toBe(0);
    expect(JSON.parse(given.stdout).include).toEqual([
      { model: 'sentiment', manifest: 'lepton.yml', 'working-directory': '.' },
    ]);
    // The repository is left as the test made it: git() is the only other way in.
    expect(git(repo.dir, 'remote').trim()).toBe('');
  });
});
