import { afterEach, describe, expect, it } from '@jest/globals';
import { LeptonError } from '../../src/core/errors/index.js';
import { nextEventN } from '../../src/core/registry/names.js';
import { Git } from '../../src/io/git.js';
import { BACKOFF_CAP_MS, backoffMs } from '../../src/io/registry/backoff.js';
import { publish, pushBudgetMs } from '../../src/io/registry/publish.js';
import { classifyPush } from '../../src/io/registry/remote.js';
import { createTag } from '../../src/io/registry/write.js';
import { GIT_ENV, makeRepo, type TestRepo } from '../helpers/repo.js';
import { IDENTITY } from './fixture.js';

// What `git push --porcelain --atomic` said, as git 2.39 prints it for each case (captured from
// real pushes to a bare remote), and what Lepton makes of it.
const TAG = 'refs/tags/m#s#3';
const COUNTER = 'refs/lepton/events/m/head';
const OID = 'ea4b2a3b9d3b7c358c84751f78d1a2473a049b4f';
const porcelain = (...lines: string[]) => ['To ../r.git', ...lines, 'Done', ''].join('\n');
const tagLine = (flag: string, summary: string) => `${flag}\t${TAG}:${TAG}\t${summary}`;
const counterLine = (flag: string, summary: string) => `${flag}\t${OID}:${COUNTER}\t${summary}`;

describe('classifyPush', () => {
  it.each([
    {
      name: 'both refs new',
      code: 0,
      stdout: porcelain(tagLine('*', '[new tag]'), counterLine('*', '[new reference]')),
      stderr: '',
      status: 'pushed',
    },
    {
      name: 'the tag was there already, the counter moved up to it',
      code: 0,
      stdout: porcelain(tagLine('=', '[up to date]'), counterLine(' ', '29f9d2b..2650bfd')),
      stderr: '',
      status: 'up-to-date',
    },
    {
      name: 'the name is taken (client side, from the advertisement)',
      code: 1,
      stdout: porcelain(
        counterLine('!', '[rejected] (atomic push failed)'),
        tagLine('!', '[rejected] (already exists)'),
      ),
      stderr: 'hint: Updates were rejected because the tag already exists in the remote.\n',
      status: 'taken',
      detail: `${TAG}: [rejected] (already exists)`,
    },
    {
      name: 'the counter moved (the lease failed)',
      code: 1,
      stdout: porcelain(
        counterLine('!', '[rejected] (stale info)'),
        tagLine('!', '[rejected] (atomic push failed)'),
      ),
      stderr: '',
      status: 'taken',
      detail: `${COUNTER}: [rejected] (stale info)`,
    },
    {
      name: "the remote's transaction lost a lock to a concurrent push",
      code: 1,
      stdout: porcelain(
        counterLine('!', '[remote rejected] (atomic transaction failed)'),
        tagLine('!', '[remote rejected] (atomic transaction failed)'),
      ),
      stderr:
        "remote: error: cannot lock ref 'refs/tags/m#s#3': Unable to create '/r.git/refs/tags/m#s#3.lock': File exists.\n",
      status: 'taken',
    },
    {
      name: "the remote's transaction found the counter moved",
      code: 1,
      stdout: porcelain(
        counterLine('!', '[remote rejected] (atomic transaction failed)'),
        tagLine('!', '[remote rejected] (atomic transaction failed)'),
      ),
      stderr: `remote: error: cannot lock ref '${COUNTER}': is at 29f9d2b but expected 2650bfd\n`,
      status: 'taken',
    },
    {
      name: 'a pre-receive hook declined',
      code: 1,
      stdout: porcelain(
        counterLine('!', '[remote rejected] (pre-receive hook declined)'),
        tagLine('!', '[remote rejected] (pre-receive hook declined)'),
      ),
      stderr: 'remote: policy: pushes are closed today        \nremote: second line        \n',
      status: 'refused',
      remoteLines: ['policy: pushes are closed today', 'second line'],
      causes: [COUNTER, TAG],
    },
    {
      name: 'an update hook protects the counter',
      code: 1,
      stdout: porcelain(
        counterLine('!', '[remote rejected] (hook declined)'),
        tagLine('!', '[remote rejected] (atomic push failure)'),
      ),
      stderr:
        'remote: refs/lepton is protected        \nremote: error: hook declined to update refs/lepton/events/m/head        \n',
      status: 'refused',
      detail: `${COUNTER}: [remote rejected] (hook declined)`,
      causes: [COUNTER],
    },
    {
      name: "the remote's transaction failed for permissions",
      code: 1,
      stdout: porcelain(
        counterLine('!', '[remote rejected] (atomic transaction failed)'),
        tagLine('!', '[remote rejected] (atomic transaction failed)'),
      ),
      stderr:
        "remote: error: cannot lock ref 'refs/tags/m#s#3': Unable to create '/r.git/refs/tags/m#s#3.lock': Permission denied\n",
      status: 'refused',
    },
    {
      name: 'a hidden ref',
      code: 1,
      stdout: porcelain(
        counterLine('!', '[remote rejected] (deny updating a hidden ref)'),
        tagLine('!', '[remote rejected] (atomic push failure)'),
      ),
      stderr: '',
      status: 'refused',
      causes: [COUNTER],
    },
    {
      name: 'no verdict at all: the remote is unreachable',
      code: 128,
      stdout: '',
      stderr:
        "fatal: '/nonexist' does not appear to be a git repository\nfatal: Could not read from remote repository.\n",
      status: 'failed',
    },
  ])('$name → $status', (c) => {
    const out = classifyPush(c.code, c.stdout, c.stderr, TAG, [TAG, COUNTER]);
    expect(out.status).toBe(c.status);
    if (c.detail && 'detail' in out) expect(out.detail).toBe(c.detail);
    if (c.remoteLines && 'remoteLines' in out) expect(out.remoteLines).toEqual(c.remoteLines);
    if (c.causes && out.status === 'refused') expect(out.causes).toEqual(c.causes);
  });
});

describe('backoffMs (full jitter)', () => {
  it.each([
    [1, 0, 0],
    [1, 0.999, 199],
    [3, 0.5, 400],
    [6, 0.999, 6393],
    [7, 0.999, BACKOFF_CAP_MS - 8],
    [40, 0.5, BACKOFF_CAP_MS / 2],
  ])('attempt %d, random %d → %d ms', (attempt, random, ms) => {
    expect(backoffMs(attempt, () => random)).toBe(ms);
  });
});

describe('pushBudgetMs', () => {
  it.each([
    [undefined, 120_000],
    ['', 120_000],
    ['90s', 90_000],
    [' 10m ', 600_000],
  ])('LEPTON_PUSH_BUDGET=%p → %d ms', (value, ms) => {
    expect(pushBudgetMs(value === undefined ? {} : { LEPTON_PUSH_BUDGET: value })).toBe(ms);
  });
  it.each(['soon', '10', '0s', '48h'])('LEPTON_PUSH_BUDGET=%p is refused (exit 2)', (value) => {
    expect(() => pushBudgetMs({ LEPTON_PUSH_BUDGET: value })).toThrow(
      expect.objectContaining({ kind: 'invalid', message: expect.stringContaining(value) }),
    );
  });
});

describe('nextEventN', () => {
  it.each([
    [0, 0, 1],
    [4, 2, 5],
    [2, 7, 8], // the counter's tag was removed, or not fetched: N still moves past it
  ])('tags up to %d, counter at %d → %d', (tags, counter, n) => {
    expect(nextEventN(tags, counter)).toBe(n);
  });
});

describe('publish when every push loses', () => {
  let repo: TestRepo;
  afterEach(() => repo?.cleanup());

  it('retries with growing waits until the budget is spent, then exit 4; removes only its own tags', async () => {
    repo = makeRepo({ 'a.txt': 'a' });
    repo.git('push', '-q', 'origin', 'main');
    const git = new Git(repo.dir, { ...process.env, ...GIT_ENV });
    const commit = repo.git('rev-parse', 'HEAD').trim();
    // The remote holds m@v1.0.0 … m@v9.0.0 already, made elsewhere: every name this run picks is taken.
    for (let v = 1; v <= 9; v++) {
      repo.git('tag', '-a', '-m', 'elsewhere', `m@v${v}.0.0`);
    }
    repo.git('push', '-q', 'origin', '--tags');
    for (let v = 1; v <= 9; v++) repo.git('tag', '-d', `m@v${v}.0.0`);

    let clock = 0;
    const waits: number[] = [];
    const decided: string[] = [];
    const lost: string[] = [];
    const error = await publish({
      git,
      remote: 'origin',
      model: 'm',
      budgetMs: 10_000,
      now: () => clock,
      random: () => 0.999,
      wait: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
      decide: async (attempt) => {
        // Decides as if it had not seen the remote (the fetch brings the tags; this ignores them).
        const tag = `m@v${attempt}.0.0`;
        if (attempt > 1) repo.git('tag', '-d', tag); // fetched from the remote: drop it, as if unseen
        const own = await createTag(git, {
          name: tag,
          commit,
          message: 'mine',
          identity: IDENTITY,
        });
        decided.push(tag);
        return { tag, own };
      },
      onLost: (tag) => lost.push(tag),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeptonError);
    expect((error as LeptonError).kind).toBe('git');
    expect((error as LeptonError).message).toMatch(
      /^gave up pushing to origin after 6 attempts in 6\.\d s: concurrent runs kept taking the names first/,
    );
    // 199 + 399 + 799 + 1598 + 3196 = 6191 ms waited; a sixth (6393 ms) would pass the 10 s.
    expect(waits).toEqual([199, 399, 799, 1598, 3196]);
    expect(lost).toEqual(decided);
    // Its own tags were removed; the remote's (fetched) stay.
    expect(repo.git('tag', '-l', 'm@v6.0.0').trim()).toBe('');
    expect(repo.git('rev-parse', 'm@v5.0.0').trim()).toBe(
      repo.git('ls-remote', 'origin', 'refs/tags/m@v5.0.0').split('\t')[0],
    );
  }, 60_000);
});
