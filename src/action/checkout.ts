import { LeptonError } from '../core/errors/index.js';
import type { EvaluatedCommit } from '../core/report/comment.js';
import type { Git } from '../io/git.js';
import { readHeadCommit, type HeadCommit } from '../io/head-commit.js';

/** What a pull request's eval must have checked out: the pull request's head commit. */
export interface PullRequestHead {
  readonly number: number;
  /** The head commit the event names (40 hex digits). */
  readonly headSha: string;
}

const FIX = [
  "check out the pull request's merge commit (actions/checkout's default on pull_request: no `ref:`) or its head (`ref: ${{ github.event.pull_request.head.sha }}`)",
];

/**
 * Decides what a pull request's eval evaluates from what is checked out: HEAD must be the
 * pull request's head, or a merge commit one of whose parents is that head (GitHub's
 * `refs/pull/N/merge`, parents base and head). Anything else would be evaluated and then
 * reported, and commented, as the pull request's result.
 *
 * @throws LeptonError 'invalid' naming both commits and the fix when HEAD is neither.
 */
export function pullRequestCheckout(head: HeadCommit | null, pr: PullRequestHead): EvaluatedCommit {
  const want = `pull request #${pr.number}'s head ${pr.headSha}`;
  if (head === null) {
    throw new LeptonError(
      'invalid',
      `nothing is checked out (HEAD names no commit), not ${want}`,
      FIX,
    );
  }
  if (head.sha === pr.headSha) return { commit: head.sha, mergeOf: null };
  if (head.parents.length === 2 && head.parents.includes(pr.headSha)) {
    const base = head.parents.find((p) => p !== pr.headSha) ?? pr.headSha;
    return { commit: head.sha, mergeOf: { head: pr.headSha, base } };
  }
  const merge = head.parents.length > 1 ? ` (a merge of ${head.parents.join(' and ')})` : '';
  throw new LeptonError(
    'invalid',
    `the checked-out commit ${head.sha}${merge} is neither ${want} nor a merge of it: Lepton will not evaluate it and report it as the pull request's`,
    FIX,
  );
}

/** Reads HEAD (one git process) and checks it with pullRequestCheckout. */
export async function checkPullRequestCheckout(
  git: Git,
  pr: PullRequestHead,
): Promise<EvaluatedCommit> {
  return pullRequestCheckout(await readHeadCommit(git), pr);
}
