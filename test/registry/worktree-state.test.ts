import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { Git } from '../../src/io/git.js';
import { committedHead, parseStatusV2, worktreeState } from '../../src/io/registry/worktree.js';
import { GIT_ENV, git, makeRepo, type TestRepo } from '../helpers/repo.js';

// record asks HEAD's commit and the paths that differ from it of one `git status
// --porcelain=v2 --branch` (issue 23: one process less per record). Each case puts a real
// work tree in a state and compares the answer with what git says by its older, plainer
// questions: `rev-parse HEAD^{commit}` and `status --porcelain=v1`'s paths.

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

function repo(files: Record<string, string> = { 'a.txt': '1', 'dir/b.txt': '2' }): TestRepo {
  const r = makeRepo(files);
  cleanups.push(r.cleanup);
  return r;
}

/** What git's plain questions say: HEAD's commit (null when unborn) and the v1 paths. */
function plainAnswer(dir: string): { head: string | null; paths: string[] } {
  let head: string | null;
  try {
    head = git(dir, 'rev-parse', '-q', '--verify', 'HEAD^{commit}').trim();
  } catch {
    head = null;
  }
  const out = git(
    dir,
    'status',
    '--porcelain=v1',
    '-z',
    '--untracked-files=all',
    '--no-renames',
    '--ignore-submodules=none',
  );
  const paths = out
    .split('\0')
    .filter((e) => e.length > 3)
    .map((e) => e.slice(3));
  return { head, paths };
}

const cases: [string, (r: TestRepo) => void][] = [
  ['a clean tree', () => {}],
  ['a modified file', (r) => r.write({ 'a.txt': 'changed' })],
  ['a staged file', (r) => (r.write({ 'a.txt': 'staged' }), r.git('add', 'a.txt'))],
  ['a deleted file', (r) => unlinkSync(join(r.dir, 'dir/b.txt'))],
  ['a staged deletion', (r) => r.git('rm', '-q', 'dir/b.txt')],
  ['untracked files in new folders', (r) => r.write({ 'x/y/z.txt': '1', 'x/w.txt': '2' })],
  ['an ignored file (not listed)', (r) => r.write({ '.gitignore': 'out/\n', 'out/m.json': '{}' })],
  [
    'names with spaces, quotes, tabs, newlines and non-ASCII',
    (r) =>
      r.write({
        'with space.txt': '1',
        'quote"d.txt': '2',
        'tab\there.txt': '3',
        'new\nline.txt': '4',
        'données é.csv': '5',
        'dir/a b c/d e.txt': '6',
      }),
  ],
  [
    'a rename, staged (listed as a deletion and an addition)',
    (r) => r.git('mv', 'a.txt', 'renamed a.txt'),
  ],
  [
    'a conflict (unmerged)',
    (r) => {
      r.git('checkout', '-q', '-b', 'other');
      r.write({ 'a.txt': 'theirs' });
      r.commit('theirs');
      r.git('checkout', '-q', 'main');
      r.write({ 'a.txt': 'ours' });
      r.commit('ours');
      try {
        r.git('merge', '-q', 'other');
      } catch {
        // the conflict is the point
      }
    },
  ],
  ['a detached HEAD', (r) => (r.commit('x'), r.git('checkout', '-q', '--detach', 'HEAD'))],
  [
    'a branch with an upstream it is ahead of',
    (r) => {
      r.git('push', '-q', '-u', 'origin', 'main');
      r.write({ 'a.txt': 'ahead' });
      r.commit('ahead');
    },
  ],
  [
    'a type change (file to symlink)',
    (r) => {
      unlinkSync(join(r.dir, 'a.txt'));
      symlinkSync('dir/b.txt', join(r.dir, 'a.txt'));
    },
  ],
];

describe('worktreeState: HEAD and the paths that differ from it, from one git status', () => {
  it.each(cases)('%s', async (_name, arrange) => {
    const r = repo();
    arrange(r);
    const state = await worktreeState(new Git(r.dir, { ...process.env, ...GIT_ENV }));
    const plain = plainAnswer(r.dir);
    expect(state.head).toBe(plain.head);
    expect([...state.paths].sort()).toEqual([...plain.paths].sort());
    expect(committedHead(state)).toBe(plain.head);
  });

  it('an unborn branch: no head, the untracked files, and committedHead refuses', async () => {
    const r = repo({});
    mkdirSync(join(r.dir, 'sub'));
    r.write({ 'sub/new.txt': '1' });
    const state = await worktreeState(new Git(r.dir, { ...process.env, ...GIT_ENV }));
    expect(state).toEqual({ head: null, paths: ['sub/new.txt'] });
    expect(() => committedHead(state)).toThrow('nothing to tag: the repository has no commit yet');
  });

  it('outside a repository: a git error, not an empty answer', async () => {
    const r = repo();
    rmSync(join(r.dir, '.git'), { recursive: true, force: true });
    await expect(
      worktreeState(new Git(r.dir, { ...process.env, ...GIT_ENV, GIT_CEILING_DIRECTORIES: r.dir })),
    ).rejects.toThrow();
  });
});

describe('parseStatusV2 (git-status(1), porcelain v2 with -z)', () => {
  const oid = 'a'.repeat(40);
  const sha256 = 'b'.repeat(64);
  it.each([
    ['the commit', `# branch.oid ${oid}\0# branch.head main\0`, { head: oid, paths: [] }],
    ['a SHA-256 commit', `# branch.oid ${sha256}\0`, { head: sha256, paths: [] }],
    ['an unborn branch', '# branch.oid (initial)\0# branch.head main\0', { head: null, paths: [] }],
    [
      'every entry kind, names with spaces',
      [
        `# branch.oid ${oid}`,
        '1 .M N... 100644 100644 100644 e69de e69de a b.txt',
        '2 R. N... 100644 100644 100644 e69de e69de R100 new name.txt',
        'old name.txt',
        'u UU N... 100644 100644 100644 100644 e1 e2 e3 c d.txt',
        '? un tracked.txt',
        '! ignored.txt',
        '',
      ].join('\0'),
      { head: oid, paths: ['a b.txt', 'new name.txt', 'c d.txt', 'un tracked.txt'] },
    ],
    ['a header it does not know', '# branch.ab +? -?\0# stash 2\0', { head: null, paths: [] }],
    ['a line it cannot read is skipped', 'x what\0?\0', { head: null, paths: [] }],
  ])('%s', (_name, out, expected) => {
    expect(parseStatusV2(out)).toEqual(expected);
  });
});
