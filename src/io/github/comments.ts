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
  | { readonly outcome: 'created' | 'updated'; readonly id: number; readonly url: string }
  /** The token may not comment (a fork's pull request, missing `pull-requests: write`). */
  | { readonly outcome: 'denied'; readonly status: number; readonly message: string };

/** The hidden line that makes a comment this model's sticky comment: the report's own marker. */
export const commentMarker = (model: string): string => reportMarker(model);

/**
 * One comment per model per pull request: finds the comment carrying `marker`
 * (paging through every comment, not only the first page), updates it in place,
 * or creates it. Permission refusals come back as `denied`; other failures throw.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
  body: string,
): Promise<CommentResult> {
  const text = fitComment(body.includes(marker) ? body : `${marker}\n${body}`);
  const where = { owner: target.owner, repo: target.repo };
  try {
    const existing = await findComment(client, target, marker);
    if (existing !== null) {
      const r = await client.rest.issues.updateComment({
        ...where,
        comment_id: existing,
        body: text,
      });
      return { outcome: 'updated', id: r.data.id, url: r.data.html_url };
    }
    const r = await client.rest.issues.createComment({
      ...where,
      issue_number: target.issueNumber,
      body: text,
    });
    return { outcome: 'created', id: r.data.id, url: r.data.html_url };
  } catch (e) {
    const status = (e as { status?: unknown }).status;
    if (status === 403 || status === 404) {
      return { outcome: 'denied', status, message: (e as Error).message };
    }
    throw e;
  }
}

async function findComment(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
): Promise<number | null> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    const found = page.data.find((c) => c.body?.includes(marker));
    if (found) return found.id;
  }
  return null;
}

/** Cuts an over-long body at a line boundary and says so, rather than letting GitHub refuse it. */
export function fitComment(body: string): string {
  if (body.length <= MAX_COMMENT_CHARS) return body;
  const note = '\n\n… (report truncated: the full report is in the job summary)\n';
  const room = body.slice(0, MAX_COMMENT_CHARS - note.length);
  const cut = room.lastIndexOf('\n');
  return (cut > 0 ? room.slice(0, cut) : room) + note;
}
