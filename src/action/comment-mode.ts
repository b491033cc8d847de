import { LeptonError } from '../core/errors/index.js';
import { renderMarkdownReport } from '../core/report/markdown.js';
import { openGitHubClient, paceFromEnv } from '../io/github/open-client.js';
import { commentOnPullRequest } from './comment.js';
import type { Plan } from './event.js';
import { empty, type ModeSettings, type RunResult } from './result.js';
import { downloadResults, validateResult, type ResultDocument } from './result-artifact.js';

/**
 * `command: comment` on workflow_run: the privileged half of the split. Downloads the
 * `lepton-result-*` artifacts of the triggering run, validates each (untrusted: the pull
 * request's code ran where it was made), refuses a result about any commit but the run's head
 * or a pull request whose head is another commit, and posts the sticky comment re-rendered from
 * the structured result. Needs `actions: read` (the artifacts) and `pull-requests: write`.
 * Runs no code from the repository and reads no manifest.
 */
export async function commentMode(
  s: ModeSettings,
  plan: Extract<Plan, { kind: 'comment' }>,
): Promise<RunResult> {
  const [owner, repo] = (s.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new LeptonError('invalid', 'GITHUB_REPOSITORY is not set');
  if (!s.inputs.token)
    throw new LeptonError('invalid', 'command "comment" needs the "token" input');
  const client = await openGitHubClient({
    token: s.inputs.token,
    ...(s.env.GITHUB_API_URL && { baseUrl: s.env.GITHUB_API_URL }),
    ...paceFromEnv(s.env),
    warn: s.log.warn,
  });
  const found = await downloadResults(client, { owner, repo }, plan.runId);
  if (found.length === 0) {
    s.log.info(`run ${plan.runId} uploaded no lepton-result-* artifact: nothing to comment`);
    return blank(null, `Run ${plan.runId} uploaded no Lepton result: nothing to comment.`);
  }
  const docs = found.map((f) => validateResult(f.json, f.artifact));
  for (const d of docs) belongsToRun(d, plan);
  const reports: string[] = [];
  for (const d of docs) {
    const pr = await client.rest.pulls.get({ owner, repo, pull_number: d.pullRequest });
    const head = pr.data.head;
    if (plan.headRepository && head.repo?.full_name !== plan.headRepository) {
      throw new LeptonError(
        'invalid',
        `the result names pull request #${d.pullRequest}, whose head is in ${head.repo?.full_name ?? 'a deleted repository'}, not ${plan.headRepository} where run ${plan.runId} ran`,
      );
    }
    const report = renderMarkdownReport(d.reportInput);
    reports.push(report);
    if (!s.inputs.comment) continue;
    // Checks the pull request's head again right before writing, and names the commit.
    await commentOnPullRequest({
      token: s.inputs.token,
      repository: s.env.GITHUB_REPOSITORY,
      apiUrl: s.env.GITHUB_API_URL,
      ...paceFromEnv(s.env),
      pullRequest: d.pullRequest,
      commit: d.headSha,
      evaluated: {
        commit: d.merge?.commit ?? d.headSha,
        mergeOf: d.merge ? { head: d.headSha, base: d.merge.base } : null,
      },
      model: d.model,
      report,
      log: s.log,
    });
  }
  const first = docs[0]!;
  return {
    ...blank(first.model, reports.join('\n')),
    passed: docs.every((d) => d.passed),
    metrics: first.reportInput.metrics,
  };
}

/** A result is only ever about the triggering run's head commit and its pull request. */
function belongsToRun(d: ResultDocument, plan: Extract<Plan, { kind: 'comment' }>): void {
  if (d.headSha !== plan.headSha) {
    throw new LeptonError(
      'invalid',
      `the result of ${d.model} is for commit ${d.headSha}, but run ${plan.runId} ran for ${plan.headSha}: not posted`,
    );
  }
  if (plan.pullRequests.length > 0 && !plan.pullRequests.includes(d.pullRequest)) {
    throw new LeptonError(
      'invalid',
      `the result of ${d.model} names pull request #${d.pullRequest}, but run ${plan.runId} belongs to #${plan.pullRequests.join(', #')}: not posted`,
    );
  }
}

function blank(model: string | null, report: string): RunResult {
  return { ...empty(model), report };
}
