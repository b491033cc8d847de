import type { AppContext } from '../app/context.js';
import { evaluate, type EvalOutcome } from '../app/eval.js';
import { record } from '../app/record.js';
import type { RecordQuestions } from '../app/early.js';
import { fingerprintProject } from '../app/status.js';
import type { StartedListing } from '../io/files/list.js';
import { thresholdsFailed } from '../core/format/checks.js';
import { evalMarkdown, evalReportInput } from '../core/report/eval.js';
import { recordSummaryMarkdown, recordSummaryNote } from '../core/report/record.js';
import { reportMarker } from '../core/report/marker.js';
import { uploadModelArtifact } from '../io/services/artifact.js';
import { storeSettingsFromEnv } from '../io/oci/credentials.js';
import { paceFromEnv } from '../io/github/open-client.js';
import type { EvaluatedCommit } from '../core/report/comment.js';
import type { Plan } from './event.js';
import { REMOTE, startHistoryFetch } from './history.js';
import type { FetchedHistory } from '../io/registry/history.js';
import { shardsInput } from './shards.js';
import { errorReport } from './report.js';
import { placed } from './placed.js';
import type { ModeSettings, RunResult } from './result.js';

export { empty, type ModeSettings, type RunResult } from './result.js';

/**
 * pull_request: eval against the base branch, then the sticky comment. `checkout` is what the
 * pull request's eval evaluates (checkout.ts; null without a pull request; run.ts always passes
 * it): awaited before the fetch's result, so a checkout that is not the pull request's is
 * refused before the eval, the comment and the result's upload.
 */
export async function evalMode(
  ctx: AppContext,
  s: ModeSettings,
  plan: Extract<Plan, { kind: 'eval' }>,
  history: Promise<FetchedHistory | null> = startHistoryFetch(ctx, s, plan),
  listing?: StartedListing,
  checkout: Promise<EvaluatedCommit | null> = Promise.resolve(null),
): Promise<RunResult> {
  const model = ctx.manifest.model;
  // The fingerprint is taken while git fetches (the fetch writes refs, never the model's files).
  const fingerprint = fingerprintProject(ctx, { listing: listing ?? null, deferSave: true });
  fingerprint.catch(() => undefined);
  const evaluated = await checkout;
  const fetched = await history;
  const comment = async (report: string) => {
    if (plan.pullRequest === null || !s.inputs.comment) return;
    // Loaded here: a push run never comments.
    const { commentOnPullRequest } = await import('./comment.js');
    await commentOnPullRequest({
      token: s.inputs.token,
      repository: s.env.GITHUB_REPOSITORY,
      apiUrl: s.env.GITHUB_API_URL,
      ...paceFromEnv(s.env),
      pullRequest: plan.pullRequest,
      commit: plan.headSha,
      evaluated,
      model,
      report,
      log: s.log,
    });
  };
  let outcome: EvalOutcome;
  try {
    outcome = await placed(ctx, async () =>
      evaluate(ctx, {
        ...(plan.baseBranch && { baseline: `refs/remotes/${REMOTE}/${plan.baseBranch}` }),
        // Read right after the fetch; nothing has run in the repository since.
        ...(fetched && { registry: fetched.registry }),
        ...(await shardsInput(ctx, s)),
        fingerprint,
      }),
    );
  } catch (e) {
    // Otherwise the comment would go on showing an earlier push's result as if it were this one's.
    await comment(`${reportMarker(model)}\n${errorReport(e)}`);
    throw e;
  }
  const report = evalMarkdown(outcome);
  await comment(report);
  // `command: eval` on a pull request is the unprivileged half of the split: hand the result
  // to the workflow_run job that may comment (it re-checks and re-renders all of it).
  if (s.inputs.command === 'eval' && plan.pullRequest !== null && evaluated !== null) {
    const { uploadResult } = await import('./result-artifact.js');
    await uploadResult(
      {
        kind: 'lepton-result',
        schema: 1,
        model,
        headSha: evaluated.mergeOf?.head ?? evaluated.commit,
        ...(evaluated.mergeOf && {
          merge: { commit: evaluated.commit, base: evaluated.mergeOf.base },
        }),
        pullRequest: plan.pullRequest,
        passed: outcome.passed,
        report,
        reportInput: evalReportInput(outcome),
      },
      s.env,
      s.tempDir,
      s.log,
    );
  }
  return {
    model,
    // Only content already recorded has a version; a PR's new content has none yet.
    version: outcome.reusedFrom?.version || null,
    tag: outcome.reusedFrom?.tag || null,
    stageTag: null,
    rolledBackTo: null,
    rollbackTag: null,
    passed: outcome.passed,
    reused: outcome.reused,
    metrics: outcome.metrics,
    report,
    gateFailure: outcome.passed ? null : thresholdsFailed(outcome.checks),
  };
}

/** push to the default branch: record (uploading the artifact first) and push the tag. */
export async function recordMode(
  ctx: AppContext,
  s: ModeSettings,
  history: Promise<FetchedHistory | null> = startHistoryFetch(ctx, s, 'tags'),
  questions?: RecordQuestions,
): Promise<RunResult> {
  const model = ctx.manifest.model;
  // An error of the fetch (no origin to push to) is the record's first.
  history.catch(() => undefined);
  const r = await placed(ctx, async () =>
    record(ctx, {
      history,
      ...(questions && { questions }),
      ...(await shardsInput(ctx, s)),
      push: s.inputs.push,
      // fetchModelHistory fetched the tags and the event counter a moment ago.
      tagsFetched: true,
      remote: REMOTE,
      store: storeSettingsFromEnv(s.env, { githubToken: s.inputs.token }),
      // The artifact's id and URL go into the version's record, so upload before the tag exists.
      beforeTag: async (outcome, version) => {
        const uploaded = await uploadModelArtifact({
          name: `${model}-v${version}`,
          patterns: ctx.manifest.artifacts,
          modelDir: ctx.modelDir,
          repoRoot: ctx.repoRoot ?? ctx.modelDir,
          report: evalMarkdown(outcome),
          metrics: outcome.metrics,
          env: s.env,
          tempDir: s.tempDir,
          warn: s.log.warn,
          info: s.log.info,
        });
        return uploaded ? { artifact: { id: uploaded.id, url: uploaded.url } } : {};
      },
    }),
  );
  const { outcome } = r;
  s.log.info(recordSummaryNote(r, REMOTE));
  return {
    model,
    version: r.version,
    tag: r.tag,
    stageTag: null,
    rolledBackTo: null,
    rollbackTag: null,
    passed: outcome.passed,
    reused: outcome.reused,
    metrics: outcome.metrics,
    report: recordSummaryMarkdown(r, { remote: REMOTE, model }),
    gateFailure: outcome.passed ? null : thresholdsFailed(outcome.checks),
  };
}
