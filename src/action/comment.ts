import type { Logger } from '../app/context.js';
import { commentMarker, upsertStickyComment } from '../io/github/comments.js';
import { createGitHubClient } from '../io/github/octokit.js';

export interface PullRequestComment {
  readonly token: string;
  /** `GITHUB_REPOSITORY`, `owner/name`. */
  readonly repository: string | undefined;
  readonly apiUrl: string | undefined;
  readonly pullRequest: number;
  readonly model: string;
  readonly report: string;
  readonly log: Logger;
}

/**
 * Posts or refreshes the model's sticky comment. Any failure to comment is a
 * warning: the PR check is decided by the gate alone, never by the comment.
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
  const client = createGitHubClient({
    token: c.token,
    ...(c.apiUrl && { baseUrl: c.apiUrl }),
    warn: c.log.warn,
  });
  try {
    const r = await upsertStickyComment(
      client,
      { owner, repo, issueNumber: c.pullRequest },
      commentMarker(c.model),
      c.report,
    );
    if (r.outcome === 'denied') {
      c.log.warn(
        `could not comment on pull request #${c.pullRequest} (HTTP ${r.status}: ${r.message}). ` +
          "A fork's pull request gets a read-only token; otherwise grant `pull-requests: write`. " +
          'The report is in the job summary; the check is decided by the thresholds alone.',
      );
    } else {
      c.log.info(`${r.outcome} the comment on pull request #${c.pullRequest}: ${r.url}`);
    }
  } catch (e) {
    c.log.warn(`could not comment on pull request #${c.pullRequest}: ${(e as Error).message}`);
  }
}
