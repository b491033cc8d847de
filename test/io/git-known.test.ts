import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Git } from '../../src/io/git.js';
import { countOf, gitLog } from '../helpers/git-log.js';
import { GIT_ENV, git, makeRepo, tempDir } from '../helpers/repo.js';

// Each git spawn blocks Node for 10–25 ms: what a run has asked once is not asked again.
// GIT_CEILING_DIRECTORIES (empty: no ceiling, git's answers unchanged) makes Git ask git rather
// than find a plain checkout itself (io/repo-discovery.ts), so the log shows each question.
const log = gitLog();
const repo = makeRepo({ 'a.txt': 'a\n', 'sub/b.txt': 'b\n' });
const env = { ...process.env, ...GIT_ENV, ...log.env, GIT_CEILING_DIRECTORIES: '' };
const dirs: string[] = [];
afterAll(() => {
  repo.cleanup();
  rmSync(log.bin, { recursive: true, force: true });
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('Git remembers what it asked', () => {
  it('asks for the top level once, and learns the git dir and shallow state from the same process', async () => {
    log.clear();
    const g = new Git(join(repo.dir, 'sub'), env);
    const [a, b] = await Promise.all([g.topLevel(), g.topLevel()]);
    expect(a).toBe(git(repo.dir, 'rev-parse', '--show-toplevel').trim());
    expect(b).toBe(a);
    expect(await g.gitDir()).toBe(git(repo.dir, 'rev-parse', '--absolute-git-dir').trim());
    expect(g.shallowAtTopLevel).toBe(false);
    expect(await g.at(repo.dir).gitDir()).toBe(join(repo.dir, '.git'));
    expect(log.lines()).toEqual([
      'rev-parse --show-toplevel --absolute-git-dir --is-shallow-repository',
    ]);
  });

  it('asks for a remote’s URL once per repository, across at(), per remote name', async () => {
    log.clear();
    const g = new Git(repo.dir, env);
    const sub = g.at(join(repo.dir, 'sub'));
    expect(await g.remoteUrl('origin')).toBe(repo.remote);
    expect(await sub.remoteUrl('origin')).toBe(repo.remote);
    expect(await sub.remoteUrl('upstream')).toBeNull();
    expect(await g.remoteUrl('upstream')).toBeNull();
    expect(countOf(log.lines(), 'remote get-url origin')).toBe(1);
    expect(countOf(log.lines(), 'remote get-url upstream')).toBe(1);
    expect(log.lines()).toHaveLength(2);
  });

  it('says whether the clone was shallow when it asked for the top level, and no more', async () => {
    const clone = tempDir('lepton-shallow-');
    dirs.push(clone);
    repo.write({ 'a.txt': 'a2\n' });
    repo.commit('second');
    git(clone, 'clone', '-q', '--depth', '1', `file://${repo.dir}`, 'c');
    const dir = join(clone, 'c');
    log.clear();
    const g = new Git(dir, env);
    expect(g.shallowAtTopLevel).toBeNull();
    expect(await g.topLevel()).toBe(dir);
    expect(g.shallowAtTopLevel).toBe(true);
    expect(g.at(join(dir, 'sub')).shallowAtTopLevel).toBe(true);
    // A complete clone says false.
    git(dir, 'fetch', '-q', '--unshallow');
    const again = new Git(dir, env);
    await again.topLevel();
    expect(again.shallowAtTopLevel).toBe(false);
    expect(log.lines()).toEqual([
      'rev-parse --show-toplevel --absolute-git-dir --is-shallow-repository',
      'rev-parse --show-toplevel --absolute-git-dir --is-shallow-repository',
    ]);
  });

  it('outside a repository: null, asked once; inside a folder whose name holds a newline: the exact path', async () => {
    const outside = tempDir('lepton-no-repo-');
    dirs.push(outside);
    log.clear();
    const g = new Git(outside, { ...env, GIT_CEILING_DIRECTORIES: outside });
    expect(await g.topLevel()).toBeNull();
    expect(await g.topLevel()).toBeNull();
    expect(log.lines()).toHaveLength(1);

    const odd = join(tempDir('lepton-odd-'), 'a\nb ');
    dirs.push(join(odd, '..'));
    mkdirSync(odd);
    git(odd, 'init', '-q');
    expect(await new Git(odd, env).topLevel()).toBe(odd);
  });
});
