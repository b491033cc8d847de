import { LeptonError } from '../errors/index.js';
import { changedParts } from '../fingerprint/changed.js';
import type { Fingerprint } from '../fingerprint/types.js';
import type { Check } from '../gate/types.js';
import type { BumpLevel, Manifest } from '../manifest/types.js';
import { findVersion } from '../registry/build.js';
import { bumpFor, checkOverride, nextVersion } from '../registry/bump.js';
import { versionTag } from '../registry/names.js';
import type { Registry, VersionEntry, VersionRecord, VersionRef } from '../registry/types.js';

/** What the record planner reads of an eval's outcome (`EvalOutcome` has all of it). */
export interface RecordedOutcome {
  readonly fingerprint: Fingerprint;
  /** Finite numeric metrics. */
  readonly metrics: Readonly<Record<string, number>>;
  readonly ignored: NonNullable<VersionRecord['ignored']>;
  readonly checks: readonly Check[];
  readonly passed: boolean;
  readonly baseline: VersionRef | null;
  /** Hash of the eval settings that produced the metrics. */
  readonly evalSettings: string;
  readonly reused: boolean;
}

/** Everything `record` decides on, read beforehand: no git, no clock, no environment in here. */
export interface RecordPlanInput {
  /** The model's tags as read just now (after a lost race: including the remote's). */
  readonly registry: Registry;
  readonly outcome: RecordedOutcome;
  readonly manifest: Pick<Manifest, 'model' | 'versioning'>;
  /** The full commit id the version tag would point at. */
  readonly head: string;
  /**
   * The newest version recording this outcome's fingerprint whose record was shown to describe
   * its commit (the caller checks that: it reads git), with its whole record; null when none does.
   */
  readonly recorded: {
    readonly entry: VersionEntry;
    readonly record: VersionRecord | null;
  } | null;
  /**
   * The whole record of the latest version (`registry.versions[0]`): its parts' hashes say what
   * changed, hence the bump. A registry holds summaries only, so the caller reads it (git);
   * null when there is no version, it has no Lepton record, or `options.version` is given.
   */
  readonly latestRecord: VersionRecord | null;
  readonly options: RecordPlanOptions;
}

export interface RecordPlanOptions {
  /** `--version X.Y.Z` (a leading `v` is allowed) instead of the bump. */
  readonly version?: string;
  /** True for a decision after a lost push race: an override taken meanwhile is then refused. */
  readonly retry?: boolean;
  /** The record's `created`, ISO 8601. */
  readonly created: string;
  /** The CI run that records, or null. */
  readonly runUrl: string | null;
}

/**
 * What `record` will do:
 * - `recorded`: the fingerprint is already recorded by a trusted version; nothing is created;
 * - `none`: only parts whose bump is `none` changed; nothing is created (`note` says why);
 * - `create`: tag `tag` on `commit` with `record` (its `artifact` null: the applier adds
 *   the upload's and the store's before the tag is made).
 */
export type RecordPlan =
  | {
      readonly kind: 'recorded';
      readonly version: string;
      readonly tag: string;
      readonly record: VersionRecord | null;
    }
  | { readonly kind: 'none'; readonly note: string }
  | {
      readonly kind: 'create';
      readonly version: string;
      readonly tag: string;
      readonly commit: string;
      /** The bump applied to the latest version; null for the first version or an override. */
      readonly bump: BumpLevel | null;
      readonly record: VersionRecord;
    };

export const BUMP_NONE_NOTE = 'only parts whose versioning.bump is "none" changed: no new version';

/**
 * Decides what `record` does for an eval outcome: the version already recording it, no
 * version (bump `none`), or the next version and its record.
 *
 * @throws LeptonError `invalid` when HEAD already carries another version of the model (GTO
 *   reads one version per commit) or `--version` is malformed or not above the latest; `git`
 *   when a retry finds the `--version` taken by a concurrent run.
 */
export function planRecord(input: RecordPlanInput): RecordPlan {
  const { registry, outcome, manifest, head, recorded, options } = input;
  if (recorded) {
    return {
      kind: 'recorded',
      version: recorded.entry.version,
      tag: recorded.entry.tag,
      record: recorded.record,
    };
  }
  // GTO reads one version per commit and refuses a model with two: never add a second.
  const onHead = versionOnCommit(registry, head);
  if (onHead) throw oneVersionPerCommit(head, onHead);
  const latest = registry.versions[0] ?? null;
  let version: string | null;
  let bump: BumpLevel | null = null;
  if (options.version !== undefined) {
    const wanted = options.version.replace(/^v/, '');
    if (options.retry && findVersion(registry, wanted)) {
      throw new LeptonError(
        'git',
        `version ${wanted} was recorded meanwhile by another run, for other content`,
        ['run again with a higher --version, or without it'],
      );
    }
    version = checkOverride(options.version, latest?.version ?? null);
  } else {
    ({ version, bump } = bumped(
      registry,
      input.latestRecord,
      outcome.fingerprint,
      manifest.versioning,
    ));
  }
  if (version === null) return { kind: 'none', note: BUMP_NONE_NOTE };
  return {
    kind: 'create',
    version,
    tag: versionTag(manifest.model, version),
    commit: head,
    bump,
    record: versionRecord(manifest.model, outcome, version, head, options),
  };
}

/**
 * The bump of the highest recorded version by what changed since it, stepping past names that
 * tags which are no versions hold; `first` when there is none. `version` null: bump `none`.
 */
function bumped(
  registry: Registry,
  latestRecord: VersionRecord | null,
  fingerprint: Fingerprint,
  versioning: Manifest['versioning'],
): { version: string | null; bump: BumpLevel | null } {
  const { first, bump: rules } = versioning;
  const latest = registry.versions[0] ?? null;
  // A tag without a record (GTO's) cannot say what changed: treat it all as changed.
  const level = latest ? bumpFor(changedParts(fingerprint, latestRecord), rules) : null;
  let version = latest ? nextVersion(latest.version, level ?? 'minor', first) : first;
  // Tags that are no versions (on a tree, a forged record) never set the number, but their
  // names stay taken: step past them.
  const taken = new Set(registry.skipped.map((s) => s.version));
  while (version !== null && taken.has(version)) {
    version = nextVersion(version, level === null || level === 'none' ? 'patch' : level, first);
  }
  return { version, bump: level };
}

/** The record a new version's tag carries (`artifact` null until the applier knows it). */
export function versionRecord(
  model: string,
  outcome: RecordedOutcome,
  version: string,
  commit: string,
  options: Pick<RecordPlanOptions, 'created' | 'runUrl'>,
): VersionRecord {
  const hashes = (parts: Fingerprint['components']) =>
    Object.fromEntries(parts.map((p) => [p.name, p.hash]));
  return {
    kind: 'version',
    schema: 1,
    model,
    version,
    commit,
    created: options.created,
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
    runUrl: options.runUrl,
    artifact: null,
  };
}

/** The version tag (annotated, not deregistered) already on `commit`, if any. */
export function versionOnCommit(registry: Registry, commit: string): VersionEntry | null {
  return (
    registry.versions.find((v) => v.commit === commit && !v.lightweight && !v.deregistered) ?? null
  );
}

/** The refusal for a second version on one commit. */
export function oneVersionPerCommit(head: string, onHead: VersionEntry): LeptonError {
  const what = onHead.summary ? 'recorded for other content' : 'made without a Lepton record';
  return new LeptonError(
    'invalid',
    `${head.slice(0, 12)} already carries ${onHead.tag} (${what}); a commit holds one version of a model`,
    ['commit the change, then record the new commit'],
  );
}

/**
 * The `--version` checks that need only the registry, made before the eval: `X.Y.Z`, above the
 * latest, and not a name a tag that is no version takes. Returns the version (`X.Y.Z`).
 *
 * @throws LeptonError `invalid` for each of those.
 */
export function checkVersionOverride(registry: Registry, override: string): string {
  const v = checkOverride(override, registry.versions[0]?.version ?? null);
  const taken = registry.skipped.find((s) => s.version === v);
  if (taken) {
    throw new LeptonError(
      'invalid',
      `--version ${v}: the tag ${versionTag(registry.model, v)} exists already (${taken.reason})`,
      ['choose a higher --version'],
    );
  }
  return v;
}
