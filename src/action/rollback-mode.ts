import type { AppContext } from '../app/context.js';
import { deployAfterRollback } from '../app/deploy.js';
import { rollback } from '../app/rollback.js';
import { EXIT_CODES } from '../core/errors/index.js';
import { trackedSettings } from './deploy-mode.js';
import { versionTag } from '../core/registry/names.js';
import { rollbackMarkdown } from '../core/report/rollback.js';
import { storeSettingsFromEnv } from '../io/oci/credentials.js';
import type { Plan } from './event.js';
import { REMOTE, startHistoryFetch } from './history.js';
import { empty, type ModeSettings, type RunResult } from './result.js';

/**
 * `command: rollback` (or `auto` on workflow_dispatch with `rollback: true`): withdraws the
 * stage's holder and pushes the unassignment tag. Outputs: `version`/`tag` = the version the
 * stage holds now (empty when it was left empty), `stage-tag` = the unassignment tag, and as
 * after an automatic rollback `rolled-back-to` = that version, `rollback-tag` = that tag;
 * `passed` false when the redeploy of the version it fell back to failed.
 */
export async function rollbackMode(
  ctx: AppContext,
  s: ModeSettings,
  plan: Extract<Plan, { kind: 'rollback' }>,
): Promise<RunResult> {
  const model = ctx.manifest.model;
  await startHistoryFetch(ctx, s, 'tags');
  const deploy = deployAfterRollback(ctx, plan.stage, trackedSettings(s));
  const r = await rollback(ctx, {
    ...(deploy && { deploy }),
    stage: plan.stage,
    reason: plan.reason,
    // The Action has no allow-empty input (docs/rollback.md): emptying a stage is the CLI's call.
    allowEmptyHint: `the Action never leaves a stage empty; to withdraw it anyway, run lepton rollback ${plan.stage} --reason TEXT --allow-empty --push from a clone`,
    push: s.inputs.push,
    remote: REMOTE,
    store: storeSettingsFromEnv(s.env, { githubToken: s.inputs.token }),
  });
  s.log.info(
    r.tag
      ? `${r.tag}: v${r.from.version} withdrawn from ${r.stage}; it holds ${r.to ? `v${r.to.version}` : 'nothing'} now`
      : `v${r.from.version} had been withdrawn from ${r.stage} already`,
  );
  return {
    ...empty(model),
    version: r.to?.version ?? null,
    tag: r.to ? versionTag(model, r.to.version) : null,
    stageTag: r.tag,
    rolledBackTo: r.to?.version ?? null,
    rollbackTag: r.tag,
    report: rollbackMarkdown(r),
    // The registry failed once the git tag was made: exit 4, as the CLI.
    ...(r.storeError && {
      gateFailure: [r.storeError.message, ...r.storeError.details.map((d) => `  ${d}`)].join('\n'),
      exitCode: EXIT_CODES.git,
    }),
    // The hook failed for the version the stage fell back to: exit 3, as the CLI.
    ...(r.deployed === false && {
      passed: false,
      gateFailure: `the deploy of v${r.to?.version ?? '?'} to ${r.stage} after the rollback failed`,
      exitCode: EXIT_CODES.eval,
    }),
  };
}
