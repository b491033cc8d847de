import { reportMarker } from '../../core/report/marker.js';
import type { GitHubClient } from './octokit.js';

/** GitHub refuses comment bodies above this many characters (422). */
export const MAX_COMMENT_CHARS = 65_536;

export interface CommentTarget {
  readonly owner: string;
  readonly repo: string;
  /** The pull request (or issue) number. */
  readonly issueNumber: number;
}

export type CommentResult =
  | {
      readonly outcome: 'created' | 'updated';
      readonly id: number;
      readonly url: string;
      /** Duplicates of ours (a lost race, an older run's) deleted on the way. */
      readonly removed: readonly number[];
    }
  /** The token may not comment (a fork's pull request, missing `pull-requests: write`). */
  | { readonly outcome: 'denied'; readonly status: number; readonly message: string };

/** The hidden line that makes a comment this model's sticky comment: the report's own marker. */
export const commentMarker = (model: string): string => reportMarker(model);

/** Who a comment is by, as GitHub reports it (`user.login`, `user.type`). */
export interface CommentAuthor {
  readonly login: string;
  /** `User` or `Bot` (GitHub also knows `Organization`, which never comments). */
  readonly type: string;
}

/** The identity a token acts as, and how it was found (for the log). */
export interface TokenIdentity extends CommentAuthor {
  readonly how: 'GET /user' | 'GraphQL viewer' | 'assumed';
}

/** GITHUB_TOKEN's comments are by this bot; it is also the fallback when nothing else answers. */
export const ACTIONS_BOT: CommentAuthor = { login: 'github-actions[bot]', type: 'Bot' };

/**
 * The identity `client`'s token comments as: a personal (or user-to-server) token answers
 * `GET /user` with its user; an installation token (GITHUB_TOKEN, a GitHub App's) is refused
 * there and answers GraphQL `viewer` with its bot; when neither answers, `github-actions[bot]`
 * (GITHUB_TOKEN) is assumed, and the author GitHub reports for a created comment corrects it.
 */
export async function tokenIdentity(client: GitHubClient): Promise<TokenIdentity> {
  try {
    const r = await client.rest.users.getAuthenticated();
    if (r.data.login) return { login: r.data.login, type: r.data.type || 'User', how: 'GET /user' };
  } catch {
    // 401/403 "Resource not accessible by integration": an installation token.
  }
  try {
    const r = await client.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    const login = r.viewer?.login;
    if (typeof login === 'string' && login) {
      return { login, type: login.endsWith('[bot]') ? 'Bot' : 'User', how: 'GraphQL viewer' };
    }
  } catch {
    // Some GitHub Enterprise versions and stand-ins do not answer: assume GITHUB_TOKEN.
  }
  return { ...ACTIONS_BOT, how: 'assumed' };
}

/** The fields of a listed comment the ownership rule reads. */
export interface ListedComment {
  readonly id: number;
  readonly body?: string | null;
  readonly user?: { readonly login?: string; readonly type?: string } | null;
}

/**
 * A comment is this model's sticky comment only when `author` wrote it and it *starts* with the
 * marker, as every comment Lepton writes does. A person's comment is never ours, whatever it
 * quotes; neither is another bot's, nor (with a personal token) that person's own reply quoting it.
 */
export function isOwnComment(c: ListedComment, marker: string, author: CommentAuthor): boolean {
  return (
    c.user?.login === author.login &&
    c.user.type === author.type &&
    typeof c.body === 'string' &&
    c.body.startsWith(marker)
  );
}

export interface UpsertOptions {
  /** Who the token comments as; found with `tokenIdentity` when absent. */
  readonly identity?: CommentAuthor;
  /** Told how the identity was found and what was cleaned up. */
  readonly info?: (message: string) => void;
}

/**
 * One comment per model per pull request. Lists every comment (all pages); among this
 * identity's comments that start with `marker`, updates the oldest and deletes the others
 * (duplicates an earlier race left). With none, creates one, then lists again: when a
 * concurrent run created one first, the oldest wins — it gets this body and the new one is
 * deleted — so two runs starting together end with one comment. Permission refusals come back
 * as `denied`; other failures throw.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
  body: string,
  options: UpsertOptions = {},
): Promise<CommentResult> {
  const text = fitComment(body.startsWith(marker) ? body : `${marker}\n${body}`);
  const where = { owner: target.owner, repo: target.repo };
  const info = options.info ?? (() => undefined);
  try {
    let author: CommentAuthor = options.identity ?? (await tokenIdentity(client));
    if (!options.identity) {
      const how = (author as TokenIdentity).how;
      info(
        `the token comments as ${author.login} (${how === 'assumed' ? 'assumed: GITHUB_TOKEN' : how})`,
      );
    }
    const existing = await ownComments(client, target, marker, author);
    if (existing.length > 0) {
      const [keep, ...extra] = existing;
      const r = await client.rest.issues.updateComment({
        ...where,
        comment_id: keep!.id,
        body: text,
      });
      const removed = await deleteAll(
        client,
        target,
        extra.map((c) => c.id),
      );
      return { outcome: 'updated', id: r.data.id, url: r.data.html_url, removed };
    }
    const created = await client.rest.issues.createComment({
      ...where,
      issue_number: target.issueNumber,
      body: text,
    });
    // GitHub's own word on who we are beats any guess (an App token assumed to be GITHUB_TOKEN).
    const actual = created.data.user;
    if (actual && (actual.login !== author.login || actual.type !== author.type)) {
      info(
        `the comment was written as ${actual.login}, not ${author.login}: looking for its older comments`,
      );
      author = { login: actual.login, type: actual.type };
    }
    const mine = await ownComments(client, target, marker, author);
    const oldest = mine[0];
    if (!oldest || oldest.id === created.data.id) {
      return { outcome: 'created', id: created.data.id, url: created.data.html_url, removed: [] };
    }
    // Lost a race (or missed our older comment): the oldest stays, this one goes.
    const r = await client.rest.issues.updateComment({
      ...where,
      comment_id: oldest.id,
      body: text,
    });
    const removed = await deleteAll(client, target, [created.data.id]);
    info(
      `another run created comment ${oldest.id} first: updated it and deleted the duplicate ${created.data.id}`,
    );
    return { outcome: 'updated', id: r.data.id, url: r.data.html_url, removed };
  } catch (e) {
    const status = (e as { status?: unknown }).status;
    if (status === 403 || status === 404) {
      return { outcome: 'denied', status, message: (e as Error).message };
    }
    throw e;
  }
}

/** This identity's comments starting with `marker`, oldest (lowest id) first, across all pages. */
async function ownComments(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
  author: CommentAuthor,
): Promise<ListedComment[]> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const found: ListedComment[] = [];
  for await (const page of pages) {
    for (const c of page.data) if (isOwnComment(c, marker, author)) found.push(c);
  }
  return found.sort((a, b) => a.id - b.id);
}

/** Deletes comments; one already gone (the other run of a race deleted it) is not an error. */
async function deleteAll(
  client: GitHubClient,
  target: CommentTarget,
  ids: readonly number[],
): Promise<number[]> {
  const removed: number[] = [];
  for (const id of ids) {
    try {
      await client.rest.issues.deleteComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: id,
      });
      removed.push(id);
    } catch (e) {
      if ((e as { status?: unknown }).status !== 404) throw e;
    }
  }
  return removed;
}

/** Cuts an over-long body at a line boundary and says so, rather than letting GitHub refuse it. */
export function fitComment(body: string): string {
  if (body.length <= MAX_COMMENT_CHARS) return body;
  const note = '\n\n… (report truncated: the full report is in the job summary)\n';
  const room = body.slice(0, MAX_COMMENT_CHARS - note.length);
  const cut = room.lastIndexOf('\n');
  return (cut > 0 ? room.slice(0, cut) : room) + note;
}
