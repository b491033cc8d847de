import type { AppContext } from '../app/context.js';
import { deploy, type DeploySettings, type PromoteDeploySettings } from '../app/deploy.js';
import { withdrawOnFailure } from '../app/deploy-rollback.js';
import { parseTagName, versionTag } from '../core/registry/names.js';
import { deployMarkdown, deployOk, type DeployReportInput } from '../core/report/deploy.js';
import { EXIT_CODES } from '../core/errors/index.js';
import { githubDeployments } from '../io/github/deployments.js';
import { paceFromEnv } from '../io/github/open-client.js';
import { workflowRunUrl } from '../io/github/run-url.js';
import type { Plan } from './event.js';
import { fetchModelHistory } from './history.js';
import { empty, type ModeSettings, type RunResult } from './result.js';

/**
 * What the Action's deploys share: each is a GitHub Deployment (token, repository and the
 * run's page from the runner), the hook's record file goes to RUNNER_TEMP, and a failed deploy
 * after a promotion is rolled back by the rollback use case.
 */
export function actionDeploySettings(s: ModeSettings): PromoteDeploySettings {
  return {
    ...trackedSettings(s),
    withdraw: withdrawOnFailure,
  };
}

/** GitHub Deployments and RUNNER_TEMP for every hook run in the Action. */
export function trackedSettings(s: ModeSettings): DeploySettings {
  const tracker = githubDeployments({
    token: s.inputs.token,
    repository: s.env.GITHUB_REPOSITORY,
    apiUrl: s.env.GITHUB_API_URL,
    ...paceFromEnv(s.env),
    runUrl: workflowRunUrl(s.env),
    warn: s.log.warn,
    info: s.log.info,
  });
  return { tempDir: s.tempDir, tracker };
}

/**
 * The deploy's report under the promotion's. A failed deploy fails the step with exit 3 and
 * `passed: false` (a later step gated on `passed` must not ship a version whose deploy failed);
 * when it was rolled back, `rolledBackTo` names the version the stage holds now (null: empty)
 * and `rollbackTag` the unassignment (null when a concurrent run withdrew it first: its tag is
 * not this run's). `version`/`tag`/`stageTag` stay what the run promoted.
 */
export function withDeploy(result: RunResult, d: DeployReportInput | null): RunResult {
  if (!d) return result;
  const first = d.runs[0];
  const failed = !deployOk(d);
  const b = d.rollback;
  const after = b
    ? ` (rolled back: ${b.tag}; ${d.stage} ${b.to ? `holds v${b.to.version} now` : 'is empty now'})`
    : '';
  return {
    ...result,
    report: result.report ? `${result.report}\n${deployMarkdown(d)}` : deployMarkdown(d),
    ...(b && {
      rolledBackTo: b.to?.version ?? null,
      rollbackTag: parseTagName(b.tag)?.kind === 'unassign' ? b.tag : null,
    }),
    ...(failed && {
      passed: false,
      gateFailure: `deploy of v${first?.version ?? '?'} to ${d.stage} failed: ${first?.error ?? 'see the report'}${after}`,
      exitCode: EXIT_CODES.eval,
    }),
  };
}

/** `command: deploy`: the stage's hook again for its holder (or the `version` input). */
export async function deployMode(
  ctx: AppContext,
  s: ModeSettings,
  plan: Extract<Plan, { kind: 'deploy' }>,
): Promise<RunResult> {
  const model = ctx.manifest.model;
  await fetchModelHistory(ctx.git, model, { baseBranch: null, log: s.log });
  const r = await deploy(ctx, {
    stage: plan.stage,
    ...(plan.version !== null && { version: plan.version }),
    ...trackedSettings(s),
  });
  return withDeploy(
    {
      ...empty(model),
      version: r.version,
      tag: versionTag(model, r.version),
      passed: r.ok,
    },
    r,
  );
}
