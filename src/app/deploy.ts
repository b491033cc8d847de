import { unknownVersionError } from '../core/plan/unknown-version.js';
import { LeptonError } from '../core/errors/index.js';
import type { DeployHook, Stage } from '../core/manifest/types.js';
import { findVersion } from '../core/registry/build.js';
import { holders, stagesEverHeld } from '../core/registry/stages.js';
import type { Registry, StageEvent, VersionEntry, VersionRecord } from '../core/registry/types.js';
import { parseVersionArg } from '../core/registry/version-arg.js';
import {
  type DeployCause,
  type DeployReportInput,
  type DeployRun,
  type RollbackStep,
} from '../core/report/deploy.js';
import type { DeployTarget, DeployTracker } from '../core/delivery/deploy.js';
import { runDeployHook } from '../io/deploy/hook.js';
import { DEFAULT_KILL_GRACE_MS } from '../io/eval/index.js';
import { readRecord, readRegistry } from '../io/registry/index.js';
import type { StoreSettings } from '../io/oci/index.js';
import type { AppContext } from './context.js';

export type { DeployTarget, DeployTracker, TrackedDeploy } from '../core/delivery/deploy.js';
import { ensureHistory } from './ensure-history.js';
import { promote, type PromoteOptions, type PromoteResult } from './promote.js';

/** What a withdrawal is asked to do: GTO's unassignment of `version` from `stage`. */
export interface WithdrawRequest {
  readonly stage: string;
  readonly version: string;
  readonly reason: string;
  /** The failed hook's exit code (null: killed or timed out). */
  readonly exitCode: number | null;
  readonly push: boolean;
  readonly remote: string;
  /**
   * The promotion's own store settings, for moving the model store's `:STAGE` tag back
   * (undefined: the promotion was given none, so both use the context's environment's). A
   * withdrawal with other credentials than the promotion's would fail where the promotion
   * succeeded (the Action's token for ghcr.io, a library caller's own settings).
   */
  readonly store?: StoreSettings;
  /** The promotion's retry budget and attempts for the unassignment's push (undefined: the defaults). */
  readonly budgetMs?: number;
  readonly maxAttempts?: number;
}

/**
 * A port for the rollback use case (`lepton rollback`'s unassignment): withdraws the version,
 * pushing the tag with `push`, and says which version holds the stage now. Throws when it could
 * not (the caller reports it and leaves the stage tag as it is).
 */
export type Withdraw = (ctx: AppContext, request: WithdrawRequest) => Promise<RollbackStep>;

/** Settings shared by every deploy use case. */
export interface DeploySettings {
  /** GitHub Deployments, in the Action. */
  readonly tracker?: DeployTracker;
  /** Where the hook's record file goes (default: the system's temp folder). */
  readonly tempDir?: string;
  /** Between SIGTERM and SIGKILL (default `LEPTON_KILL_GRACE_MS`, else 10 s). */
  readonly killGraceMs?: number;
  /** For tests: how long processes a hook leaves may take to end. */
  readonly settleMs?: number;
}

/** `lepton deploy --json`: the contract's `{model, stage, version, ok, exitCode, durationMs}`, and the report. */
export interface DeployResult extends DeployReportInput {
  readonly version: string;
  readonly ok: boolean;
  readonly exitCode: number | null;
  readonly durationMs: number;
}

/** `promote --json` with what the deploy did (null: the stage has no hook, or nothing was promoted). */
export interface PromoteDeployResult extends PromoteResult {
  readonly deploy: DeployReportInput | null;
}

/** The stage's hook; an `invalid` error naming the stage when it has none. */
function hookOf(ctx: AppContext, name: string): { stage: Stage; hook: DeployHook } {
  const stage = ctx.manifest.stages.find((s) => s.name === name);
  if (!stage) {
    const known = ctx.manifest.stages.map((s) => s.name);
    throw new LeptonError('invalid', `${ctx.manifest.model} has no stage "${name}"`, [
      known.length
        ? `stages in the manifest: ${known.join(', ')}`
        : 'the manifest declares no stages',
    ]);
  }
  if (!stage.deploy) {
    throw new LeptonError('invalid', `stage ${name} has no deploy hook`, [
      `add stages.${name}.deploy.command to the manifest`,
    ]);
  }
  return { stage, hook: stage.deploy };
}

/** The version that held `stage` just before event `n` (null: none). */
export function holderBefore(registry: Registry, stage: string, n: number): string | null {
  const before = registry.events.filter((e) => e.n < n);
  const withdrawn = new Set(registry.versions.filter((v) => v.deregistered).map((v) => v.version));
  return holders(before, withdrawn)[stage]?.version ?? null;
}

/** Where the version's files are: the store reference, else the Actions artifact URL. */
function artifactOf(record: VersionRecord | null): string | null {
  const a = record?.artifact;
  if (!a) return null;
  return a.ref ?? a.url ?? null;
}

const killGrace = (ctx: AppContext, s: DeploySettings): number => {
  if (s.killGraceMs !== undefined) return s.killGraceMs;
  const v = Number(ctx.env.LEPTON_KILL_GRACE_MS);
  return ctx.env.LEPTON_KILL_GRACE_MS && Number.isFinite(v) && v >= 0 ? v : DEFAULT_KILL_GRACE_MS;
};

interface RunOne {
  readonly hook: DeployHook;
  readonly stage: string;
  readonly entry: VersionEntry;
  readonly stageTag: string | null;
  readonly previous: string | null;
  readonly cause: DeployCause;
}

/** Runs the hook once for one version, tracked by the host when it tracks deploys. */
async function runOnce(ctx: AppContext, one: RunOne, s: DeploySettings): Promise<DeployRun> {
  const m = ctx.manifest;
  const target: DeployTarget = {
    model: m.model,
    stage: one.stage,
    version: one.entry.version,
    tag: one.entry.tag,
    environment: one.hook.environment,
    url: one.hook.url,
  };
  const tracked = s.tracker ? await s.tracker.start(target) : null;
  // The hook gets the whole record (its artifact, checks, baseline): one `git cat-file`.
  const record = await readRecord(ctx.git, one.entry);
  const run = await ctx.log.group(`deploy: v${one.entry.version} → ${one.stage}`, () =>
    runDeployHook({
      hook: one.hook,
      target: {
        model: m.model,
        stage: one.stage,
        version: one.entry.version,
        tag: one.entry.tag,
        stageTag: one.stageTag,
        commit: one.entry.commit,
        previousVersion: one.previous,
        artifact: artifactOf(record),
        record: record ?? { model: m.model, version: one.entry.version },
      },
      cwd: ctx.modelDir,
      env: ctx.env,
      killGraceMs: killGrace(ctx, s),
      output: (c) => ctx.log.output(c),
      warn: (w) => ctx.log.warn(w),
      ...(s.tempDir !== undefined && { tempDir: s.tempDir }),
      ...(s.settleMs !== undefined && { settleMs: s.settleMs }),
      ...(ctx.signal && { signal: ctx.signal }),
    }),
  );
  const note = run.ok
    ? `v${one.entry.version} deployed to ${one.stage}`
    : `v${one.entry.version}: ${run.error ?? 'deploy failed'}`;
  if (run.ok) ctx.log.info(`${note} in ${(run.durationMs / 1000).toFixed(1)}s`);
  else ctx.log.warn(`deploy of ${note}`);
  if (tracked && s.tracker) await s.tracker.finish(tracked, target, run.ok, note);
  return {
    model: m.model,
    stage: one.stage,
    version: one.entry.version,
    tag: one.entry.tag,
    cause: one.cause,
    environment: one.hook.environment,
    url: one.hook.url,
    ok: run.ok,
    exitCode: run.exitCode,
    timedOut: run.timedOut,
    durationMs: run.durationMs,
    error: run.error,
    details: run.details,
    deployment: tracked,
  };
}

export interface DeployOptions extends DeploySettings {
  readonly stage: string;
  /** The model; when given it must be the manifest's (a guard for repositories with many). */
  readonly model?: string;
  /** A version that holds or has held the stage (default: its holder now). */
  readonly version?: string;
  /** Fetch the model's tags first when the clone lacks them (the CLI). */
  readonly fetchHistory?: boolean;
  readonly remote?: string;
}

/**
 * `lepton deploy STAGE [--version V]`: runs the stage's deploy hook again for its holder (or V,
 * which must hold or have held the stage) — recovery after a failed deploy, or a redeploy.
 * It changes no tag, so it never rolls back on its own: `lepton rollback` does that.
 *
 * @throws LeptonError `invalid` for another model than the manifest's, an unknown stage, a stage without a hook, a version that
 *   never held it, or a stage no version holds
 */
export async function deploy(ctx: AppContext, options: DeployOptions): Promise<DeployResult> {
  const m = ctx.manifest;
  if (options.model !== undefined && options.model !== m.model) {
    throw new LeptonError(
      'invalid',
      `--model ${options.model}: ${ctx.manifestPath} is the manifest of ${m.model}`,
      [`pass that model's manifest with -m PATH/lepton.yml`],
    );
  }
  const { hook } = hookOf(ctx, options.stage);
  if (options.fetchHistory) await ensureHistory(ctx, options.remote ?? 'origin');
  const registry = await readRegistry(ctx.git, m.model);
  const holder = registry.stages[options.stage] ?? null;
  let version: string;
  if (options.version !== undefined) {
    const v = parseVersionArg(options.version, m.model);
    if (v === null) {
      throw new LeptonError(
        'invalid',
        `${options.version}: expected a version (1.2.0, v1.2.0 or ${m.model}@v1.2.0)`,
      );
    }
    if (!stagesEverHeld(registry.events, v).has(options.stage)) {
      throw new LeptonError('invalid', `v${v} has never been in ${options.stage}`, [
        holder?.version
          ? `${options.stage} holds v${holder.version} now (deploy it without --version)`
          : `nothing holds ${options.stage}`,
      ]);
    }
    version = v;
  } else {
    if (!holder?.version) {
      throw new LeptonError(
        'invalid',
        `nothing holds ${options.stage}: there is no version to deploy`,
        [`promote a version first: lepton promote VERSION ${options.stage}`],
      );
    }
    version = holder.version;
  }
  const entry = findVersion(registry, version);
  if (!entry) throw unknownVersionError(registry, version);
  const assignment = lastAssignment(registry.events, options.stage, version);
  const run = await runOnce(
    ctx,
    {
      hook,
      stage: options.stage,
      entry,
      stageTag: assignment?.tag ?? null,
      previous: assignment ? holderBefore(registry, options.stage, assignment.n) : null,
      cause: 'redeploy',
    },
    options,
  );
  return {
    model: m.model,
    stage: options.stage,
    version,
    ok: run.ok,
    exitCode: run.exitCode,
    durationMs: run.durationMs,
    runs: [run],
    rollback: null,
    kept: run.ok
      ? null
      : `lepton deploy changes no tag: v${version} still holds ${options.stage}${holder?.version === version ? '' : ` (v${holder?.version ?? '?'} does)`}; \`lepton rollback ${options.stage}\` withdraws it`,
  };
}

/** The newest assignment of `version` to `stage`. */
function lastAssignment(
  events: readonly StageEvent[],
  stage: string,
  version: string,
): StageEvent | null {
  return (
    events
      .filter((e) => e.action === 'assign' && e.stage === stage && e.version === version)
      .sort((a, b) => b.n - a.n)[0] ?? null
  );
}

export interface PromoteDeploySettings extends DeploySettings {
  /** The rollback use case; without one a failed deploy is reported and left as it is. */
  readonly withdraw?: Withdraw;
}

/**
 * `lepton promote` with delivery (contract §7): promotes (creating, and with `push` pushing, the
 * stage tag), then runs the stage's deploy hook for the version. When the hook fails or times out
 * and the stage says `rollback_on_failure` (the default), the version is withdrawn (an
 * unassignment tag whose reason is the failure, pushed with `push`) and the hook runs again for
 * the version that holds the stage now. Without `rollback_on_failure` the stage tag stays and
 * the report says so. A refused or already-held promotion deploys nothing.
 *
 * @returns promote's result plus `deploy` (null when nothing was deployed); `deploy.runs[0].ok`
 *   false means the deploy failed (the CLI and the Action exit 3)
 * @throws whatever `promote` throws, before any hook runs
 */
export async function promoteAndDeploy(
  ctx: AppContext,
  options: PromoteOptions,
  settings: PromoteDeploySettings = {},
): Promise<PromoteDeployResult> {
  const p = await promote(ctx, options);
  const stage = ctx.manifest.stages.find((s) => s.name === p.stage);
  const hook = stage?.deploy ?? null;
  if (!hook || !p.promoted || p.tag === null) {
    if (hook && p.already) {
      ctx.log.info(
        `v${p.version} already holds ${p.stage}: nothing deployed (lepton deploy ${p.stage} deploys it again)`,
      );
    }
    return { ...p, deploy: null };
  }
  const registry = await readRegistry(ctx.git, ctx.manifest.model);
  const entry = findVersion(registry, p.version);
  const event = registry.events.find((e) => e.tag === p.tag);
  if (!entry || !event) throw new LeptonError('git', `${p.tag} is gone right after it was made`);
  const first = await runOnce(
    ctx,
    {
      hook,
      stage: p.stage,
      entry,
      stageTag: p.tag,
      previous: holderBefore(registry, p.stage, event.n),
      cause: 'promote',
    },
    settings,
  );
  const report: { runs: DeployRun[]; rollback: RollbackStep | null; kept: string | null } = {
    runs: [first],
    rollback: null,
    kept: null,
  };
  if (!first.ok) await rollBack(ctx, options, settings, hook, first, report);
  return { ...p, deploy: { model: p.model, stage: p.stage, ...report } };
}

/** After a failed deploy: withdraw the version and redeploy the holder, or say why not. */
async function rollBack(
  ctx: AppContext,
  options: PromoteOptions,
  settings: PromoteDeploySettings,
  hook: DeployHook,
  failed: DeployRun,
  report: { runs: DeployRun[]; rollback: RollbackStep | null; kept: string | null },
): Promise<void> {
  const stays = `the stage tag stays: v${failed.version} holds ${failed.stage} though its deploy failed (\`lepton deploy ${failed.stage}\` retries it, \`lepton rollback ${failed.stage}\` withdraws it)`;
  if (!hook.rollbackOnFailure) {
    report.kept = `stages.${failed.stage}.deploy.rollback_on_failure is false; ${stays}`;
    return;
  }
  if (!settings.withdraw) {
    report.kept = `no rollback is available here; ${stays}`;
    return;
  }
  // The unassignment's record keeps the exit code and the run URL in their own fields.
  const reason = `deploy of v${failed.version} to ${failed.stage} failed: ${failed.error ?? 'the hook failed'}`;
  let step: RollbackStep;
  try {
    step = await settings.withdraw(ctx, {
      stage: failed.stage,
      version: failed.version,
      reason,
      exitCode: failed.exitCode,
      push: options.push ?? false,
      remote: options.remote ?? 'origin',
      // Whatever the promotion was given, the withdrawal is given: the same registry, the same
      // credentials and the same remote.
      ...(options.store !== undefined && { store: options.store }),
      ...(options.budgetMs !== undefined && { budgetMs: options.budgetMs }),
      ...(options.maxAttempts !== undefined && { maxAttempts: options.maxAttempts }),
    });
  } catch (e) {
    report.kept = `the rollback failed (${e instanceof Error ? e.message : String(e)}); ${stays}`;
    ctx.log.warn(report.kept);
    return;
  }
  report.rollback = step;
  ctx.log.info(
    `rolled back: ${step.tag} withdraws v${step.version}; ${failed.stage} ${step.to ? `falls back to v${step.to.version}` : 'is empty now'}`,
  );
  if (!step.to) return;
  const registry = await readRegistry(ctx.git, ctx.manifest.model);
  const entry = findVersion(registry, step.to.version);
  if (!entry) return;
  report.runs.push(
    await runOnce(
      ctx,
      {
        hook,
        stage: failed.stage,
        entry,
        stageTag: step.to.tag,
        previous: failed.version,
        cause: 'rollback',
      },
      settings,
    ),
  );
}

/** The version a rollback left in the stage (rollback's `RollbackTarget`, structurally). */
export interface FallbackTarget {
  readonly stage: string;
  readonly version: string;
  /** The version withdrawn. */
  readonly previous: string;
}

/**
 * The `deploy` option of `rollback` (CLI, Action, `monitor --rollback`): runs the stage's hook
 * for the version the stage fell back to, as a redeploy after rollback, and says whether it
 * succeeded. Undefined when the stage has no hook (then rollback reports `deployed: null`).
 */
export function deployAfterRollback(
  ctx: AppContext,
  stageName: string,
  settings: DeploySettings = {},
): ((target: FallbackTarget) => Promise<boolean>) | undefined {
  const hook = ctx.manifest.stages.find((s) => s.name === stageName)?.deploy;
  if (!hook) return undefined;
  return async (target) => {
    const registry = await readRegistry(ctx.git, ctx.manifest.model);
    const entry = findVersion(registry, target.version);
    if (!entry) return false;
    const assignment = lastAssignment(registry.events, target.stage, target.version);
    const run = await runOnce(
      ctx,
      {
        hook,
        stage: target.stage,
        entry,
        stageTag: assignment?.tag ?? null,
        previous: target.previous || null,
        cause: 'rollback',
      },
      settings,
    );
    return run.ok;
  };
}
