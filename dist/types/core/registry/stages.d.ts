import type { StageEvent } from './types.js';
/** Oldest first: by GTO's counter N, which never ties; tags without N (GTO `--simple`) come first, by date. */
export declare function byHistory(a: StageEvent, b: StageEvent): number;
/**
 * Who holds each stage now, replaying the events in order: an assignment gives the stage to
 * its version; an unassignment of the version holding the stage empties it (one of a version
 * that no longer holds it changes nothing).
 *
 * GTO differs in one corner: after an unassignment it falls back to an earlier version that
 * was assigned and never unassigned; here the stage is empty until the next promotion, as the
 * contract says.
 */
export declare function holders(events: readonly StageEvent[]): Record<string, StageEvent | null>;
/** Every stage a version has ever been assigned to (for `after:`): any assignment counts. */
export declare function stagesEverHeld(events: readonly StageEvent[], version: string): Set<string>;
