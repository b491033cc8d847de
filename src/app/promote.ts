import { LeptonError } from '../core/errors/index.js';
import type { Check } from '../core/gate/types.js';
import {
  findStage,
  planPromotion,
  promoterName,
  promotionVersion,
  stageRecord,
  type PromotePlan,
} from '../core/plan/promote.js';
import { findVersion } from '../core/registry/build.js';
import { formatStageMessage } from '../core/registry/message.js';
import { parseVersionArg } from '../core/registry/version-arg.js';
import type { StoreFailure } from '../core/delivery/rollback.js';
import type { StoreSettings } from '../io/oci/index.js';
import { applyTagPlan, type Planned } from '../io/registry/apply.js';
import {
  fetchModelTags,
  readEventCounter,
  readRecord,
  readRegistry,
  resolveIdentity,
} from '../io/registry/index.js';
import type { AppContext } from './context.js';
import { ensureHistory } from './ensure-history.js';
import { pointStageTag } from './store.js';
import { untrustedRecord } from './verify.js';

export interface PromoteOptions {
  /** VERSION: `1.2.0`, `v1.2.0` or `MODEL@v1.2.0`; default: the latest version that passed. */
  readonly version?: string;
  readonly stage: string;
  readonly push?: boolean;
  readonly remote?: string;
  readonly maxAttempts?: number;
  /** Credentials for `artifacts.store` (default: the context's environment's). */
  readonly store?: StoreSettings;
  /** Fetch the model's tags and history first when the clone lacks them (the CLI). */
  readonly fetchHistory?: boolean;
  /** Time allowed for retries after lost races, in ms (default: `LEPTON_PUSH_BUDGET`, else 2 minutes). */
  readonly budgetMs?: number;
}

/** The contract's `promote --json` shape, plus why it was refused and what was pushed. */
export interface PromoteResult {
  readonly model: string;
  readonly version: string;
  readonly stage: string;
  /** True when this run gave the stage to the version. */
  readonly promoted: boolean;
  /** The stage tag made, or the one by which the version already holds the stage; null when refused. */
  readonly tag: string | null;
  readonly checks: readonly Check[];
  /** The version's recorded metrics, the ones the checks were made on. */
  readonly metrics: Readonly<Record<string, number>>;
  /** The version held the stage already: nothing to do. */
  readonly already: boolean;
  /** Why the promotion was refused (empty when it was not). */
  readonly refused: readonly string[];
  /** With --push: whether this run pushed the tag (false: the remote had it). */
  readonly pushed: boolean | null;
  /** With --push: the decisions it took to push (1: the first push went through). */
  readonly attempts: number | null;
  /**
   * The registry's failure to move the model store's `:STAGE` tag once the stage tag was pushed
   * (not thrown: the deploy hook still runs), with the step that finishes it; else null. The
   * CLI and the Action exit 4 for it (3 when the deploy failed).
   */
  readonly storeError: StoreFailure | null;
}

/**
 * `lepton promote VERSION STAGE`: checks the version's own result, `after:`, and the stage's
 * thresholds on the recorded metrics (relative ones against the version holding the stage
 * now), then tags `MODEL#STAGE#N` on the version's commit.
 */
export async function promote(ctx: AppContext, options: PromoteOptions): Promise<PromoteResult> {
  if (!ctx.repoRoot) {
    throw new LeptonError('invalid', 'promote needs a git repository: versions are git tags');
  }
  const m = ctx.manifest;
  const stage = findStage(m, options.stage);
  // Without one, the version is chosen from the registry the first decision reads.
  let asked: string | null = null;
  if (options.version !== undefined) {
    asked = parseVersionArg(options.version, m.model);
    if (asked === null) {
      throw new LeptonError(
        'invalid',
        `${options.version}: expected a version (1.2.0, v1.2.0 or ${m.model}@v1.2.0)`,
      );
    }
  }
  const remote = options.remote ?? 'origin';
  const history = options.fetchHistory ? await ensureHistory(ctx, remote) : null;
  // The model's tags and event counter were fetched from `remote` a moment ago: not again.
  const tagsFetched =
    history?.state === 'fetched' || (history?.state === 'complete' && history.fetched);
  // Read before any work, so a bad LEPTON_PUSH_BUDGET is refused before the eval runs.
  const budgetMs = options.push ? (options.budgetMs ?? ctx.settings.pushBudgetMs) : 0;
  if (options.push && !tagsFetched) {
    try {
      await fetchModelTags(ctx.git, remote, m.model, (w) => ctx.log.warn(w));
    } catch (e) {
      ctx.log.warn(
        `could not fetch ${remote}'s tags (${e instanceof Error ? e.message : String(e)}); deciding on the local tags`,
      );
    }
  }
  const runUrl = ctx.settings.runUrl;
  const ci = ctx.settings.ci ? { actor: ctx.settings.actor, runUrl } : null;

  const decide = async (
    attempt: number,
    previous: PromotePlan | null,
  ): Promise<Planned<PromotePlan>> => {
    const [registry, counter] = await Promise.all([
      readRegistry(ctx.git, m.model),
      readEventCounter(ctx.git, m.model),
    ]);
    if (attempt === 1)
      for (const s of registry.skipped) ctx.log.warn(`${s.tag} is skipped: ${s.reason}`);
    // A retry promotes the version the first decision chose, whatever passed meanwhile.
    let version = previous?.version ?? asked;
    if (version === null) {
      version = promotionVersion(registry);
      ctx.log.info(`promoting the latest version that passed: v${version}`);
    }
    const entry = findVersion(registry, version);
    // When the version holds the stage already, its stage record's checks are the answer.
    const holder = registry.stages[stage.name] ?? null;
    const held = holder?.version === version ? await readRecord(ctx.git, holder) : null;
    const plan = planPromotion({
      registry,
      counterN: counter.n,
      manifest: m,
      stage: stage.name,
      version,
      untrusted: entry?.summary ? await untrustedRecord(ctx, entry) : null,
      heldChecks: held?.kind === 'stage' ? held.checks : null,
      options: { created: ctx.now().toISOString(), runUrl },
    });
    if (plan.kind === 'refused') return { plan, step: { kind: 'none' } };
    if (plan.kind === 'already') {
      return { plan, step: { kind: 'existing', tag: plan.tag, event: { n: plan.n, counter } } };
    }
    // Read only when a tag is made: a refusal needs no git identity.
    const identity = await resolveIdentity(ctx.git, ctx.settings);
    const record = stageRecord(plan.record, promoterName(identity, ci));
    const step = {
      kind: 'create' as const,
      tag: plan.tag,
      commit: plan.commit,
      message: formatStageMessage(record),
      event: { n: plan.n, counter },
      identity,
    };
    return { plan, step };
  };

  const { plan, pushed, attempts } = await applyTagPlan({
    git: ctx.git,
    push: options.push === true,
    remote,
    model: m.model,
    decide,
    log: (msg) => ctx.log.info(msg),
    ...(options.maxAttempts !== undefined && { maxAttempts: options.maxAttempts }),
    budgetMs,
  });

  // The store's `:STAGE` tag follows the git stage tag (after it, so a refused run moves nothing);
  // it points at the artifact the version's whole record names.
  let storeError: StoreFailure | null = null;
  // Serving systems pull that shared tag: it moves only once the remote has the stage tag, so
  // a local try-out never makes the registry and the remote disagree on what holds the stage.
  if (plan.kind !== 'refused' && ctx.manifest.store) {
    if (options.push) {
      const versionRecord = await readRecord(ctx.git, plan.entry);
      try {
        await pointStageTag(ctx, versionRecord, stage.name, options.store);
      } catch (e) {
        if (!(e instanceof LeptonError)) throw e;
        // The stage tag is on the remote: the version holds the stage, and its deploy must still
        // run (promoteAndDeploy); only the OCI tag is left to move.
        storeError = {
          message: e.message,
          details: [
            ...e.details.slice(0, -1),
            `the stage tag is made and pushed; only the model store's :${stage.name} tag was not moved: run lepton promote ${plan.version} ${stage.name} --push${remote === 'origin' ? '' : ` --remote ${remote}`} (${stage.name} holds v${plan.version} already: it makes no tag, deploys nothing and only moves the OCI tag)`,
          ],
        };
        ctx.log.warn(`${e.message}: the model store's :${stage.name} tag was not moved`);
      }
    } else {
      ctx.log.info(
        `the model store's :${stage.name} tag is not moved: the stage tag is not pushed (lepton promote ${plan.version} ${stage.name} --push pushes it and moves the OCI tag)`,
      );
    }
  }
  const base = {
    model: m.model,
    version: plan.version,
    stage: stage.name,
    pushed,
    attempts,
    checks: plan.checks,
    metrics: plan.entry?.summary?.metrics ?? {},
    storeError,
  };
  if (plan.kind === 'assign') {
    return { ...base, promoted: true, tag: plan.tag, already: false, refused: [] };
  }
  if (plan.kind === 'already') {
    return { ...base, promoted: false, tag: plan.tag, already: true, refused: [] };
  }
  return {
    ...base,
    promoted: false,
    tag: null,
    already: false,
    refused: plan.reasons,
    pushed: null,
  };
}
