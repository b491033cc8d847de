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
/** One event as the audit trail shows it: who, why and the run from its record's summary. */
export declare function historyEvent(e: StageEvent): HistoryEvent;
/**
 * The audit trail of a model's stages, newest first (by N, which never ties; GTO's
 * `--simple` tags without N come last, newest date first), optionally for one stage.
 */
export declare function historyOf(registry: Registry, stage?: string): HistoryEvent[];
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
export declare function holdersAt(registry: Registry, at: number, stages: readonly string[], withdrawn?: ReadonlySet<string>): Record<string, HeldAt | null>;
