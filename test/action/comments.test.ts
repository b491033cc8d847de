import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  commentMarker,
  MAX_COMMENT_CHARS,
  upsertStickyComment,
} from '../../src/io/github/comments.js';
import { createGitHubClient } from '../../src/io/github/octokit.js';
import {
  ACTIONS_IDENTITY,
  appIdentity,
  startFakeGitHub,
  userIdentity,
  type FakeGitHub,
} from '../helpers/fake-github.js';

const TOKEN = 'ghs_commentTestToken123';
const APP_TOKEN = 'ghs_appInstallationToken456';
const PAT = 'github_pat_aliceToken789';
const target = { owner: 'octo-org', repo: 'models', issueNumber: 7 };
// GitHub's pacing (writes 1 s apart, comments 3 s, Retry-After in seconds) scaled down for the
// local stand-in: the same requests in the same order, in milliseconds instead of a minute.
const PACE_MS = 5;

describe('sticky PR comment over the real octokit client', () => {
  let gh: FakeGitHub;
  const warnings: string[] = [];
  const client = () =>
    createGitHubClient({
      token: TOKEN,
      baseUrl: gh.url,
      warn: (m) => warnings.push(m),
      paceMs: PACE_MS,
    });

  beforeEach(async () => {
    gh = await startFakeGitHub({
      owner: 'octo-org',
      repo: 'models',
      token: TOKEN,
      tokens: { [APP_TOKEN]: appIdentity('model-bot'), [PAT]: userIdentity('alice') },
    });
    warnings.length = 0;
  });
  afterEach(() => gh.close());

  it('creates the comment once, then updates that same comment in place', async () => {
    const marker = commentMarker('sentiment');
    const first = await upsertStickyComment(client(), target, marker, `${marker}\nfirst report`);
    expect(first.outcome).toBe('created');
    const second = await upsertStickyComment(client(), target, marker, `${marker}\nsecond report`);
    expect(second).toEqual({
      outcome: 'updated',
      id: (first as { id: number }).id,
      url: expect.any(String),
      removed: [],
    });
    expect(gh.comments(7)).toHaveLength(1);
    expect(gh.comments(7)[0]!.body).toBe(`${marker}\nsecond report`);
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /user',
      'POST /graphql',
      'GET /repos/octo-org/models/issues/7/comments',
      'POST /repos/octo-org/models/issues/7/comments',
      // After creating: did a concurrent run create one first?
      'GET /repos/octo-org/models/issues/7/comments',
      'GET /user',
      'POST /graphql',
      'GET /repos/octo-org/models/issues/7/comments',
      `PATCH /repos/octo-org/models/issues/comments/${(first as { id: number }).id}`,
    ]);
    expect(gh.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it('adds the marker when the report lacks it, so the next run finds the comment', async () => {
    const marker = commentMarker('iris');
    await upsertStickyComment(client(), target, marker, 'no marker here');
    expect(gh.comments(7)[0]!.body).toBe(`${marker}\nno marker here`);
    const again = await upsertStickyComment(client(), target, marker, 'still none');
    expect(again.outcome).toBe('updated');
    expect(gh.comments(7)).toHaveLength(1);
  });

  it('finds its comment on the third page of a long discussion (100 per page)', async () => {
    const marker = commentMarker('sentiment');
    const bodies = Array.from({ length: 250 }, (_, i) => `comment ${i}`);
    gh.seed(7, bodies);
    gh.seed(7, [`${marker}\nold report`], ACTIONS_IDENTITY);
    const r = await upsertStickyComment(client(), target, marker, `${marker}\nnew report`);
    expect(r.outcome).toBe('updated');
    expect(gh.comments(7)).toHaveLength(251);
    expect(gh.comments(7)[250]!.body).toBe(`${marker}\nnew report`);
    const gets = gh.requests.filter((q) => q.method === 'GET' && q.path !== '/user');
    expect(gets.map((q) => [q.query.per_page, q.query.page ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2'],
      ['100', '3'],
    ]);
  });

  it('reads every page before creating, and leaves other models’ comments alone', async () => {
    const other = commentMarker('other-model');
    gh.seed(7, [...Array.from({ length: 201 }, (_, i) => `chatter ${i}`), `${other}\ntheirs`]);
    const marker = commentMarker('sentiment');
    const r = await upsertStickyComment(client(), target, marker, `${marker}\nmine`);
    expect(r.outcome).toBe('created');
    // Three pages before creating, three after (no concurrent run's comment turned up).
    expect(gh.requests.filter((q) => q.method === 'GET' && q.path !== '/user')).toHaveLength(6);
    expect(gh.comments(7)).toHaveLength(203);
    expect(gh.comments(7)[201]!.body).toBe(`${other}\ntheirs`);
  });

  it('returns denied (not an exception) when the token may not comment', async () => {
    gh.refuse('POST', 403);
    const r = await upsertStickyComment(client(), target, commentMarker('m'), 'report');
    expect(r).toEqual({
      outcome: 'denied',
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    const posts = gh.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/comments'));
    expect(posts).toHaveLength(1); // no retry on 403
  });

  it('treats 404 on listing (no access to the repository) as denied too', async () => {
    gh.refuse('GET', 404);
    const r = await upsertStickyComment(client(), target, commentMarker('m'), 'report');
    expect(r.outcome).toBe('denied');
    expect(gh.requests.some((q) => q.method === 'POST' && q.path.endsWith('/comments'))).toBe(
      false,
    );
  });

  it('waits out a secondary rate limit (throttling plugin) and retries a 502 (retry plugin)', async () => {
    gh.failOnce('POST', 'secondary-rate-limit');
    gh.failOnce('GET', 502);
    const r = await upsertStickyComment(client(), target, commentMarker('m'), 'report', {
      identity: ACTIONS_IDENTITY,
    });
    expect(r.outcome).toBe('created');
    expect(gh.requests.map((q) => q.method)).toEqual(['GET', 'GET', 'POST', 'POST', 'GET']);
    expect(gh.comments(7)).toHaveLength(1);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^GitHub secondary rate limit on POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments; retrying in 1s$/,
      ),
    ]);
  });

  it('cuts an over-long report at a line boundary below GitHub’s limit instead of a 422', async () => {
    const marker = commentMarker('big');
    const lines = Array.from({ length: 3000 }, (_, i) => `| metric_${i} | 0.1234 | 0.5678 |`);
    const r = await upsertStickyComment(client(), target, marker, `${marker}\n${lines.join('\n')}`);
    expect(r.outcome).toBe('created');
    const body = gh.comments(7)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body.startsWith(marker)).toBe(true);
    expect(body).toMatch(/\|\n\n… \(report truncated: the full report is in the job summary\)\n$/);
  });
});

describe('the sticky comment is the token’s own, and a race ends with one', () => {
  let gh: FakeGitHub;
  const marker = commentMarker('sentiment');
  const as = (token: string) =>
    createGitHubClient({ token, baseUrl: gh.url, warn: () => undefined, paceMs: PACE_MS });
  const patched = () => gh.requests.filter((q) => q.method === 'PATCH').map((q) => q.path);

  beforeEach(async () => {
    gh = await startFakeGitHub({
      owner: 'octo-org',
      repo: 'models',
      token: TOKEN,
      tokens: { [APP_TOKEN]: appIdentity('model-bot'), [PAT]: userIdentity('alice') },
    });
  });
  afterEach(() => gh.close());

  it.each([
    ['a person quoting the marker at the top of their comment', userIdentity('mallory')],
    ['a person named like the bot without being one', userIdentity('github-actions')],
    ['another GitHub App’s bot', appIdentity('other-app')],
    ['the person a personal token would belong to, under GITHUB_TOKEN', userIdentity('alice')],
  ])('GITHUB_TOKEN never edits a comment by %s', async (_what, author) => {
    gh.seed(7, [`${marker}\nnot yours to edit`], author);
    const r = await upsertStickyComment(as(TOKEN), target, marker, `${marker}\nreport`);
    expect(r.outcome).toBe('created');
    expect(patched()).toEqual([]);
    expect(gh.comments(7).map((c) => [c.user.login, c.body])).toEqual([
      [author.login, `${marker}\nnot yours to edit`],
      ['github-actions[bot]', `${marker}\nreport`],
    ]);
  });

  it('GITHUB_TOKEN updates github-actions[bot]’s own comment, found after GET /user refuses it', async () => {
    gh.seed(7, [`${marker}\nperson`], userIdentity('mallory'));
    gh.seed(7, [`${marker}\nold`], ACTIONS_IDENTITY);
    const own = gh.comments(7)[1]!.id;
    const r = await upsertStickyComment(as(TOKEN), target, marker, `${marker}\nnew`);
    expect(r).toMatchObject({ outcome: 'updated', id: own, removed: [] });
    expect(patched()).toEqual([`/repos/octo-org/models/issues/comments/${own}`]);
    expect(gh.comments(7).map((c) => c.body)).toEqual([`${marker}\nperson`, `${marker}\nnew`]);
  });

  it('a GitHub App token edits only its own bot’s comment, not github-actions[bot]’s', async () => {
    gh.seed(7, [`${marker}\nfrom GITHUB_TOKEN`], ACTIONS_IDENTITY);
    gh.seed(7, [`${marker}\nfrom the app`], appIdentity('model-bot'));
    const own = gh.comments(7)[1]!.id;
    const r = await upsertStickyComment(as(APP_TOKEN), target, marker, `${marker}\nnew`);
    expect(r).toMatchObject({ outcome: 'updated', id: own });
    expect(gh.comments(7).map((c) => c.body)).toEqual([
      `${marker}\nfrom GITHUB_TOKEN`,
      `${marker}\nnew`,
    ]);
  });

  it('with GraphQL unavailable, an App token is first taken for GITHUB_TOKEN, then corrected by what GitHub says it wrote', async () => {
    gh.refuseGraphql();
    gh.seed(7, [`${marker}\nfrom the app, last week`], appIdentity('model-bot'));
    const older = gh.comments(7)[0]!.id;
    const info: string[] = [];
    const r = await upsertStickyComment(as(APP_TOKEN), target, marker, `${marker}\nnew`, {
      info: (m) => info.push(m),
    });
    // One comment remains: the older one, with the new numbers.
    expect(r).toMatchObject({ outcome: 'updated', id: older });
    expect(gh.comments(7).map((c) => [c.id, c.body])).toEqual([[older, `${marker}\nnew`]]);
    expect(info).toEqual([
      'the token comments as github-actions[bot] (assumed: GITHUB_TOKEN)',
      'the comment was written as model-bot[bot], not github-actions[bot]: looking for its older comments',
      expect.stringMatching(
        /^another run created comment \d+ first: updated it and deleted the duplicate \d+$/,
      ),
    ]);
  });

  it('a personal token edits its user’s Lepton comment, never that user’s reply quoting it, nor another person’s', async () => {
    gh.seed(7, [`${marker}\nalice's lepton report`], userIdentity('alice'));
    gh.seed(7, [`> ${marker}\n> quoted\n\nwhy did this drop?`], userIdentity('alice'));
    gh.seed(7, [`${marker}\nbob pasted a report`], userIdentity('bob'));
    const own = gh.comments(7)[0]!.id;
    const r = await upsertStickyComment(as(PAT), target, marker, `${marker}\nnew`);
    expect(r).toMatchObject({ outcome: 'updated', id: own });
    expect(gh.requests[0]).toMatchObject({ method: 'GET', path: '/user' });
    expect(gh.comments(7).map((c) => c.body)).toEqual([
      `${marker}\nnew`,
      `> ${marker}\n> quoted\n\nwhy did this drop?`,
      `${marker}\nbob pasted a report`,
    ]);
  });

  it('two runs starting together on a new pull request end with one comment', async () => {
    gh.holdListings(2);
    const [a, b] = await Promise.all([
      upsertStickyComment(as(TOKEN), target, marker, `${marker}\nrun A`),
      upsertStickyComment(as(TOKEN), target, marker, `${marker}\nrun B`),
    ]);
    // Both created (both saw no comment); the later one then moved to the oldest and deleted its own.
    expect(
      gh.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/comments')),
    ).toHaveLength(2);
    expect(gh.comments(7)).toHaveLength(1);
    const survivor = gh.comments(7)[0]!;
    expect([a, b].map((r) => (r as { id: number }).id)).toEqual([survivor.id, survivor.id]);
    expect(gh.requests.filter((q) => q.method === 'DELETE')).toHaveLength(1);
    expect([`${marker}\nrun A`, `${marker}\nrun B`]).toContain(survivor.body);
  });

  it('a later run updates the oldest of the duplicates an earlier race left, and deletes the rest', async () => {
    gh.seed(7, [`${marker}\none`, `${marker}\ntwo`, `${marker}\nthree`], ACTIONS_IDENTITY);
    const [first, second, third] = gh.comments(7).map((c) => c.id);
    const r = await upsertStickyComment(as(TOKEN), target, marker, `${marker}\nnew`);
    expect(r).toEqual({
      outcome: 'updated',
      id: first,
      url: expect.any(String),
      removed: [second, third],
    });
    expect(gh.comments(7).map((c) => [c.id, c.body])).toEqual([[first, `${marker}\nnew`]]);
  });
});
