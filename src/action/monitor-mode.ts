import * as core from './workflow-commands.js';
import type { AppContext } from '../app/context.js';
import { monitor, type MonitorResult } from '../app/monitor.js';
import { isLeptonError, LeptonError } from '../core/errors/index.js';
import { failedCheckNames } from '../core/format/checks.js';
import {
  monitorIssueBody,
  monitorIssueMarker,
  monitorIssueTitle,
  monitorRecoveredComment,
  type MonitorIssueInput,
} from '../core/report/monitor-issue.js';
import { monitorMarkdown } from '../core/report/monitor.js';
import { rollbackMarkdown } from '../core/report/rollback.js';
import { closeStickyIssue, openStickyIssue, type StickyIssueResult } from '../io/github/issues.js';
import type { GitHubClient } from '../io/github/octokit.js';
import { openGitHubClient, paceFromEnv } from '../io/github/open-client.js';
import { workflowRunUrl } from '../io/github/run-url.js';
import { deployAfterRollback } from '../app/deploy.js';
import { storeSettingsFromEnv } from '../io/oci/credentials.js';
import { trackedSettings } from './deploy-mode.js';
import type { Plan } from './event.js';
import { fetchModelHistory, REMOTE } from './history.js';
import { empty, type ModeSettings, type RunResult } from './result.js';
import { skippedReport } from './report.js';

type Outcome =
  | { readonly stage: string; readonly result: MonitorResult }
  | { readonly stage: string; readonly error: LeptonError };

/**
 * `command: monitor` (and `auto` on `schedule`): runs the monitor of the `stage` input, or of
 * every stage with a `monitor` section, writes one report, and with `issue: true` keeps one
 * sticky issue per model and stage — opened or updated while it fails, closed when it passes.
 * A stage the monitor cannot judge (Prometheus down, a query error, no series) fails the step
 * with exit 3 after every stage has run and its issue is written; never a pass.
 */
export async function monitorMode(
  ctx: AppContext,
  s: ModeSettings,
  plan: Extract<Plan, { kind: 'monitor' }>,
): Promise<RunResult> {
  const model = ctx.manifest.model;
  const stages =
    plan.stage !== null
      ? [plan.stage]
      : ctx.manifest.stages.filter((x) => x.monitor).map((x) => x.name);
  if (stages.length === 0) {
    const reason = `${model} has no stage with a monitor section: nothing to monitor`;
    s.log.info(reason);
    return { ...empty(model), report: skippedReport(reason) };
  }
  // actions/checkout's default clone has no tags: the stage holders are read from them.
  await fetchModelHistory(ctx.git, model, { baseBranch: null, log: s.log });
  // A failing stage whose manifest says `monitor.rollback: true` is rolled back as
  // `command: rollback` would: pushed, the store's :STAGE moved, the new holder redeployed.
  const token = s.env.LEPTON_PROMETHEUS_TOKEN;
  if (token) core.setSecret(token);
  const outcomes: Outcome[] = [];
  for (const stage of stages) {
    try {
      const deploy = deployAfterRollback(ctx, stage, trackedSettings(s));
      const result = await monitor(ctx, stage, {
        ...(s.env.LEPTON_PROMETHEUS_URL && { prometheusUrl: s.env.LEPTON_PROMETHEUS_URL }),
        ...(token && { prometheusToken: token }),
        rollbackWith: {
          ...(deploy && { deploy }),
          push: s.inputs.push,
          remote: REMOTE,
          store: storeSettingsFromEnv(s.env, { githubToken: s.inputs.token }),
        },
      });
      s.log.info(
        `monitor: ${model} v${result.version} in ${stage}: ${result.passed ? 'healthy' : 'FAILING'}`,
      );
      outcomes.push({ stage, result });
    } catch (e) {
      // A stage that cannot be judged must not hide the others' verdicts: run them all first.
      if (!isLeptonError(e) || e.kind !== 'eval') throw e;
      s.log.warn(`monitor: ${model} in ${stage}: ${e.message}`);
      outcomes.push({ stage, error: e });
    }
  }
  if (s.inputs.issue) await keepIssues(s, model, outcomes);

  const unjudged = outcomes.filter(
    (o): o is Extract<Outcome, { error: LeptonError }> => 'error' in o,
  );
  if (unjudged.length) {
    throw new LeptonError(
      'eval',
      unjudged.length === 1
        ? unjudged[0]!.error.message
        : `the monitor cannot judge ${unjudged.length} stages of ${model}`,
      unjudged.flatMap((o) =>
        unjudged.length === 1 ? o.error.details : [o.error.message, ...o.error.details],
      ),
    );
  }
  const results = outcomes.map((o) => (o as { result: MonitorResult }).result);
  const failing = results.filter((r) => !r.passed);
  const only = results.length === 1 ? results[0]! : null;
  return {
    ...empty(model),
    version: only?.version ?? null,
    tag: only ? `${model}@v${only.version}` : null,
    passed: failing.length === 0,
    metrics: only?.metrics ?? {},
    stageTag: only?.rollback?.tag ?? null,
    rolledBackTo: only?.rollback?.to?.version ?? null,
    rollbackTag: only?.rollback?.tag ?? null,
    report:
      results
        .map((r) => [monitorMarkdown(r), ...(r.rollback ? [rollbackMarkdown(r.rollback)] : [])])
        .flat()
        .join('\n\n') + '\n',
    gateFailure: failing.length
      ? `monitor failed: ${failing
          .map((r) => `${r.stage} (v${r.version}: ${failedCheckNames(r.checks)})`)
          .join('; ')}`
      : null,
  };
}

/** One issue per model and stage; a failure to write it is a warning (the step's verdict stands). */
async function keepIssues(
  s: ModeSettings,
  model: string,
  outcomes: readonly Outcome[],
): Promise<void> {
  const [owner, repo] = (s.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || !s.inputs.token) {
    s.log.warn('issue: true needs GITHUB_REPOSITORY and a token: the monitor issue is skipped');
    return;
  }
  const client: GitHubClient = await openGitHubClient({
    token: s.inputs.token,
    ...(s.env.GITHUB_API_URL && { baseUrl: s.env.GITHUB_API_URL }),
    ...paceFromEnv(s.env),
    warn: s.log.warn,
  });
  const where = { owner, repo };
  const runUrl = workflowRunUrl(s.env);
  for (const o of outcomes) {
    const marker = monitorIssueMarker(model, o.stage);
    try {
      let r: StickyIssueResult;
      if ('result' in o && o.result.passed) {
        r = await closeStickyIssue(
          client,
          where,
          marker,
          monitorRecoveredComment(o.result, runUrl),
        );
      } else {
        const input: MonitorIssueInput =
          'result' in o
            ? { kind: 'failed', result: o.result, runUrl }
            : {
                kind: 'unjudged',
                model,
                stage: o.stage,
                message: o.error.message,
                details: o.error.details,
                runUrl,
              };
        r = await openStickyIssue(
          client,
          where,
          marker,
          monitorIssueTitle(model, o.stage),
          monitorIssueBody(input),
        );
      }
      if (r.outcome === 'denied') {
        s.log.warn(
          `could not write the monitor issue for ${o.stage} (HTTP ${r.status}: ${r.message}); grant \`issues: write\``,
        );
      } else if (r.outcome !== 'none') {
        s.log.info(`${r.outcome} the monitor issue for ${o.stage}: ${r.url}`);
      }
    } catch (e) {
      const status = (e as { status?: unknown }).status;
      s.log.warn(
        `could not write the monitor issue for ${o.stage}: ${typeof status === 'number' ? `HTTP ${status}: ` : ''}${(e as Error).message}`,
      );
    }
  }
}
