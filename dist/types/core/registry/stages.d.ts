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
/** An assignment carries a stage record (or none); an unassignment never holds a stage. */
export declare const isAssign: (e: StageEvent) => e is AssignEvent;
