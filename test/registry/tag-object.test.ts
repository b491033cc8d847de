import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Git } from '../../src/io/git.js';
import { ACTIONS_BOT } from '../../src/io/registry/identity.js';
import { createTag, deleteOwnTag } from '../../src/io/registry/write.js';
import { countOf, gitLog } from '../helpers/git-log.js';
import { GIT_ENV, git, makeRepo, tempDir } from '../helpers/repo.js';

// createTag returns the new tag's object id (a refused push deletes the tag only while it
// still holds that object). In a plain `.git` folder it is read from the loose ref file git
// has just written (issue 23: one process less per version); wherever the refs may live
// elsewhere git is asked. Each layout: the id equals git's, and git is asked only outside
// the plain one.

const log = gitLog();
const cleanups: (() => void)[] = [];
afterAll(() => {
  cleanups.forEach((c) => c());
  rmSync(log.bin, { recursive: true, force: true });
});

interface Layout {
  /** The folder Lepton works in. */
  readonly dir: string;
  /** Extra environment (GIT_DIR, …). */
  readonly env?: Record<string, string>;
}

/** A linked worktree of a new repository (its tags live in the common directory). */
function linkedWorktree(): string {
  const r = makeRepo({ 'a.txt': '1' });
  cleanups.push(r.cleanup);
  const wt = join(tempDir(), 'wt');
  r.git('worktree', 'add', '-q', wt);
  return wt;
}

const layouts: [string, boolean, () => Layout][] = [
  [
    'a plain checkout (.git a folder)',
    false,
    () => {
      const r = makeRepo({ 'a.txt': '1' });
      cleanups.push(r.cleanup);
      return { dir: r.dir };
    },
  ],
  [
    'a linked worktree (tags in the common directory)',
    true,
    () => {
      const wt = linkedWorktree();
      return { dir: wt };
    },
  ],
  [
    'GIT_DIR and GIT_WORK_TREE in the environment',
    true,
    () => {
      const r = makeRepo({ 'a.txt': '1' });
      cleanups.push(r.cleanup);
      return { dir: r.dir, env: { GIT_DIR: join(r.dir, '.git'), GIT_WORK_TREE: r.dir } };
    },
  ],
  [
    'a stale loose file of the same name in a worktree’s own git dir',
    true,
    () => {
      const wt = linkedWorktree();
      const own = git(wt, 'rev-parse', '--absolute-git-dir').trim();
      // Never read: a worktree's tags are the common directory's.
      mkdirSync(join(own, 'refs', 'tags'), { recursive: true });
      writeFileSync(join(own, 'refs', 'tags', 'm@v0.1.0'), `${'f'.repeat(40)}\n`);
      return { dir: wt };
    },
  ],
];

describe('createTag: the new tag’s object', () => {
  it.each(layouts)('%s', async (_name, asksGit, make) => {
    const layout = make();
    const env = { ...process.env, ...GIT_ENV, ...log.env, ...layout.env };
    const g = new Git(layout.dir, env);
    await g.topLevel();
    const commit = git(layout.dir, 'rev-parse', 'HEAD').trim();
    log.clear();
    const object = await createTag(g, {
      name: 'm@v0.1.0',
      commit,
      message: '{"version":"0.1.0"}\n',
      identity: ACTIONS_BOT,
    });
    const byGit = git(layout.dir, 'rev-parse', 'refs/tags/m@v0.1.0').trim();
    expect(object).toBe(byGit);
    expect(git(layout.dir, 'cat-file', '-t', byGit).trim()).toBe('tag');
    expect(countOf(log.lines(), 'rev-parse')).toBe(asksGit ? 1 : 0);
    // The id is the one a refused push's clean-up checks against.
    await deleteOwnTag(g, 'm@v0.1.0', object as string);
    expect(git(layout.dir, 'tag', '--list')).toBe('');
  });

  it('a name already taken: null, the other tag untouched', async () => {
    const r = makeRepo({ 'a.txt': '1' });
    cleanups.push(r.cleanup);
    r.git('tag', '-a', '-m', 'theirs', 'm@v0.1.0');
    const theirs = r.git('rev-parse', 'refs/tags/m@v0.1.0').trim();
    const g = new Git(r.dir, { ...process.env, ...GIT_ENV });
    const made = await createTag(g, {
      name: 'm@v0.1.0',
      commit: r.git('rev-parse', 'HEAD').trim(),
      message: 'ours\n',
      identity: ACTIONS_BOT,
    });
    expect(made).toBeNull();
    expect(r.git('rev-parse', 'refs/tags/m@v0.1.0').trim()).toBe(theirs);
  });
});
