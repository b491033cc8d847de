import type { Check } from '../gate/types.js';
import { plainCheckLine } from '../report/check-line.js';
import { holders } from '../registry/stages.js';
import type { Registry, StageEvent, VersionRef } from '../registry/types.js';

/**
 * `lepton rollback STAGE`, decided without I/O (contract §7): which assignment to withdraw
 * with GTO's unassignment `MODEL#STAGE!#N`, and which version holds the stage after it, by the
 * same rule that reads the registry (`holders`: an unassignment withdraws that version's
 * assignment only, so the stage falls back to the newest assignment still active).
 */

/** The assignment being withdrawn: the version, its stage tag, and the commit both point at. */
export interface Withdrawn extends VersionRef {
  readonly commit: string;
}

export type RollbackPlan =
  | {
      readonly kind: 'withdraw';
      readonly from: Withdrawn;
      /** The stage's holder after the unassignment; null: the stage is left empty. */
      readonly to: VersionRef | null;
    }
  | {
      /** The version this run set out to withdraw is no longer in the stage (a concurrent rollback). */
      readonly kind: 'gone';
      readonly version: string;
    }
  | {
      readonly kind: 'refused';
      readonly message: string;
      readonly hints: readonly string[];
      /**
       * Refused only because the stage would be left empty: `allowEmpty` lifts it. The shell
       * says how (a CLI flag, or where to run it), so `hints` name no shell's option.
       */
      readonly emptiable?: true;
    };

export interface RollbackPlanInput {
  readonly registry: Registry;
  readonly stage: string;
  /** Withdraw even the only assignment, leaving the stage empty. */
  readonly allowEmpty: boolean;
  /**
   * The version to withdraw, fixed by the run's first decision: a retry after a lost push race
   * withdraws that same version (it may no longer be the holder if a promotion landed first),
   * never whatever holds the stage by then. Absent: the stage's holder now.
   */
  readonly pinned?: string;
}

/**
 * The newest assignment of `version` to `stage` still active (no later unassignment of that
 * version there), or null. GTO's rule, as `holders` applies it per stage.
 */
export function activeAssignment(
  events: readonly StageEvent[],
  stage: string,
  version: string,
): StageEvent | null {
  let newest: StageEvent | null = null;
  for (const e of events) {
    if (e.stage !== stage || e.target !== version) continue;
    if (newest === null || e.n > newest.n || (e.n === newest.n && e.date > newest.date)) newest = e;
  }
  return newest?.action === 'assign' ? newest : null;
}

/** Plans the rollback of `stage`. Pure. */
export function planRollback(input: RollbackPlanInput): RollbackPlan {
  const { registry, stage } = input;
  const holder = registry.stages[stage] ?? null;
  let current: StageEvent | null;
  if (input.pinned !== undefined) {
    current = activeAssignment(registry.events, stage, input.pinned);
    if (current === null) return { kind: 'gone', version: input.pinned };
  } else {
    if (holder === null) {
      return {
        kind: 'refused',
        message: `${stage} holds no version of ${registry.model}: nothing to roll back`,
        hints: [`lepton history ${stage} shows what it held before`],
      };
    }
    current = holder;
  }
  const version = current.target;
  if (version === null) {
    return {
      kind: 'refused',
      message: `${stage} is held by commit ${current.commit.slice(0, 12)} (${current.tag}), which no version tag names: Lepton cannot record which version it withdraws`,
      hints: ['withdraw it with GTO (gto unassign) or promote a version to the stage'],
    };
  }
  const deregistered = new Set(
    registry.versions.filter((v) => v.deregistered).map((v) => v.version),
  );
  const withdrawal: StageEvent = {
    action: 'unassign',
    stage,
    n: Math.max(registry.maxN, ...registry.events.map((e) => e.n)) + 1,
    tag: '',
    object: '',
    version: null,
    target: version,
    commit: current.commit,
    date: '',
    summary: null,
  };
  const after = holders([...registry.events, withdrawal], deregistered)[stage] ?? null;
  if (after !== null && after.version === null) {
    return {
      kind: 'refused',
      message: `withdrawing v${version} would leave ${stage} to commit ${after.commit.slice(0, 12)} (${after.tag}), which no version tag names`,
      hints: ['promote the version it should fall back to instead'],
    };
  }
  const to = after && after.version !== null ? { version: after.version, tag: after.tag } : null;
  if (to === null && !input.allowEmpty) {
    return {
      kind: 'refused',
      message: `v${version} is the only version ${stage} holds: rolling it back leaves ${stage} empty`,
      hints: [`or promote the version it should hold instead: lepton promote VERSION ${stage}`],
      emptiable: true,
    };
  }
  return {
    kind: 'withdraw',
    from: { version, tag: current.tag, commit: current.commit },
    to,
  };
}

/** A registry failure after the git tags were made: what it said, and how to finish. */
export interface StoreFailure {
  readonly message: string;
  /** One line each; the last names the command that finishes the store's side. */
  readonly details: readonly string[];
}

/** The contract's `rollback --json` shape (§7), plus what this run did. */
export interface RollbackResult {
  readonly model: string;
  readonly stage: string;
  /** The version withdrawn, by the stage tag through which it held the stage. */
  readonly from: VersionRef;
  /** The stage's holder now; null when it is empty. */
  readonly to: VersionRef | null;
  /** The unassignment tag `MODEL#STAGE!#N`; null when a concurrent run withdrew `from` first. */
  readonly tag: string | null;
  /** Its N (GTO's per-model event counter); null with `tag`. */
  readonly n: number | null;
  readonly reason: string;
  readonly by: string;
  /** ISO 8601. */
  readonly at: string;
  readonly runUrl: string | null;
  /** With --push: whether this run pushed the tag; null without --push. */
  readonly pushed: boolean | null;
  /** With --push: the decisions it took (1: the first push went through). */
  readonly attempts: number | null;
  /** The model store's `:STAGE` tag was moved to `to`'s manifest. */
  readonly storeMoved: boolean;
  /**
   * The registry's failure to move `:STAGE` after the git tag was made (the fallback is still
   * deployed), with the step that finishes it in `details`; null when nothing failed. The CLI
   * and the Action exit 4 for it (3 when the redeploy failed too).
   */
  readonly storeError: StoreFailure | null;
  /** The deploy hook's verdict for `to`; null when no hook ran. */
  readonly deployed: boolean | null;
}

/**
 * The reason a failed monitor records on its rollback: the failed error-level checks with
 * their live numbers, e.g. `monitor: accuracy drop ≤ 3%: 0.91, baseline 0.95 (dropped …)`.
 */
export function monitorRollbackReason(checks: readonly Check[]): string {
  const failed = checks.filter((c) => !c.passed && c.level === 'error');
  const lines = failed.map((c) => plainCheckLine(c).replace(/^FAIL {2}/, ''));
  return `monitor failed: ${lines.join('; ') || 'a threshold failed'}`;
}
