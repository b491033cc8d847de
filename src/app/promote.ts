import { LeptonError } from '../core/errors/index.js';
import { checkThresholds } from '../core/gate/check.js';
import type { Check } from '../core/gate/types.js';
import { stageThresholds } from '../core/manifest/normalize.js';
import { findVersion } from '../core/registry/build.js';
import { formatStageMessage } from '../core/registry/message.js';
import { nextEventN, stageTag } from '../core/registry/names.js';
import { stagesEverHeld } from '../core/registry/stages.js';
import type { Registry, StageRecord, VersionEntry, VersionRecord } from '../core/registry/types.js';
import { parseVersionArg } from '../core/registry/version-arg.js';
import {
  createTag,
  fetchModelTags,
  readEventCounter,
  readRecord,
  readRegistry,
  resolveIdentity,
  type Identity,
} from '../io/registry/index.js';
import { publish, pushBudgetMs, type Candidate } from '../io/registry/publish.js';
import type { AppContext } from './context.js';
import { ensureHistory } from './ensure-history.js';
import { untrustedRecord } from './verify.js';
import { ciRunUrl } from '../io/github/run-url.js';
import type { StoreSettings } from '../io/oci/index.js';
import { pointStageTag } from './store.js';

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
  const stage = m.stages.find((s) => s.name === options.stage);
  if (!stage) {
    const known = m.stages.map((s) => s.name);
    throw new LeptonError('invalid', `${m.model} has no stage "${options.stage}"`, [
      known.length
        ? `stages in the manifest: ${known.join(', ')}`
        : 'the manifest declares no stages',
    ]);
  }
  // Without one, the version is chosen from the registry the decision reads.
  let version: string | null = null;
  if (options.version !== undefined) {
    version = parseVersionArg(options.version, m.model);
    if (version === null) {
      throw new LeptonError(
        'invalid',
        `${options.version}: expected a version (1.2.0, v1.2.0 or ${m.model}@v1.2.0)`,
      );
    }
  }
  const remote = options.remote ?? 'origin';
  if (options.fetchHistory) await ensureHistory(ctx, remote);
  // Read before any work, so a bad LEPTON_PUSH_BUDGET is refused before the eval runs.
  const budgetMs = options.push ? (options.budgetMs ?? pushBudgetMs(ctx.env)) : 0;
  if (options.push) {
    try {
      await fetchModelTags(ctx.git, remote, m.model);
    } catch (e) {
      ctx.log.warn(
        `could not fetch ${remote}'s tags (${e instanceof Error ? e.message : String(e)}); deciding on the local tags`,
      );
    }
  }

  let metrics: Readonly<Record<string, number>> = {};
  let versionRecord: VersionRecord | null = null;
  let identity: Identity | null = null;
  let state: Outcome = { kind: 'refused', checks: [], reasons: [] };
  let warned = false;

  const decide = async (): Promise<Candidate | null> => {
    const [registry, counter] = await Promise.all([
      readRegistry(ctx.git, m.model),
      readEventCounter(ctx.git, m.model),
    ]);
    if (!warned) for (const s of registry.skipped) ctx.log.warn(`${s.tag} is skipped: ${s.reason}`);
    warned = true;
    if (version === null) {
      version = latestPassed(registry);
      ctx.log.info(`promoting the latest version that passed: v${version}`);
    }
    const entry = findVersion(registry, version);
    if (!entry) {
      // A tag by that name that is no version (on a tree, a forged record) is refused, not absent.
      const bad = registry.skipped.find((s) => s.version === version);
      if (bad) {
        state = {
          kind: 'refused',
          checks: [],
          reasons: [`${bad.tag} is not a version: ${bad.reason}`],
        };
        return null;
      }
      throw new LeptonError('invalid', `${m.model} has no version ${version}`);
    }
    metrics = entry.summary?.metrics ?? {};
    // Whole: the model store's stage tag points at the artifact it names.
    versionRecord = await readRecord(ctx.git, entry);
    const holder = registry.stages[stage.name] ?? null;
    if (holder?.version === version) {
      const held = await readRecord(ctx.git, holder);
      state = { kind: 'already', tag: holder.tag, checks: held?.checks ?? [] };
      return { tag: holder.tag, own: null, event: { n: holder.n, counter } };
    }
    const { checks, reasons } = judge(ctx, registry, entry, stage.name, stage.after);
    const untrusted = entry.summary ? await untrustedRecord(ctx, entry) : null;
    if (untrusted !== null) reasons.push(`${entry.tag} is not trusted: ${untrusted}`);
    if (reasons.length) {
      state = { kind: 'refused', checks, reasons };
      return null;
    }
    identity ??= await resolveIdentity(ctx.git, ctx.env);
    // N above every numbered tag and the remote's counter; the push moves the counter by
    // compare-and-swap, so a concurrent event taking N (or landing above) makes this one retry.
    const n = nextEventN(registry.maxN, counter.n);
    const tag = stageTag(m.model, stage.name, n);
    const record: StageRecord = {
      kind: 'stage',
      schema: 1,
      model: m.model,
      version,
      stage: stage.name,
      n,
      created: ctx.now().toISOString(),
      checks,
      promotedBy: promotedBy(identity, ctx.env),
      runUrl: ciRunUrl(ctx.env),
    };
    const object = await createTag(ctx.git, {
      name: tag,
      commit: entry.commit,
      message: formatStageMessage(record),
      identity,
    });
    if (!object) {
      throw new LeptonError('git', `tag ${tag} appeared while this run was deciding`, [
        'run the command again',
      ]);
    }
    state = { kind: 'promoted', candidate: { tag, own: object, event: { n, counter } }, checks };
    return state.candidate;
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
      ...(options.maxAttempts !== undefined && { maxAttempts: options.maxAttempts }),
      budgetMs,
    });
    if (published.candidate) pushed = published.pushed;
    attempts = published.attempts;
  } else {
    await decide();
  }

  const s = state as Outcome;
  // The store's `:STAGE` tag follows the git stage tag (after it, so a refused run moves nothing).
  if (s.kind !== 'refused') await pointStageTag(ctx, versionRecord, stage.name, options.store);
  const base = {
    model: m.model,
    version: version as string, // set by the first decision, or it threw
    stage: stage.name,
    pushed,
    attempts,
    checks: s.checks,
    metrics,
  };
  if (s.kind === 'promoted') {
    return { ...base, promoted: true, tag: s.candidate.tag, already: false, refused: [] };
  }
  if (s.kind === 'already') {
    return { ...base, promoted: false, tag: s.tag, already: true, refused: [] };
  }
  return { ...base, promoted: false, tag: null, already: false, refused: s.reasons, pushed: null };
}

type Outcome =
  | { readonly kind: 'promoted'; readonly candidate: Candidate; readonly checks: readonly Check[] }
  | { readonly kind: 'already'; readonly tag: string; readonly checks: readonly Check[] }
  | { readonly kind: 'refused'; readonly checks: readonly Check[]; readonly reasons: string[] };

/** Every reason to refuse, and the stage's checks on the recorded metrics. */
function judge(
  ctx: AppContext,
  registry: Registry,
  entry: VersionEntry,
  stage: string,
  after: string | null,
): { checks: readonly Check[]; reasons: string[] } {
  const v = `v${entry.version}`;
  const reasons: string[] = [];
  const record = entry.summary;
  if (!record) {
    reasons.push(
      `${entry.tag} carries no Lepton record (made by another tool): its checks are unknown`,
    );
  } else if (!record.passed) {
    reasons.push(`${v} did not pass its own thresholds when it was recorded`);
  }
  if (entry.deregistered) reasons.push(`${v} was deregistered (a GTO deregistration tag)`);
  if (after && !stagesEverHeld(registry.events, entry.version).has(after)) {
    reasons.push(`${v} has never been in ${after}, and ${stage} comes after ${after}`);
  }
  // Relative thresholds compare with the version holding the stage now (none: "no baseline").
  // Without a record there are no metrics to check: the reason above says so once.
  if (!record) return { checks: [], reasons };
  const holder = registry.stages[stage] ?? null;
  const holderEntry = holder?.version ? findVersion(registry, holder.version) : null;
  const baseline = holderEntry?.summary?.metrics ?? null;
  const gate = checkThresholds({
    thresholds: stageThresholds(ctx.manifest, stage),
    metrics: record.metrics,
    baseline,
  });
  if (!gate.passed) {
    const failed = gate.checks.filter((c) => !c.passed && c.level === 'error');
    reasons.push(
      `${stage}'s thresholds failed on ${v}'s recorded metrics: ${failed
        .map((c) => `${c.metric} ${c.rule}${c.reason ? ` (${c.reason})` : ''}`)
        .join('; ')}`,
    );
  }
  return { checks: gate.checks, reasons };
}

function promotedBy(id: Identity, env: Readonly<NodeJS.ProcessEnv>): string {
  if (env.GITHUB_ACTIONS === 'true') {
    const actor = env.GITHUB_ACTOR ? ` for ${env.GITHUB_ACTOR}` : '';
    return `github-actions${actor} (${ciRunUrl(env) ?? 'workflow run'})`;
  }
  return `${id.name} <${id.email}>`;
}

/** The highest version that passed its thresholds and was not deregistered. */
function latestPassed(registry: Registry): string {
  const found = registry.versions.find((v) => v.summary?.passed && !v.deregistered);
  if (!found) {
    throw new LeptonError(
      'invalid',
      `${registry.model} has no recorded version that passed its thresholds: nothing to promote`,
    );
  }
  return found.version;
}
