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
  // Per stage, the active assignments, oldest first (a Map keeps insertion order: deleting and
  // setting again moves one to the end); keyed by version (or commit, for GTO's assignment of a
  // commit no version names). One pass: a model with thousands of events replays them all.
  const active = new Map<string, Map<string, AssignEvent>>();
  for (const e of [...events].sort(byHistory)) {
    let list = active.get(e.stage);
    if (list === undefined) active.set(e.stage, (list = new Map()));
    const key = e.target ?? `commit:${e.commit}`;
    list.delete(key);
    if (isAssign(e)) list.set(key, e);
  }
  const held: Record<string, AssignEvent | null> = {};
  for (const [stage, list] of active) {
    let newest: AssignEvent | null = null;
    for (const e of list.values()) {
      if (e.target === null || !withdrawn.has(e.target)) newest = e;
    }
    held[stage] = newest;
  }
  return held;
}

/** Every stage a version has ever been assigned to (for `after:`): any assignment counts. */
export function stagesEverHeld(events: readonly StageEvent[], version: string): Set<string> {
  return new Set(
    events.filter((e) => e.action === 'assign' && e.version === version).map((e) => e.stage),
  );
}

/**
 * Where a version stands in one stage, for `after:` (CONTRACT §7): `never` assigned to it;
 * `held` (its latest event there is an assignment: it holds the stage, or held it until a later
 * version was promoted over it); or `withdrawn` (its latest event there is an unassignment of
 * it: a rollback, an automatic one after a failed deploy, or monitor's). A version pulled out
 * of staging must not count as having passed staging; promoted there again, it does.
 */
export type StageStanding =
  { readonly state: 'never' | 'held' } | { readonly state: 'withdrawn'; readonly by: StageEvent };

/** The version's standing in `stage`, replaying its events there by N (see StageStanding). */
export function standingIn(
  events: readonly StageEvent[],
  version: string,
  stage: string,
): StageStanding {
  let last: StageEvent | null = null;
  for (const e of events) {
    if (e.stage !== stage || e.target !== version) continue;
    if (last === null || byHistory(last, e) < 0) last = e;
  }
  if (last === null) return { state: 'never' };
  return last.action === 'assign' ? { state: 'held' } : { state: 'withdrawn', by: last };
}

/** An assignment carries a stage record (or none); an unassignment never holds a stage. */
export const isAssign = (e: StageEvent): e is AssignEvent =>
  e.action === 'assign' && (e.summary === null || e.summary.kind === 'stage');
