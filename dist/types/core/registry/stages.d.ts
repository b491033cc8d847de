import type { AssignEvent, StageEvent } from './types.js';
/** Oldest first: by GTO's counter N, which never ties; tags without N (GTO `--simple`) come first, by date. */
export declare function byHistory(a: StageEvent, b: StageEvent): number;
/**
 * Who holds each stage now, as GTO decides it: replaying the events by N, an assignment makes
 * its version the stage's newest active one, and an unassignment withdraws that version's
 * assignment only, so the stage falls back to the newest assignment still active (a rollback)
 * and is empty when none is. Versions in `withdrawn` (deregistered) hold nothing.
 */
export declare function holders(events: readonly StageEvent[], withdrawn?: ReadonlySet<string>): Record<string, AssignEvent | null>;
/** Every stage a version has ever been assigned to (for `after:`): any assignment counts. */
export declare function stagesEverHeld(events: readonly StageEvent[], version: string): Set<string>;
/**
 * Where a version stands in one stage, for `after:` (CONTRACT §7): `never` assigned to it;
 * `held` (its latest event there is an assignment: it holds the stage, or held it until a later
 * version was promoted over it); or `withdrawn` (its latest event there is an unassignment of
 * it: a rollback, an automatic one after a failed deploy, or monitor's). A version pulled out
 * of staging must not count as having passed staging; promoted there again, it does.
 */
export type StageStanding = {
    readonly state: 'never' | 'held';
} | {
    readonly state: 'withdrawn';
    readonly by: StageEvent;
};
/** The version's standing in `stage`, replaying its events there by N (see StageStanding). */
export declare function standingIn(events: readonly StageEvent[], version: string, stage: string): StageStanding;
/** An assignment carries a stage record (or none); an unassignment never holds a stage. */
export declare const isAssign: (e: StageEvent) => e is AssignEvent;
/**
 * One stage event as it changed its stage, replayed by GTO's rule (`holders`). `E` is the
 * caller's event type (a registry's, or one carrying its whole record), passed through.
 */
export interface TimelineStep<E extends StageEvent = StageEvent> {
    readonly event: E;
    /**
     * The assignment holding the stage just before the event, and just after it (null: empty).
     * For a rollback, `after` is the version the stage fell back to.
     */
    readonly before: AssignEvent | null;
    readonly after: AssignEvent | null;
    /**
     * An unassignment's: the assignment it withdrew — the active assignment of the version GTO
     * attributes the tag to (`target`: the version at the tag's commit, or the one Lepton's
     * record names), which need not be the stage's holder (GTO's `unassign` takes any version,
     * and a failed deploy's rollback withdraws the version that failed even after another was
     * promoted); null when that version had no active assignment there (the tag changed nothing)
     * and for an assignment.
     */
    readonly withdrew: E | null;
    /**
     * An assignment's: the unassignment that later withdrew it; null while it stands, once a
     * later assignment of the same version replaced it (that one is withdrawn, if any), and for
     * an unassignment.
     */
    readonly withdrawnBy: E | null;
}
/**
 * Every stage event with what it did to its stage: the holder before and after it, what an
 * unassignment withdrew, and which unassignment withdrew an assignment. The same replay as
 * `holders` (by N; an assignment makes its version the stage's newest active one, an
 * unassignment withdraws that version's assignment only), so the last step of each stage ends
 * on `holders(events, withdrawn)[stage]`. One pass over the events in history order, plus a
 * walk of the stage's active assignments when an unassignment withdraws the holder.
 *
 * @param withdrawn  versions that hold nothing (deregistered), as for `holders`
 * @returns one step per event, in `events`' order
 */
export declare function stageTimeline<E extends StageEvent>(events: readonly E[], withdrawn?: ReadonlySet<string>): TimelineStep<E>[];
