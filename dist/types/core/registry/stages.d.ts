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
