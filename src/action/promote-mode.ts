import type { AppContext } from '../app/context.js';
import { promoteAndDeploy } from '../app/deploy.js';
import { EXIT_CODES } from '../core/errors/index.js';
import { versionTag } from '../core/registry/names.js';
import { promoteGateFailure, promoteMarkdown } from '../core/report/promote.js';
import { storeSettingsFromEnv } from '../io/oci/credentials.js';
import { actionDeploySettings, withDeploy } from './deploy-mode.js';
import type { Plan } from './event.js';
import { REMOTE, startHistoryFetch } from './history.js';
import type { ModeSettings, RunResult } from './result.js';

// Its own module (not modes.ts): a push or pull-request run never loads the deploy, rollback and
// OCI code that promotion brings.

/** workflow_dispatch with a stage, or release published: promote and push the stage tag. */
export async function promoteMode(
  ctx: AppContext,
  s: ModeSettings,
  plan: Extract<Plan, { kind: 'promote' }>,
): Promise<RunResult> {
  const model = ctx.manifest.model;
  await startHistoryFetch(ctx, s, 'tags');
  const p = await promoteAndDeploy(
    ctx,
    {
      ...(plan.version !== null && { version: plan.version }),
      stage: plan.stage,
      push: s.inputs.push,
      store: storeSettingsFromEnv(s.env, { githubToken: s.inputs.token }),
      remote: REMOTE,
    },
    actionDeploySettings(s),
  );
  const refused = p.refused.length > 0;
  const result: RunResult = {
    model,
    version: p.version,
    tag: versionTag(model, p.version),
    stageTag: p.tag,
    // withDeploy sets passed: false when the deploy failed, and these when it was rolled back.
    rolledBackTo: null,
    rollbackTag: null,
    passed: !refused,
    reused: false,
    metrics: p.metrics,
    report: promoteMarkdown(p),
    gateFailure: promoteGateFailure(p),
    // The registry failed once the stage tag was pushed (the deploy still ran): exit 4, as the CLI.
    ...(p.storeError && {
      gateFailure: [p.storeError.message, ...p.storeError.details.map((d) => `  ${d}`)].join('\n'),
      exitCode: EXIT_CODES.git,
    }),
  };
  return withDeploy(result, p.deploy);
}
