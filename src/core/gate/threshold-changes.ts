import type { RelativeBound, Threshold } from '../manifest/types.js';
import { formatNumber } from '../format/number.js';

/** What a threshold change is about: one bound, or the threshold's `level` or `noise` setting. */
export type ThresholdKey = 'min' | 'max' | 'max_drop' | 'max_rise' | 'level' | 'noise';

/**
 * How a change moves the gate. `removed` (a bound no longer there) and `loosened` (a bound or
 * setting moved the easy way) make passing easier; `added` and `tightened` make it harder.
 */
export type ThresholdEffect = 'loosened' | 'tightened' | 'added' | 'removed';

/** One difference between the thresholds that decided and the baseline's. */
export interface ThresholdChange {
  readonly metric: string;
  /** The stage whose own thresholds (`stages.NAME.thresholds`) changed; absent for `eval.thresholds`. */
  readonly stage?: string;
  readonly bound: ThresholdKey;
  /**
   * The value as written: a number, `"5%"` for a relative percentage, `error`/`warn` for
   * `level`, `warn` for `noise`; null where there was none (an added bound, `noise` off).
   */
  readonly from: number | string | null;
  readonly to: number | string | null;
  readonly effect: ThresholdEffect;
}

/** The thresholds of one manifest that a comparison reads: the eval's and each stage's own. */
export interface ThresholdSet {
  readonly eval: readonly Threshold[];
  readonly stages: readonly { readonly name: string; readonly thresholds: readonly Threshold[] }[];
}

/** True when the change makes the gate easier to pass (the report warns about it). */
export const loosens = (c: ThresholdChange): boolean =>
  c.effect === 'loosened' || c.effect === 'removed';

const BOUNDS = ['min', 'max', 'max_drop', 'max_rise'] as const;
type Bound = (typeof BOUNDS)[number];

function boundOf(t: Threshold, b: Bound): number | RelativeBound | undefined {
  if (b === 'min') return t.min;
  if (b === 'max') return t.max;
  return b === 'max_drop' ? t.maxDrop : t.maxRise;
}

function shown(v: number | RelativeBound): number | string {
  if (typeof v === 'number') return v;
  return v.kind === 'percent' ? `${formatNumber(v.value)}%` : v.value;
}

/**
 * How far a bound lets the value go, in the metric's units: `min` and `max` as they are; a
 * relative bound as absolute units, a percentage of the baseline's value when it is known
 * (check.ts's rule: |baseline| × N / 100). Null when a percentage has no baseline value to scale.
 */
function reach(v: number | RelativeBound, base: number | undefined): number | null {
  if (typeof v === 'number') return v;
  if (v.kind === 'absolute') return v.value;
  return base === undefined || !Number.isFinite(base) ? null : (Math.abs(base) * v.value) / 100;
}

/** Whether `to` is looser than `from` for bound `b` (null: the same). */
function moved(
  b: Bound,
  from: number | RelativeBound,
  to: number | RelativeBound,
  base: number | undefined,
): 'loosened' | 'tightened' | null {
  const a = typeof from === 'number' ? from : null;
  const z = typeof to === 'number' ? to : null;
  let x: number | null = a;
  let y: number | null = z;
  if (typeof from !== 'number' && typeof to !== 'number') {
    [x, y] = from.kind === to.kind ? [from.value, to.value] : [reach(from, base), reach(to, base)];
  }
  // A percentage against an absolute bound with no baseline value to compare them by: which is
  // looser cannot be told, so it is said as loosened (a warning is the safe side, never a green).
  if (x === null || y === null) return 'loosened';
  // The same reach in other words (5% of 1 for 0.05) moves nothing today.
  if (x === y) return null;
  // min: lower is looser; max, max_drop, max_rise: higher is looser.
  const looser = b === 'min' ? y < x : y > x;
  return looser ? 'loosened' : 'tightened';
}

function compare(
  before: Threshold | undefined,
  after: Threshold | undefined,
  stage: string | undefined,
  base: number | undefined,
): ThresholdChange[] {
  const metric = (after ?? before)?.metric ?? '';
  const out: ThresholdChange[] = [];
  const push = (
    bound: ThresholdKey,
    from: ThresholdChange['from'],
    to: ThresholdChange['to'],
    effect: ThresholdEffect,
  ) => out.push({ metric, ...(stage !== undefined && { stage }), bound, from, to, effect });
  for (const b of BOUNDS) {
    const from = before && boundOf(before, b);
    const to = after && boundOf(after, b);
    if (from === undefined && to === undefined) continue;
    if (from === undefined) push(b, null, shown(to!), 'added');
    else if (to === undefined) push(b, shown(from), null, 'removed');
    else {
      const effect = moved(b, from, to, base);
      if (effect) push(b, shown(from), shown(to), effect);
    }
  }
  // Level and noise only change a threshold that is on both sides: a new threshold's bounds are
  // what it adds, a removed one's what it takes away.
  if (before && after) {
    if (before.level !== after.level) {
      push('level', before.level, after.level, after.level === 'warn' ? 'loosened' : 'tightened');
    }
    const nb = before.noise ?? null;
    const na = after.noise ?? null;
    // `noise: warn` turns a relative break inside the noise into a warning: passing gets easier.
    if (nb !== na) push('noise', nb, na, na === 'warn' ? 'loosened' : 'tightened');
  }
  return out;
}

function compareList(
  before: readonly Threshold[],
  after: readonly Threshold[],
  stage: string | undefined,
  baseline: Readonly<Record<string, number>> | null,
): ThresholdChange[] {
  const was = new Map(before.map((t) => [t.metric, t]));
  const is = new Set(after.map((t) => t.metric));
  const base = (m: string) =>
    baseline && Object.prototype.hasOwnProperty.call(baseline, m) ? baseline[m] : undefined;
  return [
    ...after.flatMap((t) => compare(was.get(t.metric), t, stage, base(t.metric))),
    ...before
      .filter((t) => !is.has(t.metric))
      .flatMap((t) => compare(t, undefined, stage, base(t.metric))),
  ];
}

/**
 * Every difference between the thresholds that decided (`after`, this checkout's manifest) and
 * the baseline's (`before`): per metric, each bound added, removed or moved, and a changed
 * `level` or `noise`; the eval's thresholds first, then each stage's own, matched by name (a
 * stage on one side only adds or removes all of its thresholds). The gate's rules decide the
 * direction (contract §1): a lower `min`, a higher `max`, `max_drop` or `max_rise`, a removed
 * bound, `level: warn` for `error` and `noise: warn` added loosen; the opposite tighten. A
 * relative bound written as a percentage on one side and absolute units on the other is
 * compared through the baseline's value of the metric (`baselineMetrics`); without one it is
 * said as loosened, never passed over. Pure; order: `after`'s, then what only `before` had.
 */
export function thresholdChanges(
  before: ThresholdSet,
  after: ThresholdSet,
  baselineMetrics: Readonly<Record<string, number>> | null = null,
): ThresholdChange[] {
  const stagesBefore = new Map(before.stages.map((s) => [s.name, s.thresholds]));
  const stagesAfter = new Set(after.stages.map((s) => s.name));
  return [
    ...compareList(before.eval, after.eval, undefined, baselineMetrics),
    ...after.stages.flatMap((s) =>
      compareList(stagesBefore.get(s.name) ?? [], s.thresholds, s.name, baselineMetrics),
    ),
    ...before.stages
      .filter((s) => !stagesAfter.has(s.name))
      .flatMap((s) => compareList(s.thresholds, [], s.name, baselineMetrics)),
  ];
}
