import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Git } from '../../src/io/git.js';
import { readHeadCommit } from '../../src/io/head-commit.js';
import { git, makeRepo, tempDir } from '../helpers/repo.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('readHeadCommit', () => {
  it('is null on an unborn branch', async () => {
    const dir = tempDir();
    dirs.push(dir);
    git(dir, 'init', '-q');
    expect(await readHeadCommit(new Git(dir))).toBeNull();
  });

  it('reads a merge’s parents in a depth-1 clone, where the parents’ objects are absent', async () => {
    const repo = makeRepo({ 'a.txt': '1\n' });
    dirs.push(repo.dir.replace(/\/work$/, ''));
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'b.txt': '2\n' });
    const head = repo.commit('feature');
    repo.git('checkout', '-q', 'main');
    repo.write({ 'c.txt': '3\n' });
    const base = repo.commit('main');
    repo.git('merge', '-q', '--no-ff', '-m', 'merge', 'feature');
    const merge = repo.git('rev-parse', 'HEAD').trim();
    expect(await readHeadCommit(new Git(repo.dir))).toEqual({ sha: merge, parents: [base, head] });
    repo.git('push', '-q', 'origin', 'main');

    const clone = join(tempDir(), 'clone');
    dirs.push(join(clone, '..'));
    git(join(clone, '..'), 'clone', '-q', '--depth', '1', `file://${repo.remote}`, clone);
    // The shallow graft hides them from rev-parse; the commit object still names them.
    expect(() =>
      execFileSync('git', ['rev-parse', '--verify', '-q', 'HEAD^2'], { cwd: clone, stdio: 'pipe' }),
    ).toThrow();
    expect(await readHeadCommit(new Git(clone))).toEqual({ sha: merge, parents: [base, head] });
  });
});
