import { LeptonError } from '../core/errors/index.js';
import { changedParts } from '../core/fingerprint/changed.js';
import { findVersion } from '../core/registry/build.js';
import { bumpFor, checkOverride, nextVersion } from '../core/registry/bump.js';
import { formatVersionMessage } from '../core/registry/message.js';
import { versionTag } from '../core/registry/names.js';
import type { Registry, VersionRecord } from '../core/registry/types.js';
import {
  createTag,
  fetchModelTags,
  readRecord,
  readRegistry,
  resolveIdentity,
} from '../io/registry/index.js';
import { publish, pushBudgetMs, type Candidate } from '../io/registry/publish.js';
import type { AppContext } from './context.js';
import { ensureHistory } from './ensure-history.js';
import { refuseBeforeEval, refuseDirtyTree } from './record-checks.js';
import { findTrustedByFingerprint } from './verify.js';
import { evalJson, evaluate, type EvalOutcome } from './eval.js';
import { ciRunUrl } from '../io/github/run-url.js';
import type { StoreSettings } from '../io/oci/index.js';
import { storeArtifact, tagStoredVersion } from './store.js';

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
  /** `--no-baseline`: record even when the remote's versions could not be fetched. */
  readonly noBaseline?: boolean;
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

/** `lepton record`: eval, then an annotated version tag on HEAD if the fingerprint is new. */
export async function record(ctx: AppContext, options: RecordOptions = {}): Promise<RecordResult> {
  if (!ctx.repoRoot) {
    throw new LeptonError('invalid', 'record needs a git repository: versions are git tags');
  }
  const model = ctx.manifest.model;
  const remote = options.remote ?? 'origin';
  // Read before any work, so a bad LEPTON_PUSH_BUDGET is refused before the eval runs.
  const budgetMs = options.push ? (options.budgetMs ?? pushBudgetMs(ctx.env)) : 0;
  const head = await headCommit(ctx);
  await refuseDirtyTree(ctx);
  const identity = await resolveIdentity(ctx.git, ctx.env);
  if (options.fetchHistory) {
    const history = await ensureHistory(ctx, remote);
    if (history.state === 'missing' && !options.noBaseline) {
      throw new LeptonError(
        'invalid',
        `not recording: ${history.why}, so the baseline and the latest version may be missing`,
        [
          `fetch the tags (git fetch --unshallow ${remote} 'refs/tags/*:refs/tags/*'), or pass --no-baseline to record against the local tags only`,
        ],
      );
    }
  }
  if (options.push) await fetchForDecision(ctx, remote);
  await refuseBeforeEval(ctx, await readRegistry(ctx.git, model), head, options.version);

  const outcome = await evaluate(ctx, {
    ...(options.force && { force: true }),
    ...(options.baseline !== undefined && { baseline: options.baseline }),
  });
  const fingerprint = outcome.fingerprint.fingerprint;

  // What the latest decision was: a tag this run made, or the version already holding the fingerprint.
  let state: Decision = { kind: 'none', note: null };

  const decide = async (attempt: number): Promise<Candidate | null> => {
    // Read again rather than reuse the eval's read: the eval may have run for minutes, and a
    // retry after a lost push must see the tags just fetched.
    const registry = await readRegistry(ctx.git, model);
    const found = await findTrustedByFingerprint(ctx, registry, fingerprint);
    if (found) {
      if (state.kind === 'made' && found.tag === state.candidate.tag) return state.candidate;
      const record = await readRecord(ctx.git, found);
      state = { kind: 'found', version: found.version, tag: found.tag, record };
      return { tag: found.tag, own: null };
    }
    // GTO reads one version per commit and refuses a model with two: never add a second.
    const onHead = registry.versions.find(
      (v) => v.commit === head && !v.lightweight && !v.deregistered,
    );
    if (onHead) {
      const what = onHead.summary ? 'recorded for other content' : 'made without a Lepton record';
      throw new LeptonError(
        'invalid',
        `${head.slice(0, 12)} already carries ${onHead.tag} (${what}); a commit holds one version of a model`,
        ['commit the change, then record the new commit'],
      );
    }
    // What changed since the latest version is in its whole record (the parts' hashes).
    const latest = options.version === undefined ? (registry.versions[0] ?? null) : null;
    const latestRecord = latest && (await readRecord(ctx.git, latest));
    const version = chooseVersion(ctx, registry, outcome, options.version, attempt, latestRecord);
    if (version === null) {
      state = {
        kind: 'none',
        note: 'only parts whose versioning.bump is "none" changed: no new version',
      };
      return null;
    }
    const extra = (await options.beforeTag?.(outcome, version)) ?? {};
    // The model store gets the files before the tag exists: a failed push leaves no tag (exit 4).
    const rec = await storeArtifact(
      ctx,
      versionRecord(ctx, outcome, version, head, extra.artifact ?? null),
      options.store,
    );
    const tag = versionTag(model, version);
    const object = await createTag(ctx.git, {
      name: tag,
      commit: head,
      message: formatVersionMessage(rec),
      identity,
    });
    if (!object) {
      throw new LeptonError(
        'git',
        `tag ${tag} appeared while this run was deciding (another run here?)`,
        ['run the command again'],
      );
    }
    state = { kind: 'made', candidate: { tag, own: object }, record: rec };
    return state.candidate;
  };

  let pushed: boolean | null = null;
  let attempts: number | null = null;
  if (options.push) {
    const published = await publish({
      git: ctx.git,
      remote,
      model,
      decide,
      onLost: () => {
        state = { kind: 'none', note: null };
      },
      log: (m) => ctx.log.info(m),
      ...(options.maxAttempts !== undefined && { maxAttempts: options.maxAttempts }),
      budgetMs,
    });
    if (published.candidate) pushed = published.pushed;
    attempts = published.attempts;
  } else {
    await decide(1);
  }

  const s = state as Decision;
  if (s.kind !== 'none') await tagStoredVersion(ctx, s.record, options.store);
  const base = { outcome, pushed, attempts, commit: head };
  if (s.kind === 'made') {
    const { version } = s.record;
    return { ...base, version, tag: s.candidate.tag, created: true, record: s.record, note: null };
  }
  if (s.kind === 'found') {
    return {
      ...base,
      version: s.version,
      tag: s.tag,
      created: false,
      record: s.record,
      note: null,
    };
  }
  return { ...base, version: null, tag: null, created: false, record: null, note: s.note };
}

type Decision =
  | { readonly kind: 'none'; readonly note: string | null }
  | { readonly kind: 'made'; readonly candidate: Candidate; readonly record: VersionRecord }
  | {
      readonly kind: 'found';
      readonly version: string;
      readonly tag: string;
      readonly record: VersionRecord | null;
    };

async function headCommit(ctx: AppContext): Promise<string> {
  const r = await ctx.git.run(['rev-parse', '-q', '--verify', 'HEAD^{commit}'], {
    allowFailure: true,
  });
  if (r.code !== 0)
    throw new LeptonError('invalid', 'nothing to tag: the repository has no commit yet');
  return r.stdout.trim();
}

async function fetchForDecision(ctx: AppContext, remote: string): Promise<void> {
  try {
    await fetchModelTags(ctx.git, remote, ctx.manifest.model);
  } catch (e) {
    ctx.log.warn(
      `could not fetch ${remote}'s tags (${e instanceof Error ? e.message : String(e)}); deciding on the local tags`,
    );
  }
}

/** `--version`, else the bump of the highest recorded version by what changed since it. */
function chooseVersion(
  ctx: AppContext,
  registry: Registry,
  outcome: EvalOutcome,
  override: string | undefined,
  attempt: number,
  /** The whole record of the latest version (null without one, or with `override`). */
  latestRecord: VersionRecord | null,
): string | null {
  const latest = registry.versions[0] ?? null;
  if (override !== undefined) {
    const wanted = override.replace(/^v/, '');
    if (attempt > 1 && findVersion(registry, wanted)) {
      throw new LeptonError(
        'git',
        `version ${wanted} was recorded meanwhile by another run, for other content`,
        ['run again with a higher --version, or without it'],
      );
    }
    return checkOverride(override, latest?.version ?? null);
  }
  const { first, bump } = ctx.manifest.versioning;
  // A tag without a record (GTO's) cannot say what changed: treat it all as changed.
  const level = latest ? bumpFor(changedParts(outcome.fingerprint, latestRecord), bump) : null;
  let version = latest ? nextVersion(latest.version, level ?? 'minor', first) : first;
  // Tags that are no versions (on a tree, a forged record) never set the number, but their
  // names stay taken: step past them.
  const taken = new Set(registry.skipped.map((s) => s.version));
  while (version !== null && taken.has(version)) {
    version = nextVersion(version, level === null || level === 'none' ? 'patch' : level, first);
  }
  return version;
}

function versionRecord(
  ctx: AppContext,
  outcome: EvalOutcome,
  version: string,
  commit: string,
  artifact: VersionRecord['artifact'],
): VersionRecord {
  const hashes = (parts: EvalOutcome['fingerprint']['components']) =>
    Object.fromEntries(parts.map((p) => [p.name, p.hash]));
  return {
    kind: 'version',
    schema: 1,
    model: ctx.manifest.model,
    version,
    commit,
    created: ctx.now().toISOString(),
    fingerprint: outcome.fingerprint.fingerprint,
    components: hashes(outcome.fingerprint.components),
    data: hashes(outcome.fingerprint.data),
    metrics: outcome.metrics,
    ...(outcome.ignored.length > 0 && { ignored: outcome.ignored }),
    checks: outcome.checks,
    passed: outcome.passed,
    baseline: outcome.baseline && { version: outcome.baseline.version, tag: outcome.baseline.tag },
    evalSettings: outcome.evalSettings,
    reused: outcome.reused,
    runUrl: ciRunUrl(ctx.env),
    artifact,
  };
}
