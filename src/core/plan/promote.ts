import { LeptonError } from '../errors/index.js';
import { failedCheckReasons } from '../format/checks.js';
import { checkThresholds } from '../gate/check.js';
import type { Check } from '../gate/types.js';
import { stageThresholds } from '../manifest/normalize.js';
import type { Manifest, Stage } from '../manifest/types.js';
import { findVersion } from '../registry/build.js';
import { nextEventN, stageTag } from '../registry/names.js';
import { standingIn } from '../registry/stages.js';
import { plainText } from '../format/text.js';
import { unknownVersionError } from './unknown-version.js';
import type { Registry, StageRecord, VersionEntry } from '../registry/types.js';

/** Everything `promote` decides on, read beforehand: no git, no clock, no environment in here. */
export interface PromotePlanInput {
  /** The model's tags as read just now (after a lost race: including the remote's). */
  readonly registry: Registry;
  /** The N the model's event counter holds (on the remote, as last fetched; 0 when none). */
  readonly counterN: number;
  readonly manifest: Pick<Manifest, 'model' | 'stages' | 'eval'>;
  /** The stage's name (refused by {@link findStage} when the manifest has no such stage). */
  readonly stage: string;
  /** `X.Y.Z`: asked for, or {@link promotionVersion}'s choice. */
  readonly version: string;
  /**
   * Why the version's record does not describe its commit (the caller recomputes the
   * fingerprint from git), or null when it does or when the version has no record.
   */
  readonly untrusted: string | null;
  /**
   * The checks of the stage record by which `version` holds the stage already (the caller reads
   * that record whole: a registry keeps summaries), or null when it does not hold it or the
   * assignment has no Lepton record.
   */
  readonly heldChecks: readonly Check[] | null;
  readonly options: PromotePlanOptions;
}

export interface PromotePlanOptions {
  /** The stage record's `created`, ISO 8601. */
  readonly created: string;
  /** The CI run that promotes, or null. */
  readonly runUrl: string | null;
}

/** A stage record before its `promotedBy` is known (that needs the git identity, read only to tag). */
export type StageRecordDraft = Omit<StageRecord, 'promotedBy'>;

/**
 * What `promote` will do:
 * - `refused`: the version may not take the stage (`reasons`, each a sentence); nothing is made;
 * - `already`: the version holds the stage by `tag` (event N `n`) already; nothing is made;
 * - `assign`: tag `tag` (event N `n`) on `commit` with the stage record `record`.
 * `entry` is the version (null only when its name is a tag that is no version); `checks` the
 * stage's thresholds on its recorded metrics (for `already`: those its stage record keeps).
 */
export type PromotePlan =
  | {
      readonly kind: 'refused';
      readonly version: string;
      readonly stage: string;
      readonly entry: VersionEntry | null;
      readonly checks: readonly Check[];
      readonly reasons: readonly string[];
    }
  | {
      readonly kind: 'already';
      readonly version: string;
      readonly stage: string;
      readonly entry: VersionEntry;
      readonly tag: string;
      readonly n: number;
      readonly checks: readonly Check[];
    }
  | {
      readonly kind: 'assign';
      readonly version: string;
      readonly stage: string;
      readonly entry: VersionEntry;
      readonly tag: string;
      readonly n: number;
      readonly commit: string;
      readonly checks: readonly Check[];
      readonly record: StageRecordDraft;
    };

/**
 * The manifest's stage by name.
 *
 * @throws LeptonError `invalid` naming the stages the manifest has.
 */
export function findStage(manifest: Pick<Manifest, 'model' | 'stages'>, name: string): Stage {
  const stage = manifest.stages.find((s) => s.name === name);
  if (stage) return stage;
  const known = manifest.stages.map((s) => s.name);
  throw new LeptonError('invalid', `${manifest.model} has no stage "${name}"`, [
    known.length
      ? `stages in the manifest: ${known.join(', ')}`
      : 'the manifest declares no stages',
  ]);
}

/**
 * The version `promote` takes when none is named: the highest that passed its thresholds and
 * was not deregistered.
 *
 * @throws LeptonError `invalid` when there is none.
 */
export function promotionVersion(registry: Registry): string {
  const found = registry.versions.find((v) => v.summary?.passed && !v.deregistered);
  if (!found) {
    throw new LeptonError(
      'invalid',
      `${registry.model} has no recorded version that passed its thresholds: nothing to promote`,
    );
  }
  return found.version;
}

/**
 * Decides whether `version` may take `stage`: its own result, deregistration, the stage's
 * `after:`, the stage's thresholds on the recorded metrics (relative ones against the version
 * holding the stage now) and the record's trust; then the next event N and the stage record.
 *
 * @throws LeptonError `invalid` when the stage is unknown or no tag names the version.
 */
export function planPromotion(input: PromotePlanInput): PromotePlan {
  const { registry, manifest, version, options } = input;
  const stage = findStage(manifest, input.stage);
  const entry = findVersion(registry, version);
  if (!entry) {
    // A tag by that name that is no version (on a tree, a forged record) is refused, not absent.
    const bad = registry.skipped.find((s) => s.version === version);
    if (!bad) throw unknownVersionError(registry, version);
    const reasons = [`${bad.tag} is not a version: ${bad.reason}`];
    return { kind: 'refused', version, stage: stage.name, entry: null, checks: [], reasons };
  }
  const holder = registry.stages[stage.name] ?? null;
  if (holder?.version === version) {
    const checks = input.heldChecks ?? [];
    return {
      kind: 'already',
      version,
      stage: stage.name,
      entry,
      tag: holder.tag,
      n: holder.n,
      checks,
    };
  }
  const { checks, reasons } = judge(registry, manifest, entry, stage);
  if (input.untrusted !== null) reasons.push(`${entry.tag} is not trusted: ${input.untrusted}`);
  if (reasons.length) {
    return { kind: 'refused', version, stage: stage.name, entry, checks, reasons };
  }
  // N above every numbered tag and the remote's counter; the push moves the counter by
  // compare-and-swap, so a concurrent event taking N (or landing above) makes this one retry.
  const n = nextEventN(registry.maxN, input.counterN);
  return {
    kind: 'assign',
    version,
    stage: stage.name,
    entry,
    tag: stageTag(manifest.model, stage.name, n),
    n,
    commit: entry.commit,
    checks,
    record: {
      kind: 'stage',
      schema: 1,
      model: manifest.model,
      version,
      stage: stage.name,
      n,
      created: options.created,
      checks,
      runUrl: options.runUrl,
    },
  };
}

/** The stage record with who promoted (`user <email>` locally, the workflow run in CI). */
export function stageRecord(draft: StageRecordDraft, promotedBy: string): StageRecord {
  return { ...draft, promotedBy };
}

/**
 * Who promotes, as the stage record names them: the GitHub Actions run (and the actor it runs
 * for) in CI, else the git identity.
 */
export function promoterName(
  identity: { readonly name: string; readonly email: string },
  ci: { readonly actor: string | null; readonly runUrl: string | null } | null,
): string {
  if (ci) {
    const actor = ci.actor ? ` for ${ci.actor}` : '';
    return `github-actions${actor} (${ci.runUrl ?? 'workflow run'})`;
  }
  return `${identity.name} <${identity.email}>`;
}

/** Every reason to refuse, and the stage's checks on the recorded metrics. */
function judge(
  registry: Registry,
  manifest: Pick<Manifest, 'stages' | 'eval'>,
  entry: VersionEntry,
  stage: Stage,
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
  const standing = stage.after ? standingIn(registry.events, entry.version, stage.after) : null;
  if (stage.after && standing?.state === 'never') {
    reasons.push(
      `${v} has never been in ${stage.after}, and ${stage.name} comes after ${stage.after} (promote it there first: lepton promote ${entry.version} ${stage.after})`,
    );
  } else if (stage.after && standing?.state === 'withdrawn') {
    // Pulled out of the earlier stage (a rollback, a failed deploy, a failing monitor): it did
    // not pass it. Promoted there again, it counts.
    const why =
      standing.by.summary?.kind === 'unassign' ? plainText(standing.by.summary.reason, 200) : '';
    reasons.push(
      `${v} was withdrawn from ${stage.after} (${standing.by.tag}${why ? `: ${why}` : ''}), and ${stage.name} comes after ${stage.after} (promote it there again first: lepton promote ${entry.version} ${stage.after})`,
    );
  }
  // Relative thresholds compare with the version holding the stage now (none: "no baseline").
  // Without a record there are no metrics to check: the reason above says so once.
  if (!record) return { checks: [], reasons };
  const holder = registry.stages[stage.name] ?? null;
  const holderEntry = holder?.version ? findVersion(registry, holder.version) : null;
  const gate = checkThresholds({
    thresholds: stageThresholds(manifest, stage.name),
    metrics: record.metrics,
    baseline: holderEntry?.summary?.metrics ?? null,
  });
  if (!gate.passed) {
    reasons.push(
      `${stage.name}'s thresholds failed on ${v}'s recorded metrics: ${failedCheckReasons(gate.checks)}`,
    );
  }
  return { checks: gate.checks, reasons };
}
