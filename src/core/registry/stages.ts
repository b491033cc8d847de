import type { AssignEvent, StageEvent } from './types.js';

/** Oldest first: by GTO's counter N, which never ties; tags without N (GTO `--simple`) come first, by date. */
export function byHistory(a: StageEvent, b: StageEvent): number {
  return a.n - b.n || a.date.localeCompare(b.date) || a.tag.localeCompare(b.tag);
}

/**
 * Who holds each stage now, as GTO decides it: replaying the events by N, an assignment makes
 * its version the stage's newest active one, and an unassignment withdraws that version's
 * assignment only, so the stage falls back to the newest assignment still active (a rollback)
 * and is empty when none is. Versions in `withdrawn` (deregistered) hold nothing.
 */
export function holders(
  events: readonly StageEvent[],
  withdrawn: ReadonlySet<string> = new Set(),
): Record<string, AssignEvent | null> {
  // Per stage, the active assignments, oldest first; keyed by version (or commit, for GTO's
  // assignment of a commit no version names).
  const active = new Map<string, AssignEvent[]>();
  const key = (e: StageEvent) => e.target ?? `commit:${e.commit}`;
  for (const e of [...events].sort(byHistory)) {
    const list = (active.get(e.stage) ?? []).filter((x) => key(x) !== key(e));
    if (isAssign(e)) list.push(e);
    active.set(e.stage, list);
  }
  const held: Record<string, AssignEvent | null> = {};
  for (const [stage, list] of active) {
    held[stage] = list.filter((e) => e.target === null || !withdrawn.has(e.target)).at(-1) ?? null;
  }
  return held;
}

/** Every stage a version has ever been assigned to (for `after:`): any assignment counts. */
export function stagesEverHeld(events: readonly StageEvent[], version: string): Set<string> {
  return new Set(
    events.filter((e) => e.action === 'assign' && e.version === version).map((e) => e.stage),
  );
}

/** An assignment carries a stage record (or none); an unassignment never holds a stage. */
export const isAssign = (e: StageEvent): e is AssignEvent =>
  e.action === 'assign' && (e.record === null || e.record.kind === 'stage');
