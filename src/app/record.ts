import { LeptonError } from '../core/errors/index.js';
import { planRecord, type RecordPlan } from '../core/plan/record.js';
import { formatVersionMessage } from '../core/registry/message.js';
import type { Fingerprint } from '../core/fingerprint/types.js';
import type { Registry, VersionRecord } from '../core/registry/types.js';
import type { StoreSettings } from '../io/oci/index.js';
import { applyTagPlan, type Planned } from '../io/registry/apply.js';
import { fetchModelTags, readRecord, readRegistry, versionsAfter } from '../io/registry/index.js';
import { committedHead } from '../io/registry/worktree.js';
import type { AppContext } from './context.js';
import { askRecordQuestions, type RecordQuestions } from './early.js';
import { evalJson, evaluate, type EvalOutcome, type EvaluateOptions } from './eval.js';
import { ensureHistory, type MissingHistory } from './ensure-history.js';
import { refuseBeforeEval, refuseDirtyTree, refuseLinksOutsideHead } from './record-checks.js';
import { storeArtifact, tagStoredVersion } from './store.js';
import { keepSamplesRef, noiseRecordFields, samplesPush } from './noise.js';
import { findTrustedByFingerprint } from './verify.js';
import { fingerprintProject } from './status.js';

export interface RecordOptions {
  /** Push the tag (`--push`). */
  readonly push?: boolean;
  /** The remote to push to (default `origin`). */
  readonly remote?: string;
  /** `--version X.Y.Z`: instead of the bump; must be higher than the latest. */
  readonly version?: string;
  readonly force?: boolean;
  readonly baseline?: string;
  /**
   * Called once a new version is decided, before its tag is made (the Action uploads the
   * artifact here and returns its id and URL for the record). Called again if a concurrent
   * run takes the version and another is decided.
   */
  readonly beforeTag?: (
    outcome: EvalOutcome,
    version: string,
  ) => Promise<{ readonly artifact?: VersionRecord['artifact'] } | void>;
  /** An optional bound on push attempts when concurrent runs take names first (default: none). */
  readonly maxAttempts?: number;
  /** Credentials for `artifacts.store` (default: the context's environment's). */
  readonly store?: StoreSettings;
  /**
   * Fetch the model's tags and history first when the clone lacks them (the CLI; the Action
   * fetches on its own), and refuse when that fails unless `noBaseline`.
   */
  readonly fetchHistory?: boolean;
  /**
   * The caller has just fetched the model's tags and event counter from `remote` (the Action's
   * history fetch): a push then decides on those instead of fetching them again.
   */
  readonly tagsFetched?: boolean;
  /**
   * The model's registry as read right after that fetch, nothing having run in the repository
   * since (the Action): the checks before the eval and the eval use it instead of reading again.
   */
  readonly registry?: Registry;
  /**
   * A history fetch the caller started (the Action: while this code loaded), awaited once the
   * local questions are asked: its registry, read right after it, is the one decided on.
   */
  readonly history?: Promise<{ readonly registry: Registry } | null>;
  /**
   * The local questions already asked (askRecordQuestions, by a caller that started them
   * early: the Action, beside its history fetch). Default: asked here, at once.
   */
  readonly questions?: RecordQuestions;
  /** `--no-baseline`: record even when the remote's versions could not be fetched. */
  readonly noBaseline?: boolean;
  /** Metrics measured elsewhere (merged shards): see EvaluateOptions.measured. */
  readonly measured?: EvaluateOptions['measured'];
  /** Time allowed for retries after lost races, in ms (default: `LEPTON_PUSH_BUDGET`, else 2 minutes). */
  readonly budgetMs?: number;
}

export interface RecordResult {
  readonly outcome: EvalOutcome;
  /** The version with this fingerprint (new or already recorded); null when none was made (bump `none`). */
  readonly version: string | null;
  readonly tag: string | null;
  /** False when the fingerprint was already recorded (nothing was created). */
  readonly created: boolean;
  /** With --push: whether this run pushed the tag (false: the remote had it already). */
  readonly pushed: boolean | null;
  /** With --push: the decisions it took to push (1: the first push went through). */
  readonly attempts: number | null;
  readonly commit: string;
  /** The record in the tag (the existing version's when not created). */
  readonly record: VersionRecord | null;
  /** Why nothing was recorded, when so. */
  readonly note: string | null;
}

/** The contract's `record --json` document: eval's, plus version, tag and created. */
export function recordJson(r: RecordResult) {
  return {
    ...evalJson(r.outcome),
    version: r.version,
    tag: r.tag,
    created: r.created,
    pushed: r.pushed,
    artifact: r.record?.artifact ?? null,
    attempts: r.attempts,
    commit: r.commit,
  };
}

/**
 * The way out of record's refusal for a clone that lacks its versions, by why no remote
 * supplied them: never a fetch from a remote the repository does not have.
 */
export function missingHistoryHints(h: MissingHistory, remote: string): string[] {
  switch (h.cause) {
    case 'no-remote':
      // Nothing to fetch from: a first version here is recorded with --no-baseline. Not by
      // default: a repository without a remote may still be a copy of one that has versions.
      return [
        'a first version in a repository with no remote needs --no-baseline: lepton record --no-baseline',
        'a copy of a repository that has versions: add its remote first (git remote add origin URL), then record',
      ];
    case 'no-such-remote':
      return [
        `record from the remote that holds the versions (${h.remotes.map((r) => `--remote ${r}`).join(', ')}), or pass --no-baseline to record against the local tags only`,
      ];
    case 'unreachable':
      return [
        `fetch the tags when ${remote} can be reached (git fetch${h.shallow ? ' --unshallow' : ''} ${remote} 'refs/tags/*:refs/tags/*'), or pass --no-baseline to record against the local tags only`,
      ];
  }
}

/** `lepton record`: eval, then an annotated version tag on HEAD if the fingerprint is new. */
export async function record(ctx: AppContext, options: RecordOptions = {}): Promise<RecordResult> {
  if (!ctx.repoRoot) {
    throw new LeptonError('invalid', 'record needs a git repository: versions are git tags');
  }
  const model = ctx.manifest.model;
  const remote = options.remote ?? 'origin';
  // Read before any work, so a bad LEPTON_PUSH_BUDGET is refused before the eval runs.
  const budgetMs = options.push ? (options.budgetMs ?? ctx.settings.pushBudgetMs) : 0;
  // The local questions at once (a git spawn costs more than its answer), beside the caller's
  // history fetch if any; a failure is reported in the order they were asked before: the
  // fetch's (no remote to push to, an unreachable one), HEAD, the tree, the identity.
  const { state, identity: identityAsked, listing } = options.questions ?? askRecordQuestions(ctx);
  let dirty: unknown = null;
  let taking: Promise<Fingerprint> | undefined;
  let links: Promise<void> | undefined;
  try {
    const { head, paths } = await state;
    if (head !== null) refuseDirtyTree(ctx, paths);
    // Beside the fingerprint: a selected symlink must lead to a file HEAD holds as it is.
    if (head !== null) links = refuseLinksOutsideHead(ctx, listing, paths);
    links?.catch(() => undefined);
    // A clean tree: the fingerprint's file reads start now, beside the fetch, on the listing
    // asked with the status (nothing below writes the model's files; a failure surfaces where
    // the eval awaits it).
    taking = fingerprintProject(ctx, { listing, deferSave: true });
    taking.catch(() => undefined);
  } catch (e) {
    dirty = e;
  }
  const fetched = options.history ? await options.history : null;
  const head = committedHead(await state);
  if (dirty !== null) throw dirty;
  await links;
  const identity = await identityAsked;
  // Whether the model's tags and event counter were fetched from `remote` a moment ago.
  let tagsFetched = options.tagsFetched === true;
  if (options.fetchHistory) {
    // Refusing, record says why once (no warning before the refusal says it again).
    const history = await ensureHistory(ctx, remote, Boolean(options.noBaseline));
    if (history.state === 'fetched' || (history.state === 'complete' && history.fetched)) {
      tagsFetched = true;
    }
    if (history.state === 'missing' && !options.noBaseline) {
      throw new LeptonError(
        'invalid',
        `not recording: ${history.why}, so the baseline and the latest version may be missing`,
        missingHistoryHints(history, remote),
      );
    }
  }
  if (options.push && !tagsFetched) await fetchForDecision(ctx, remote);
  const before = fetched?.registry ?? options.registry ?? (await readRegistry(ctx.git, model));
  await refuseBeforeEval(ctx, before, head, options.version, taking);

  const outcome = await evaluate(ctx, {
    ...(taking && { fingerprint: taking }),
    ...(options.force && { force: true }),
    ...(options.baseline !== undefined && { baseline: options.baseline }),
    ...(options.measured && { measured: options.measured }),
    registry: before,
  });
  const fingerprint = outcome.fingerprint.fingerprint;
  const runUrl = ctx.settings.runUrl;

  const decide = async (attempt: number): Promise<Planned<RecordPlan>> => {
    // Read again rather than reuse the eval's read: the eval may have run for minutes, and a
    // retry after a lost push must see the tags just fetched. A first attempt that pushes may
    // decide on the read before the eval: the remote refuses a version taken meanwhile, and
    // the retry reads again.
    const registry = attempt === 1 && options.push ? before : await readRegistry(ctx.git, model);
    // Whole records where the plan reads more than a summary: the version already recording
    // this content (its record is the result), and the latest one (its parts say the bump).
    const found = await findTrustedByFingerprint(ctx, registry, fingerprint);
    const latest = found || options.version !== undefined ? null : (registry.versions[0] ?? null);
    const plan = planRecord({
      registry,
      outcome,
      manifest: ctx.manifest,
      head,
      recorded: found && { entry: found, record: await readRecord(ctx.git, found) },
      latestRecord: latest && (await readRecord(ctx.git, latest)),
      options: {
        ...(options.version !== undefined && { version: options.version }),
        retry: attempt > 1,
        created: ctx.now().toISOString(),
        runUrl,
      },
    });
    if (plan.kind === 'none') return { plan, step: { kind: 'none' } };
    if (plan.kind === 'recorded') {
      // The samples ref lands with the tag or not at all (a re-run pushes what an earlier one missed).
      const extra = await samplesPush(ctx, plan.record);
      return { plan, step: { kind: 'existing', tag: plan.tag, extra } };
    }
    const extra = (await options.beforeTag?.(outcome, plan.version)) ?? {};
    // The model store gets the files before the tag exists: a failed push leaves no tag (exit 4).
    const record = await storeArtifact(
      ctx,
      { ...plan.record, artifact: extra.artifact ?? null, ...noiseRecordFields(outcome.noise) },
      options.store,
    );
    const made = { ...plan, record };
    const message = formatVersionMessage(record);
    return {
      plan: made,
      step: {
        kind: 'create',
        tag: plan.tag,
        commit: plan.commit,
        message,
        identity,
        extra: await samplesPush(ctx, record),
      },
    };
  };

  const { plan, pushed, attempts } = await applyTagPlan({
    git: ctx.git,
    push: options.push === true,
    remote,
    model,
    decide,
    log: (m) => ctx.log.info(m),
    ...(options.maxAttempts !== undefined && { maxAttempts: options.maxAttempts }),
    budgetMs,
  });

  // The shared OCI tag `X.Y.Z` is set only once the remote has the version tag (the files are
  // stored by digest either way): a local record leaves the registry's tags as the remote's.
  if (plan.kind !== 'none' && options.push) {
    await tagStoredVersion(ctx, plan.record, options.store);
  } else if (plan.kind !== 'none' && ctx.manifest.store && plan.record?.artifact?.ref) {
    ctx.log.info(
      `the model store's tag :${plan.version} is not set: the version tag is not pushed (lepton record --push pushes it and sets the OCI tag)`,
    );
  }
  if (plan.kind !== 'none') await keepSamplesRef(ctx, plan.record);
  if (plan.kind === 'create') await warnIfBehind(ctx, before, plan.tag, head);
  const base = { outcome, pushed, attempts, commit: head };
  if (plan.kind === 'none') {
    return { ...base, version: null, tag: null, created: false, record: null, note: plan.note };
  }
  const { version, tag, record: rec } = plan;
  return { ...base, version, tag, created: plan.kind === 'create', record: rec, note: null };
}

/**
 * A version recorded on a commit that an existing version's commit descends from (a re-run of
 * an old job) is kept, but work built on that later commit compares with the version nearest
 * it in history (CONTRACT §2b), not with this one: said, so nobody expects otherwise.
 */
async function warnIfBehind(
  ctx: AppContext,
  /** The versions as read before the eval (one made meanwhile elsewhere is not looked for). */
  registry: Registry,
  tag: string,
  head: string,
): Promise<void> {
  if (registry.versions.length === 0) return; // a first version: nothing can be later (no git)
  const later = await versionsAfter(ctx.git, registry, head);
  if (later.length === 0) return;
  const names = later.slice(0, 3).map((v) => v.tag);
  const more = later.length > names.length ? ` and ${later.length - names.length} more` : '';
  ctx.log.warn(
    `${tag} is recorded on an older commit than ${names.join(', ')}${more} (their commits descend from ${head.slice(0, 12)}): work built on those commits keeps the version nearest it in history as its baseline, not ${tag}`,
  );
}

async function fetchForDecision(ctx: AppContext, remote: string): Promise<void> {
  try {
    await fetchModelTags(ctx.git, remote, ctx.manifest.model, (m) => ctx.log.warn(m));
  } catch (e) {
    ctx.log.warn(
      `could not fetch ${remote}'s tags (${e instanceof Error ? e.message : String(e)}); deciding on the local tags`,
    );
  }
}
