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
export function stageTimeline<E extends StageEvent>(
  events: readonly E[],
  withdrawn: ReadonlySet<string> = new Set(),
): TimelineStep<E>[] {
  const eligible = (e: AssignEvent): boolean => e.target === null || !withdrawn.has(e.target);
  const keyOf = (e: StageEvent): string => e.target ?? `commit:${e.commit}`;
  const perStage = new Map<string, { active: Map<string, E>; newest: AssignEvent | null }>();
  const steps = new Map<E, { -readonly [K in keyof TimelineStep<E>]: TimelineStep<E>[K] }>();
  for (const e of [...events].sort(byHistory)) {
    let s = perStage.get(e.stage);
    if (s === undefined) perStage.set(e.stage, (s = { active: new Map(), newest: null }));
    const before = s.newest;
    const key = keyOf(e);
    const prev = s.active.get(key);
    s.active.delete(key);
    let withdrew: E | null = null;
    if (isAssign(e)) {
      s.active.set(key, e);
      // Newest active: this one, unless its version holds nothing (then the holder stays).
      if (eligible(e)) s.newest = e;
    } else {
      withdrew = e.action === 'unassign' ? (prev ?? null) : null;
      if (prev !== undefined) {
        const step = steps.get(prev);
        if (step && e.action === 'unassign') step.withdrawnBy = e;
        if ((prev as StageEvent) === s.newest) {
          s.newest = null;
          for (const a of s.active.values()) if (isAssign(a) && eligible(a)) s.newest = a;
        }
      }
    }
    steps.set(e, { event: e, before, after: s.newest, withdrew, withdrawnBy: null });
  }
  return events.map((e) => steps.get(e) as TimelineStep<E>);
}
