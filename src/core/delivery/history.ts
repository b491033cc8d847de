import { holders } from '../registry/stages.js';
import type { Registry, StageEvent } from '../registry/types.js';

/** One stage event of the audit trail (contract §7, `history --json`). */
export interface HistoryEvent {
  /** GTO's per-model event counter (0 for GTO's `--simple` tags). */
  readonly n: number;
  readonly tag: string;
  /** `assign`: the version was put in the stage; `unassign`: it was withdrawn (a rollback). */
  readonly kind: 'assign' | 'unassign';
  readonly stage: string;
  /** The version assigned, or withdrawn; null for GTO's assignment of an unversioned commit. */
  readonly version: string | null;
  /** When the tag was made (its tagger date), ISO 8601. */
  readonly at: string;
  /** Who made it, from its record; null for a tag without a Lepton record. */
  readonly by: string | null;
  /** Why (a rollback's reason), null when none was given. */
  readonly reason: string | null;
  readonly runUrl: string | null;
}

const text = (v: string | null | undefined): string | null =>
  typeof v === 'string' && v !== '' ? v : null;

/** One event as the audit trail shows it: who, why and the run from its record's summary. */
export function historyEvent(e: StageEvent): HistoryEvent {
  const s = e.summary;
  return {
    n: e.n,
    tag: e.tag,
    kind: e.action,
    stage: e.stage,
    version: e.target,
    at: e.date,
    by: text(s?.kind === 'unassign' ? s.by : s?.promotedBy),
    reason: text(s?.kind === 'unassign' ? s.reason : null),
    runUrl: text(s?.runUrl),
  };
}

/**
 * The audit trail of a model's stages, newest first (by N, which never ties; GTO's
 * `--simple` tags without N come last, newest date first), optionally for one stage.
 */
export function historyOf(registry: Registry, stage?: string): HistoryEvent[] {
  return registry.events
    .filter((e) => stage === undefined || e.stage === stage)
    .map(historyEvent)
    .sort((a, b) => b.n - a.n || b.at.localeCompare(a.at) || b.tag.localeCompare(a.tag));
}

/** Which version held a stage at a moment: `{version, tag}` of the holding assignment, or null. */
export interface HeldAt {
  readonly version: string | null;
  readonly tag: string;
}

/**
 * Which version held each stage at `at` (epoch ms): the stage holders (GTO's rule, as
 * `holders` decides them now) computed over the events whose tags were made at or before
 * that moment. Tag dates have one-second precision; an event made in the same second as
 * `at` counts as made before it.
 *
 * @param stages  the stages to answer for (the manifest's, plus any a tag names)
 */
export function holdersAt(
  registry: Registry,
  at: number,
  stages: readonly string[],
  withdrawn: ReadonlySet<string> = new Set(),
): Record<string, HeldAt | null> {
  const before = registry.events.filter((e) => Date.parse(e.date) <= at);
  const held = holders(before, withdrawn);
  const out: Record<string, HeldAt | null> = {};
  const names = [...new Set([...stages, ...registry.events.map((e) => e.stage)])];
  for (const s of names) {
    const e = held[s];
    out[s] = e ? { version: e.version, tag: e.tag } : null;
  }
  return out;
}
