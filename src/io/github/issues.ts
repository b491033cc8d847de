import { fitComment, isOwnComment, tokenIdentity, type CommentAuthor } from './comments.js';
import type { GitHubClient } from './octokit.js';

/** The repository a sticky issue lives in. */
export interface IssueRepository {
  readonly owner: string;
  readonly repo: string;
}

export type StickyIssueResult =
  | {
      /** `none`: there was no open issue to close. */
      readonly outcome: 'created' | 'updated' | 'closed' | 'none';
      /** The issue's number; null with `none`. */
      readonly number: number | null;
      readonly url: string | null;
    }
  /** The token may not write issues (missing `issues: write`). */
  | { readonly outcome: 'denied'; readonly status: number; readonly message: string };

export interface StickyIssueOptions {
  /** Who the token writes as; found with `tokenIdentity` when absent. */
  readonly identity?: CommentAuthor;
}

/** A listed issue, as `GET /repos/{o}/{r}/issues` returns the fields read here. */
interface ListedIssue {
  readonly number: number;
  readonly html_url: string;
  readonly body?: string | null;
  readonly user?: { readonly login?: string; readonly type?: string } | null;
  /** Present when the "issue" is a pull request (the endpoint lists both). */
  readonly pull_request?: unknown;
}

/**
 * The open issue this identity wrote whose body starts with `marker`, lowest number first —
 * the same ownership rule as the sticky PR comment: a person's issue is never ours, whatever it
 * quotes.
 */
async function findOpen(
  client: GitHubClient,
  where: IssueRepository,
  marker: string,
  author: CommentAuthor,
): Promise<ListedIssue | null> {
  const pages = client.paginate.iterator(client.rest.issues.listForRepo, {
    ...where,
    state: 'open',
    per_page: 100,
  });
  let found: ListedIssue | null = null;
  for await (const page of pages) {
    for (const i of page.data as ListedIssue[]) {
      if (i.pull_request !== undefined && i.pull_request !== null) continue;
      if (
        !isOwnComment({ id: i.number, body: i.body ?? null, user: i.user ?? null }, marker, author)
      )
        continue;
      if (found === null || i.number < found.number) found = i;
    }
  }
  return found;
}

const denied = (e: unknown): StickyIssueResult | null => {
  const status = (e as { status?: unknown }).status;
  return status === 403 || status === 404 || status === 410
    ? { outcome: 'denied', status, message: (e as Error).message }
    : null;
};

/**
 * Opens the issue that carries `marker`, or updates the open one this identity wrote: one issue
 * per marker (for the monitor, per model and stage), so a failure that lasts a week is one issue
 * edited by every scheduled run, not one issue an hour. `body` is cut to GitHub's 65,536
 * characters at a line boundary. Refusals (403/404/410: no `issues: write`, issues disabled)
 * come back as `denied`; other failures throw the octokit error.
 */
export async function openStickyIssue(
  client: GitHubClient,
  where: IssueRepository,
  marker: string,
  title: string,
  body: string,
  options: StickyIssueOptions = {},
): Promise<StickyIssueResult> {
  const text = fitComment(body.startsWith(marker) ? body : `${marker}\n${body}`);
  try {
    const author = options.identity ?? (await tokenIdentity(client));
    const open = await findOpen(client, where, marker, author);
    if (open) {
      const r = await client.rest.issues.update({
        ...where,
        issue_number: open.number,
        title,
        body: text,
      });
      return { outcome: 'updated', number: r.data.number, url: r.data.html_url };
    }
    const r = await client.rest.issues.create({ ...where, title, body: text });
    return { outcome: 'created', number: r.data.number, url: r.data.html_url };
  } catch (e) {
    const d = denied(e);
    if (d) return d;
    throw e;
  }
}

/**
 * Closes the open issue carrying `marker` that this identity wrote, first commenting `comment`
 * (why it is closed: the monitor passes again, with the run). `none` when there is no such
 * issue. Refusals come back as `denied`; other failures throw.
 */
export async function closeStickyIssue(
  client: GitHubClient,
  where: IssueRepository,
  marker: string,
  comment: string,
  options: StickyIssueOptions = {},
): Promise<StickyIssueResult> {
  try {
    const author = options.identity ?? (await tokenIdentity(client));
    const open = await findOpen(client, where, marker, author);
    if (!open) return { outcome: 'none', number: null, url: null };
    await client.rest.issues.createComment({
      ...where,
      issue_number: open.number,
      body: fitComment(comment),
    });
    await client.rest.issues.update({
      ...where,
      issue_number: open.number,
      state: 'closed',
      state_reason: 'completed',
    });
    return { outcome: 'closed', number: open.number, url: open.html_url };
  } catch (e) {
    const d = denied(e);
    if (d) return d;
    throw e;
  }
}
