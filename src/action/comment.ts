import type { Logger } from '../app/context.js';
import { commentMarker, upsertStickyComment } from '../io/github/comments.js';
import type { GitHubClient } from '../io/github/octokit.js';
import { openGitHubClient } from '../io/github/open-client.js';
import { withCommit, type EvaluatedCommit } from '../core/report/comment.js';

export { withCommit };

export interface PullRequestComment {
  readonly token: string;
  /** `GITHUB_REPOSITORY`, `owner/name`. */
  readonly repository: string | undefined;
  readonly apiUrl: string | undefined;
  /** GitHub's pacing scaled for a local stand-in (`LEPTON_GITHUB_PACE_MS`; see createGitHubClient). */
  readonly paceMs?: number;
  readonly pullRequest: number;
  /**
   * The pull request's head commit this report is about (40 hex digits). The comment names it,
   * and is left alone when the pull request's head has moved on since. null: unknown (not checked).
   */
  readonly commit: string | null;
  /**
   * What the eval ran on, as the comment names it (`commit` itself when absent or null):
   * `commit`, or a merge of it into the base (GitHub's `refs/pull/N/merge`).
   */
  readonly evaluated?: EvaluatedCommit | null;
  readonly model: string;
  /** Markdown starting with the model's marker. */
  readonly report: string;
  readonly log: Logger;
}

const SHA = /^[0-9a-f]{40}$/;

/**
 * Posts or refreshes the model's sticky comment, unless the pull request's head is no longer
 * `commit` (a newer push's run will comment; this one must not overwrite its numbers). Any
 * failure to comment is a warning: the PR check is decided by the gate alone, never by the comment.
 */
export async function commentOnPullRequest(c: PullRequestComment): Promise<void> {
  const [owner, repo] = (c.repository ?? '').split('/');
  if (!owner || !repo) {
    c.log.warn('GITHUB_REPOSITORY is not set: the pull request comment is skipped');
    return;
  }
  if (!c.token) {
    c.log.warn('no token: the pull request comment is skipped');
    return;
  }
  const client = await openGitHubClient({
    token: c.token,
    ...(c.apiUrl && { baseUrl: c.apiUrl }),
    ...(c.paceMs !== undefined && { paceMs: c.paceMs }),
    warn: c.log.warn,
  });
  const pr = `pull request #${c.pullRequest}`;
  try {
    if (c.commit !== null) {
      const head = await headOf(client, owner, repo, c.pullRequest);
      if (head !== c.commit) {
        c.log.info(
          `not commenting on ${pr}: this run evaluated ${c.commit}, but the pull request's head is now ${head}; the run for that commit comments`,
        );
        return;
      }
    }
    const r = await upsertStickyComment(
      client,
      { owner, repo, issueNumber: c.pullRequest },
      commentMarker(c.model),
      named(c),
      { info: c.log.info },
    );
    if (r.outcome === 'denied') {
      c.log.warn(
        `could not comment on ${pr} (HTTP ${r.status}: ${r.message}). ` +
          "A fork's pull request gets a read-only token; otherwise grant `pull-requests: write`. " +
          'The report is in the job summary; the check is decided by the thresholds alone.',
      );
    } else {
      c.log.info(`${r.outcome} the comment on ${pr}: ${r.url}`);
      if (r.removed.length) c.log.info(`deleted duplicate comment(s) ${r.removed.join(', ')}`);
    }
  } catch (e) {
    const status = (e as { status?: unknown }).status;
    c.log.warn(
      `could not comment on ${pr}: ${typeof status === 'number' ? `HTTP ${status}: ` : ''}${(e as Error).message}`,
    );
  }
}

/** The report with the evaluated commit's line, when the commit is known. */
function named(c: PullRequestComment): string {
  if (c.evaluated && SHA.test(c.evaluated.commit)) return withCommit(c.report, c.evaluated);
  return c.commit !== null && SHA.test(c.commit) ? withCommit(c.report, c.commit) : c.report;
}

/** The pull request's current head commit. */
async function headOf(
  client: GitHubClient,
  owner: string,
  repo: string,
  number: number,
): Promise<string> {
  const r = await client.rest.pulls.get({ owner, repo, pull_number: number });
  return r.data.head.sha;
}
