import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchModelHistory } from '../../src/action/history.js';
import { fetchModelHistory as fetchHistory } from '../../src/io/registry/history.js';
import type { Logger } from '../../src/app/context.js';
import { Git } from '../../src/io/git.js';
import { GIT_ENV, git, makeRepo, type TestRepo } from '../helpers/repo.js';
import { cleanupOrigins, shallowCheckout } from './model-repo.js';

const cleanups: (() => void)[] = [];
afterAll(() => {
  cleanups.forEach((c) => c());
  cleanupOrigins();
});

function recorder(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => void lines.push(m),
    warn: (m) => void lines.push(`warning: ${m}`),
    output: () => {},
    group: (_n, work) => work(),
  };
}

/** A remote with five commits on main, a feature branch, and tags of two models. */
function remoteWithTags(): TestRepo {
  const origin = makeRepo();
  cleanups.push(origin.cleanup);
  for (let i = 1; i <= 5; i++) {
    origin.write({ 'n.txt': String(i) });
    origin.commit(`c${i}`);
    if (i === 1) {
      origin.git('tag', '-a', '-m', 'v0.1.0', 'm@v0.1.0');
      origin.git('tag', '-a', '-m', 'staging', 'm#staging#1');
    }
    if (i === 2) origin.git('tag', '-a', '-m', 'other', 'other@v1.0.0');
    if (i === 3) origin.git('tag', '-a', '-m', 'v0.2.0', 'm@v0.2.0');
  }
  origin.git('checkout', '-q', '-b', 'feature');
  origin.write({ 'f.txt': 'feature' });
  origin.commit('feature work');
  origin.git('push', '-q', 'origin', 'main', 'feature', '--tags');
  return origin;
}

const gitIn = (dir: string) => new Git(dir, { ...process.env, ...GIT_ENV });

describe('fetching what a depth-1, tagless checkout lacks', () => {
  it('fetches the model’s version and stage tags (not other models’) and the full history', async () => {
    const origin = remoteWithTags();
    const dir = shallowCheckout(origin.remote, 'main');
    expect(git(dir, 'tag', '--list')).toBe('');
    expect(git(dir, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');

    const log = recorder();
    await fetchModelHistory(gitIn(dir), 'm', { baseBranch: null, log });

    expect(git(dir, 'tag', '--list').trim().split('\n').sort()).toEqual([
      'm#staging#1',
      'm@v0.1.0',
      'm@v0.2.0',
    ]);
    expect(git(dir, 'rev-parse', '--is-shallow-repository').trim()).toBe('false');
    // The baseline search needs the tags reachable from HEAD.
    expect(git(dir, 'describe', '--tags', '--abbrev=0', '--match', 'm@v*', 'HEAD').trim()).toBe(
      'm@v0.2.0',
    );
    expect(log.lines).toEqual([
      'fetched from origin: 2 version tag(s) and 1 stage tag(s) of m (3 new) and the full history (the clone was shallow)',
    ]);
  });

  it('fetches the pull request’s base branch as origin/<base>, and is quiet about unshallowing twice', async () => {
    const origin = remoteWithTags();
    const dir = shallowCheckout(origin.remote, 'feature');
    const log = recorder();
    await fetchModelHistory(gitIn(dir), 'm', { baseBranch: 'main', log });
    expect(git(dir, 'rev-parse', 'refs/remotes/origin/main').trim()).toBe(
      origin.git('rev-parse', 'main').trim(),
    );
    expect(git(dir, 'merge-base', 'HEAD', 'origin/main').trim()).toBe(
      origin.git('rev-parse', 'main').trim(),
    );
    expect(log.lines[0]).toMatch(/ and the base branch main$/);

    // A second run (the clone is no longer shallow) fetches again without --unshallow.
    const again = recorder();
    await fetchModelHistory(gitIn(dir), 'm', { baseBranch: 'main', log: again });
    expect(again.lines[0]).toMatch(
      /^fetched from origin: 2 version tag\(s\) and 1 stage tag\(s\) of m \(0 new\) and the base branch main$/,
    );
  });

  it('refuses a base branch name git would not accept, before fetching anything', async () => {
    const origin = remoteWithTags();
    const dir = shallowCheckout(origin.remote, 'main');
    for (const bad of ['-x', 'a..b', 'x y', 'main~1', '--upload-pack=touch pwned']) {
      await expect(
        fetchModelHistory(gitIn(dir), 'm', { baseBranch: bad, log: recorder() }),
      ).rejects.toMatchObject({
        kind: 'invalid',
      });
    }
    expect(git(dir, 'tag', '--list')).toBe('');
  });

  it('unshallows a clone of a model that has no tags yet (the first record)', async () => {
    const fresh = makeRepo({ 'a.txt': '1' });
    cleanups.push(fresh.cleanup);
    fresh.write({ 'a.txt': '2' });
    fresh.commit('second');
    fresh.git('push', '-q', 'origin', 'main');
    const dir = shallowCheckout(fresh.remote, 'main');
    const log = recorder();
    await fetchModelHistory(gitIn(dir), 'm', { baseBranch: null, log });
    expect(git(dir, 'rev-parse', '--is-shallow-repository').trim()).toBe('false');
    expect(log.lines).toEqual([
      'fetched from origin: 0 version tag(s) and 0 stage tag(s) of m (0 new) and the full history (the clone was shallow)',
    ]);
  });

  it('unshallows in the same fetch whatever the remote’s HEAD names, falling back to two fetches when it names no branch', async () => {
    for (const head of ['refs/heads/main', 'refs/heads/gone']) {
      const origin = remoteWithTags();
      // A bare remote whose default branch was never pushed: `fetch origin HEAD` finds nothing.
      git(origin.remote, 'symbolic-ref', 'HEAD', head);
      const dir = shallowCheckout(origin.remote, 'main');
      const log = recorder();
      await fetchModelHistory(gitIn(dir), 'm', { baseBranch: null, log });
      expect([head, git(dir, 'rev-parse', '--is-shallow-repository').trim()]).toEqual([
        head,
        'false',
      ]);
      expect(git(dir, 'rev-list', '--count', 'HEAD').trim()).toBe('5');
      expect(git(dir, 'tag', '--list').trim().split('\n').sort()).toEqual([
        'm#staging#1',
        'm@v0.1.0',
        'm@v0.2.0',
      ]);
      expect(log.lines).toEqual([
        'fetched from origin: 2 version tag(s) and 1 stage tag(s) of m (3 new) and the full history (the clone was shallow)',
      ]);
    }
  });

  it('unshallows a pull request’s merge commit, which no branch holds', async () => {
    const origin = remoteWithTags();
    // refs/pull/1/merge as GitHub makes it: main merged with the feature branch.
    origin.git('checkout', '-q', 'main');
    origin.git('merge', '-q', '--no-ff', '-m', 'merge', 'feature');
    const merge = origin.git('rev-parse', 'HEAD').trim();
    origin.git('push', '-q', 'origin', `${merge}:refs/pull/1/merge`);
    origin.git('reset', '-q', '--hard', 'HEAD~1');
    const base = mkdtempSync(join(tmpdir(), 'lepton-pr-'));
    cleanups.push(() => rmSync(base, { recursive: true, force: true }));
    const dir = join(base, 'ws');
    git(base, 'init', '-q', dir);
    git(dir, 'remote', 'add', 'origin', `file://${origin.remote}`);
    git(
      dir,
      'fetch',
      '-q',
      '--depth',
      '1',
      '--no-tags',
      'origin',
      `+${merge}:refs/remotes/pull/1/merge`,
    );
    git(dir, 'checkout', '-q', '--detach', merge);
    await fetchModelHistory(gitIn(dir), 'm', { baseBranch: 'main', log: recorder() });
    expect(git(dir, 'rev-parse', '--is-shallow-repository').trim()).toBe('false');
    // c1..c5, the feature commit and the merge.
    expect(git(dir, 'rev-list', '--count', 'HEAD').trim()).toBe('7');
  });

  it('never fetches from a path named like a missing remote', async () => {
    const local = makeRepo({ 'a.txt': '1' });
    cleanups.push(local.cleanup);
    local.git('remote', 'remove', 'origin');
    // A repository in a folder called `origin`: `git fetch origin` would read it as a path.
    const other = remoteWithTags();
    git(local.dir, 'clone', '-q', other.remote, 'origin');
    for (const remote of ['origin', 'upstream']) {
      const log = recorder();
      const fetched = await fetchHistory(gitIn(local.dir), 'm', { remote, info: log.info });
      expect(fetched).toBeNull();
      expect(log.lines).toEqual([
        `no "${remote}" remote: working with the local tags and history only`,
      ]);
    }
    expect(local.git('tag', '--list')).toBe('');
  });

  it('also mirrors the model’s event counter (and no other model’s), so a push needs no fetch of its own', async () => {
    const origin = remoteWithTags();
    // A counter as a push leaves it: the ref holds the model's newest event tag object.
    const event = origin.git('rev-parse', 'refs/tags/m#staging#1').trim();
    const other = origin.git('rev-parse', 'refs/tags/other@v1.0.0').trim();
    origin.git('push', '-q', 'origin', `${event}:refs/lepton/events/m/head`);
    origin.git('push', '-q', 'origin', `${other}:refs/lepton/events/other/head`);
    const dir = shallowCheckout(origin.remote, 'main');
    await fetchModelHistory(gitIn(dir), 'm', { baseBranch: null, log: recorder() });
    expect(git(dir, 'for-each-ref', '--format=%(refname) %(objectname)', 'refs/lepton/')).toBe(
      `refs/lepton/events/m/head ${event}\n`,
    );
  });

  it('counts version and stage tags apart when a model’s name has the other’s prefix', async () => {
    const origin = remoteWithTags();
    origin.git('tag', '-a', '-m', 'x', 'mm@v1.0.0');
    origin.git('tag', '-a', '-m', 'x', 'm#production#2');
    origin.git('push', '-q', 'origin', '--tags');
    const dir = shallowCheckout(origin.remote, 'main');
    const log = recorder();
    await fetchModelHistory(gitIn(dir), 'm', { baseBranch: null, log });
    expect(log.lines[0]).toMatch(
      /^fetched from origin: 2 version tag\(s\) and 2 stage tag\(s\) of m \(4 new\)/,
    );
  });

  it.each([
    ['one version tag already here', ['m@v0.1.0'], '(2 new)'],
    ['every tag already here', ['m@v0.1.0', 'm@v0.2.0', 'm#staging#1'], '(0 new)'],
    ['another model’s tag here only', ['other@v1.0.0'], '(3 new)'],
  ])('counts as new only the tags the fetch created: %s', async (_, present, note) => {
    const origin = remoteWithTags();
    const dir = shallowCheckout(origin.remote, 'main');
    // The clone's own copies of some tags, as an earlier fetch would have left them.
    git(
      dir,
      'fetch',
      '-q',
      '--no-tags',
      'origin',
      ...present.map((t) => `refs/tags/${t}:refs/tags/${t}`),
    );
    const log = recorder();
    await fetchModelHistory(gitIn(dir), 'm', { baseBranch: null, log });
    expect(log.lines[0]).toBe(
      `fetched from origin: 2 version tag(s) and 1 stage tag(s) of m ${note} and the full history (the clone was shallow)`,
    );
  });

  it('works on the local tags alone when there is no origin', async () => {
    const local = makeRepo({ 'a.txt': '1' });
    cleanups.push(local.cleanup);
    local.git('remote', 'remove', 'origin');
    const log = recorder();
    await fetchModelHistory(gitIn(local.dir), 'm', { baseBranch: null, log });
    expect(log.lines).toEqual(['no "origin" remote: working with the local tags and history only']);
  });
});
