import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  commentMarker,
  MAX_COMMENT_CHARS,
  upsertStickyComment,
} from '../../src/io/github/comments.js';
import { createGitHubClient } from '../../src/io/github/octokit.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

const TOKEN = 'ghs_commentTestToken123';
const target = { owner: 'octo-org', repo: 'models', issueNumber: 7 };

describe('sticky PR comment over the real octokit client', () => {
  let gh: FakeGitHub;
  const warnings: string[] = [];
  const client = () =>
    createGitHubClient({ token: TOKEN, baseUrl: gh.url, warn: (m) => warnings.push(m) });

  beforeEach(async () => {
    gh = await startFakeGitHub({ owner: 'octo-org', repo: 'models', token: TOKEN });
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
    });
    expect(gh.comments(7)).toHaveLength(1);
    expect(gh.comments(7)[0]!.body).toBe(`${marker}\nsecond report`);
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/octo-org/models/issues/7/comments',
      'POST /repos/octo-org/models/issues/7/comments',
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
    bodies[230] = `${marker}\nold report`;
    gh.seed(7, bodies);
    const r = await upsertStickyComment(client(), target, marker, `${marker}\nnew report`);
    expect(r.outcome).toBe('updated');
    expect(gh.comments(7)).toHaveLength(250);
    expect(gh.comments(7)[230]!.body).toBe(`${marker}\nnew report`);
    const gets = gh.requests.filter((q) => q.method === 'GET');
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
    expect(gh.requests.filter((q) => q.method === 'GET')).toHaveLength(3);
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
    expect(gh.requests.filter((q) => q.method === 'POST')).toHaveLength(1); // no retry on 403
  });

  it('treats 404 on listing (no access to the repository) as denied too', async () => {
    gh.refuse('GET', 404);
    const r = await upsertStickyComment(client(), target, commentMarker('m'), 'report');
    expect(r.outcome).toBe('denied');
    expect(gh.requests.some((q) => q.method === 'POST')).toBe(false);
  });

  it('waits out a secondary rate limit (throttling plugin) and retries a 502 (retry plugin)', async () => {
    gh.failOnce('POST', 'secondary-rate-limit');
    gh.failOnce('GET', 502);
    const r = await upsertStickyComment(client(), target, commentMarker('m'), 'report');
    expect(r.outcome).toBe('created');
    expect(gh.requests.map((q) => q.method)).toEqual(['GET', 'GET', 'POST', 'POST']);
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
