import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { discoverRepository } from '../../src/io/repo-discovery.js';
import { Git } from '../../src/io/git.js';
import { gitLog } from '../helpers/git-log.js';
import { GIT_ENV, git, makeRepo, tempDir, type TestRepo } from '../helpers/repo.js';

// Finding the repository without a git process must give git's own answer, or none (then git
// is asked): each case is checked against `git rev-parse` run in the same place.
const log = gitLog();
const repos: TestRepo[] = [];
const dirs: string[] = [];
afterAll(() => {
  for (const r of repos) r.cleanup();
  for (const d of [...dirs, log.bin]) rmSync(d, { recursive: true, force: true });
});
const env = { ...process.env, ...GIT_ENV };

function repo(): TestRepo {
  const r = makeRepo({ 'a.txt': 'a\n', 'sub/deep/b.txt': 'b\n' });
  repos.push(r);
  return r;
}

/** What git itself answers in `cwd`. */
function gitSays(cwd: string) {
  const out = execFileSync(
    'git',
    ['rev-parse', '--show-toplevel', '--absolute-git-dir', '--is-shallow-repository'],
    { cwd, env, encoding: 'utf8' },
  ).split('\n');
  return { top: out[0], gitDir: out[1], shallow: out[2] === 'true' };
}

describe('finding the repository without git', () => {
  it.each([
    ['the top level', (r: TestRepo) => r.dir],
    ['a folder two levels down', (r: TestRepo) => join(r.dir, 'sub/deep')],
    [
      'a symlink to a folder in it (git answers with the real path)',
      (r: TestRepo) => {
        const link = join(tempDir('lepton-link-'), 'l');
        dirs.push(join(link, '..'));
        symlinkSync(join(r.dir, 'sub'), link);
        return link;
      },
    ],
  ])('in a plain checkout, from %s: git’s answer', (_, where) => {
    const r = repo();
    const cwd = where(r);
    const found = discoverRepository(cwd, env);
    expect(found).not.toBeNull();
    expect(found).toEqual(gitSays(cwd));
  });

  it('in a shallow clone: git’s answer, shallow', () => {
    const r = repo();
    r.commit('second');
    const base = tempDir('lepton-shallow-');
    dirs.push(base);
    git(base, 'clone', '-q', '--depth', '1', `file://${r.dir}`, 'c');
    const found = discoverRepository(join(base, 'c'), env);
    expect(found).toEqual(gitSays(join(base, 'c')));
    expect(found?.shallow).toBe(true);
  });

  it.each<[string, (r: TestRepo) => { cwd: string; env?: Record<string, string> }]>([
    ['GIT_DIR in the environment', (r) => ({ cwd: r.dir, env: { GIT_DIR: join(r.dir, '.git') } })],
    ['GIT_WORK_TREE in the environment', (r) => ({ cwd: r.dir, env: { GIT_WORK_TREE: r.dir } })],
    [
      'GIT_CEILING_DIRECTORIES',
      (r) => ({ cwd: join(r.dir, 'sub'), env: { GIT_CEILING_DIRECTORIES: r.dir } }),
    ],
    [
      'a linked worktree (.git is a file)',
      (r) => {
        const wt = join(tempDir('lepton-wt-'), 'wt');
        dirs.push(join(wt, '..'));
        r.git('worktree', 'add', '-q', wt);
        return { cwd: wt };
      },
    ],
    [
      'core.worktree set',
      (r) => {
        r.git('config', 'core.worktree', join(r.dir, 'sub'));
        return { cwd: join(r.dir, 'sub') };
      },
    ],
    [
      'core.bare true',
      (r) => {
        r.git('config', 'core.bare', 'true');
        return { cwd: r.dir };
      },
    ],
    [
      'a config include',
      (r) => {
        r.git('config', 'include.path', '/dev/null');
        return { cwd: r.dir };
      },
    ],
    ['inside the .git folder', (r) => ({ cwd: join(r.dir, '.git', 'refs') })],
    [
      'a symlinked .git',
      (r) => {
        const elsewhere = tempDir('lepton-dotgit-');
        dirs.push(elsewhere);
        const moved = join(elsewhere, 'g');
        execFileSync('mv', [join(r.dir, '.git'), moved]);
        symlinkSync(moved, join(r.dir, '.git'));
        return { cwd: r.dir };
      },
    ],
    [
      'an unusual HEAD',
      (r) => {
        writeFileSync(join(r.dir, '.git', 'HEAD'), 'ref:  refs/heads/main\n');
        return { cwd: r.dir };
      },
    ],
  ])('with %s: no answer (git is asked)', (_, setup) => {
    const r = repo();
    const { cwd, env: extra = {} } = setup(r);
    expect(discoverRepository(cwd, { ...env, ...extra })).toBeNull();
  });

  it('outside any repository: no answer (git says so)', () => {
    const d = tempDir('lepton-none-');
    dirs.push(d);
    mkdirSync(join(d, 'x'));
    // /tmp is no repository on a test machine; git would walk on to / and find none either.
    expect(discoverRepository(join(d, 'x'), env)).toBeNull();
  });

  it('Git.topLevel spawns nothing in a plain checkout, and asks git where the walk defers', async () => {
    const r = repo();
    log.clear();
    const plain = new Git(join(r.dir, 'sub'), { ...env, ...log.env });
    expect(await plain.topLevel()).toBe(r.dir);
    expect(await plain.gitDir()).toBe(join(r.dir, '.git'));
    expect(plain.shallowAtTopLevel).toBe(false);
    expect(log.lines()).toEqual([]);
    const wt = join(tempDir('lepton-wt-'), 'wt');
    dirs.push(join(wt, '..'));
    r.git('worktree', 'add', '-q', wt);
    const linked = new Git(wt, { ...env, ...log.env });
    expect(await linked.topLevel()).toBe(wt);
    expect(log.lines()).toEqual([
      'rev-parse --show-toplevel --absolute-git-dir --is-shallow-repository',
    ]);
  });
});
