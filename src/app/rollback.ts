import { planRollback, type RollbackResult, type StoreFailure } from '../core/delivery/rollback.js';
import { LeptonError } from '../core/errors/index.js';
import { findVersion } from '../core/registry/build.js';
import { formatUnassignMessage } from '../core/registry/message.js';
import { nextEventN, unassignTag } from '../core/registry/names.js';
import type { UnassignRecord, VersionRef } from '../core/registry/types.js';
import type { Settings } from '../io/settings.js';
import type { StoreSettings } from '../io/oci/index.js';
import {
  createTag,
  fetchModelTags,
  readEventCounter,
  readRecord,
  readRegistry,
  resolveIdentity,
  type Identity,
} from '../io/registry/index.js';
import { publish, type Candidate } from '../io/registry/publish.js';
import type { AppContext } from './context.js';
import { ensureHistory } from './ensure-history.js';
import { pointStageTag } from './store.js';

export type { RollbackResult } from '../core/delivery/rollback.js';

/** The version a stage fell back to, as a deploy hook needs it. */
export interface RollbackTarget extends VersionRef {
  readonly stage: string;
  /** The commit its version tag points at. */
  readonly commit: string;
  /** The version withdrawn (`LEPTON_PREVIOUS_VERSION` for the redeploy). */
  readonly previous: string;
}

export interface RollbackOptions {
  /** The stage to roll back. */
  readonly stage: string;
  /** Why; required, non-blank (it goes into the unassignment's record). */
  readonly reason: string;
  /** The model; when given it must be the manifest's (a guard for repositories with many). */
  readonly model?: string;
  /**
   * The version to withdraw (default: the stage's holder when the run decides). Callers that
   * judged one version (a failed deploy, a failed monitor) pass it, so a promotion landing
   * meanwhile is never withdrawn in its place; if the version has left the stage already, the
   * result has `tag: null` and nothing is written.
   */
  readonly version?: string;
  /** Withdraw the only assignment, leaving the stage empty (else that is refused, exit 2). */
  readonly allowEmpty?: boolean;
  /**
   * How the caller's shell lets a user leave the stage empty, put first among the hints of that
   * refusal (the CLI: `pass --allow-empty …`); absent: the refusal names no way to do it.
   */
  readonly allowEmptyHint?: string;
  readonly push?: boolean;
  readonly remote?: string;
  /** The failed deploy's exit code, recorded when a failed deploy causes the rollback. */
  readonly exitCode?: number | null;
  /** Credentials for `artifacts.store` (default: the context's environment's). */
  readonly store?: StoreSettings;
  /** Fetch the model's tags and history first when the clone lacks them (the CLI). */
  readonly fetchHistory?: boolean;
  /** Time allowed for retries after lost races, in ms (default: `LEPTON_PUSH_BUDGET`, else 2 minutes). */
  readonly budgetMs?: number;
  readonly maxAttempts?: number;
  /**
   * Deploys the version the stage fell back to (the stage's deploy hook, wired by the caller)
   * and says whether that succeeded; not called when the stage is left empty.
   */
  readonly deploy?: (target: RollbackTarget) => Promise<boolean>;
}

/**
 * `lepton rollback STAGE --reason TEXT`: withdraws the version holding the stage with GTO's
 * unassignment tag `MODEL#STAGE!#N` on its commit (record: from, to, reason, by, at, runUrl),
 * so the stage falls back to the version assigned before it (contract §7). No thresholds run:
 * it is the emergency exit. With `push`, the tag goes out with the model's event counter by
 * compare-and-swap (a concurrent promotion never takes the same N; the loser decides again,
 * withdrawing the same version). Then the model store's `:STAGE` tag follows the new holder
 * and `deploy` (when given) deploys it.
 *
 * @throws LeptonError `invalid` (exit 2) for an unknown stage or model, a blank reason, a stage
 *   holding nothing, or one whose only version would be withdrawn without `allowEmpty`; `git`
 *   (exit 4) when the tag cannot be made or pushed. A registry failure moving the store's tag
 *   once the git tag is made is not thrown: the fallback is deployed all the same and the
 *   result's `storeError` says what failed and how to finish (the shells exit 4 for it)
 */
export async function rollback(ctx: AppContext, options: RollbackOptions): Promise<RollbackResult> {
  if (!ctx.repoRoot) {
    throw new LeptonError('invalid', 'rollback needs a git repository: stages are git tags');
  }
  const m = ctx.manifest;
  if (options.model !== undefined && options.model !== m.model) {
    throw new LeptonError(
      'invalid',
      `--model ${options.model}: ${ctx.manifestPath} is the manifest of ${m.model}`,
      [`pass that model's manifest with -m PATH/lepton.yml`],
    );
  }
  const reason = options.reason.trim();
  if (reason === '') {
    throw new LeptonError('invalid', 'rollback needs a reason (--reason TEXT)', [
      'it goes into the unassignment tag: the audit trail says why the version was withdrawn',
    ]);
  }
  const remote = options.remote ?? 'origin';
  const history = options.fetchHistory ? await ensureHistory(ctx, remote) : null;
  // The model's tags and event counter were fetched from `remote` a moment ago: not again.
  const tagsFetched =
    history?.state === 'fetched' || (history?.state === 'complete' && history.fetched);
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
  const stage = options.stage;

  let identity: Identity | null = null;
  let pinned: string | undefined = options.version;
  let first = true;
  let made: { record: UnassignRecord; tag: string; from: VersionRef } | null = null;
  let gone: VersionRef | null = null;
  let goneFrom: VersionRef | null = null;

  const decide = async (): Promise<Candidate | null> => {
    const [registry, counter] = await Promise.all([
      readRegistry(ctx.git, m.model),
      readEventCounter(ctx.git, m.model),
    ]);
    if (first) {
      first = false;
      const known = new Set([
        ...m.stages.map((s) => s.name),
        ...registry.events.map((e) => e.stage),
      ]);
      if (!known.has(stage)) {
        throw new LeptonError('invalid', `${m.model} has no stage "${stage}"`, [
          known.size ? `stages: ${[...known].join(', ')}` : 'the manifest declares no stages',
        ]);
      }
    }
    const plan = planRollback({
      registry,
      stage,
      allowEmpty: options.allowEmpty ?? false,
      ...(pinned !== undefined && { pinned }),
    });
    if (plan.kind === 'refused') {
      const how = plan.emptiable && options.allowEmptyHint ? [options.allowEmptyHint] : [];
      throw new LeptonError('invalid', plan.message, [...how, ...plan.hints]);
    }
    if (plan.kind === 'gone') {
      // A concurrent run withdrew it first: its tag is the rollback asked for.
      const holder = registry.stages[stage] ?? null;
      gone = holder?.version ? { version: holder.version, tag: holder.tag } : null;
      // Events are newest first: the assignment by which it held the stage last.
      const last = registry.events.find(
        (e) => e.stage === stage && e.action === 'assign' && e.target === plan.version,
      );
      goneFrom = { version: plan.version, tag: last?.tag ?? '' };
      made = null;
      return null;
    }
    pinned = plan.from.version;
    identity ??= await resolveIdentity(ctx.git, ctx.settings);
    const n = nextEventN(registry.maxN, counter.n);
    const tag = unassignTag(m.model, stage, n);
    const record: UnassignRecord = {
      kind: 'unassign',
      schema: 1,
      model: m.model,
      stage,
      version: plan.from.version,
      n,
      from: { version: plan.from.version, tag: plan.from.tag },
      to: plan.to,
      reason,
      by: actor(identity, ctx.settings),
      at: ctx.now().toISOString(),
      runUrl: ctx.settings.runUrl,
      ...(options.exitCode !== undefined && { exitCode: options.exitCode }),
    };
    // On the withdrawn version's commit, as GTO's `unassign` puts it.
    const object = await createTag(ctx.git, {
      name: tag,
      commit: plan.from.commit,
      message: formatUnassignMessage(record),
      identity,
    });
    if (!object) {
      throw new LeptonError('git', `tag ${tag} appeared while this run was deciding`, [
        'run the command again',
      ]);
    }
    made = { record, tag, from: record.from };
    return { tag, own: object, event: { n, counter } };
  };

  let pushed: boolean | null = null;
  let attempts: number | null = null;
  if (options.push) {
    const published = await publish({
      git: ctx.git,
      remote,
      model: m.model,
      decide,
      log: (msg) => ctx.log.info(msg),
      onLost: (tag) => ctx.log.info(`${remote} took ${tag}'s N first: deciding again`),
      ...(options.maxAttempts !== undefined && { maxAttempts: options.maxAttempts }),
      budgetMs,
    });
    if (published.candidate) pushed = published.pushed;
    attempts = published.attempts;
  } else {
    await decide();
  }

  const done = made as { record: UnassignRecord; tag: string; from: VersionRef } | null;
  if (done === null) {
    ctx.log.info(`v${pinned ?? '?'} was withdrawn from ${stage} by a concurrent run already`);
  } else {
    ctx.log.info(`${done.tag}: v${done.from.version} withdrawn from ${stage}`);
  }
  const registry = await readRegistry(ctx.git, m.model);
  const holder = registry.stages[stage] ?? null;
  const to: VersionRef | null =
    holder?.version != null ? { version: holder.version, tag: holder.tag } : gone;
  const toEntry = to ? findVersion(registry, to.version) : null;

  let storeMoved = false;
  let storeError: StoreFailure | null = null;
  if (m.store && done !== null) {
    if (!toEntry || !to) {
      ctx.log.warn(
        `${stage} is empty now; the model store's :${stage} tag still names v${done.from.version} (a registry cannot remove a tag)`,
      );
    } else if (!options.push) {
      // Serving systems pull the shared `:STAGE` tag: it follows git only once the remote has
      // the unassignment, or the registry and the remote would disagree on what holds the stage.
      ctx.log.info(
        `the model store's :${stage} tag is not moved: the rollback is not pushed (git push ${remote} '${done.tag}', then lepton promote ${to.version} ${stage} --push moves it)`,
      );
    } else {
      // The store's tag moves to the artifact the fallback's whole record names. A registry
      // failure does not stop the redeploy below: the git tag is made, so the fallback is what
      // the stage holds and what must serve.
      const toRecord = await readRecord(ctx.git, toEntry);
      try {
        storeMoved = await pointStageTag(ctx, toRecord, stage, options.store);
      } catch (e) {
        if (!(e instanceof LeptonError)) throw e;
        storeError = storeFailure(e, to.version, stage, remote);
        ctx.log.warn(`${e.message}: the model store's :${stage} tag was not moved`);
      }
    }
  }

  let deployed: boolean | null = null;
  if (options.deploy && toEntry && to) {
    deployed = await options.deploy({
      stage,
      version: to.version,
      tag: toEntry.tag,
      commit: toEntry.commit,
      previous: done?.from.version ?? pinned ?? '',
    });
  }

  const record = done?.record;
  return {
    model: m.model,
    stage,
    from: done?.from ?? goneFrom ?? { version: pinned ?? '', tag: '' },
    to,
    tag: done?.tag ?? null,
    n: record?.n ?? null,
    reason,
    by:
      record?.by ?? actor(identity ?? (await resolveIdentity(ctx.git, ctx.settings)), ctx.settings),
    at: record?.at ?? ctx.now().toISOString(),
    runUrl: record?.runUrl ?? ctx.settings.runUrl,
    pushed,
    attempts,
    storeMoved,
    storeError,
    deployed,
  };
}

/**
 * The registry's failure to point `:STAGE` at the fallback, with the step that finishes it:
 * `promote VERSION STAGE --push` finds the stage held by that version already, so it makes no
 * tag and deploys nothing, and only moves the OCI tag (docs/store.md).
 */
function storeFailure(
  e: LeptonError,
  version: string,
  stage: string,
  remote: string,
): StoreFailure {
  const via = remote === 'origin' ? '' : ` --remote ${remote}`;
  return {
    message: e.message,
    details: [
      // The last detail is the store's own "run the same command again", wrong here.
      ...e.details.slice(0, -1),
      `the rollback's git tag is made and ${stage} holds v${version}; only the model store's :${stage} tag was not moved. Do not roll back again: run lepton promote ${version} ${stage} --push${via} (it makes no tag and deploys nothing: it only moves the OCI tag)`,
    ],
  };
}

/** Who rolled back: `name <email>` locally, `github-actions for ACTOR (run URL)` in CI. */
function actor(id: Identity, settings: Settings): string {
  if (settings.ci) {
    const who = settings.actor ? ` for ${settings.actor}` : '';
    return `github-actions${who} (${settings.runUrl ?? 'workflow run'})`;
  }
  return `${id.name} <${id.email}>`;
}
