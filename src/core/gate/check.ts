import { distance } from 'fastest-levenshtein';
import type { RelativeBound, Threshold } from '../manifest/types.js';
import { formatNumber, formatPair } from '../format/number.js';
import type { Check, CheckRule, GateResult } from './types.js';

export interface GateInput {
  readonly thresholds: readonly Threshold[];
  /** This run's numeric metrics; NaN and ±Infinity are allowed here and fail their checks. */
  readonly metrics: Readonly<Record<string, number>>;
  /** Leaves of the metrics files that are not numbers, described (`a string ("high")`). */
  readonly nonNumeric?: Readonly<Record<string, string>>;
  /** The baseline version's metrics, or null when there is no baseline (relative checks then pass). */
  readonly baseline: Readonly<Record<string, number>> | null;
  /** The baseline's version (`1.2.0`), named when a relative check's metric is new since it. */
  readonly baselineVersion?: string;
}

const own = (record: object | null | undefined, key: string): boolean =>
  record != null && Object.prototype.hasOwnProperty.call(record, key);

/**
 * Relative checks subtract, and a difference carries the rounding error of
 * its operands: 0.93 − 0.92 is 0.010000000000000009. A few units in the last
 * place of the operands' magnitude absorb that without accepting any change
 * the report would show as a real one.
 */
const slack = (...magnitudes: number[]): number =>
  8 * Number.EPSILON * Math.max(0, ...magnitudes.map(Math.abs));

function boundText(bound: RelativeBound): number | string {
  return bound.kind === 'percent' ? `${formatNumber(bound.value)}%` : bound.value;
}

/** Why an actual value cannot be checked, or null when it is a finite number. */
function unusable(input: GateInput, metric: string): string | null {
  if (own(input.metrics, metric)) {
    const v = input.metrics[metric];
    if (typeof v !== 'number') return 'not a number';
    if (Number.isNaN(v)) return 'not a finite number (NaN)';
    if (!Number.isFinite(v)) return `not a finite number (${formatNumber(v)})`;
    return null;
  }
  if (own(input.nonNumeric, metric)) return `not a number: ${input.nonNumeric?.[metric] ?? ''}`;
  const near = closestMetrics(metric, [
    ...Object.keys(input.metrics),
    ...Object.keys(input.nonNumeric ?? {}),
  ]);
  const names = near.map((n) => `\`${n}\``);
  const hint =
    names.length === 0
      ? ''
      : ` (did you mean ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`}?)`;
  return `missing from the eval output${hint}`;
}

/**
 * The output's names closest to a missing `metric`, best first (at most 3): the
 * same name in another case, names where it is one dotted part (`acc` →
 * `acc.test`, `test.acc`), and names within a small edit distance (`accuarcy`).
 */
export function closestMetrics(metric: string, available: readonly string[]): string[] {
  const lower = metric.toLowerCase();
  const limit = Math.max(2, Math.floor(metric.length / 3));
  const scored: [number, string][] = [];
  for (const name of available) {
    const n = name.toLowerCase();
    let score: number;
    if (n === lower) score = 0;
    else if (n.split('.').includes(lower) || lower.split('.').includes(n)) score = 1;
    else {
      // Cheap bound first: names far apart in length cannot be close.
      if (Math.abs(n.length - lower.length) > limit) continue;
      const d = distance(n, lower);
      // As far apart as the longer name is long, the two share no letter in place: `n` is no
      // suggestion for a missing `f1`, nor `r2` for `n`.
      if (d > limit || d >= Math.max(n.length, lower.length)) continue;
      score = 1 + d;
    }
    scored.push([score, name]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .slice(0, 3)
    .map(([, name]) => name);
}

function baselineOf(input: GateInput, metric: string): number | null {
  if (!own(input.baseline, metric)) return null;
  const v = input.baseline?.[metric];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

interface RuleOutcome {
  readonly passed: boolean;
  readonly reason: string | null;
}

function absoluteRule(rule: 'min' | 'max', bound: number, actual: number): RuleOutcome {
  const passed = rule === 'min' ? actual >= bound : actual <= bound;
  if (passed) return { passed, reason: null };
  const [a, b] = formatPair(actual, bound);
  return {
    passed,
    reason: rule === 'min' ? `${a} is below the minimum ${b}` : `${a} is above the maximum ${b}`,
  };
}

function relativeRule(
  rule: 'max_drop' | 'max_rise',
  bound: RelativeBound,
  actual: number,
  base: number | null,
  hasBaseline: boolean,
  newReason: string,
): RuleOutcome {
  if (!hasBaseline) return { passed: true, reason: 'no baseline' };
  if (base === null) return { passed: true, reason: newReason };
  const moved = rule === 'max_drop' ? base - actual : actual - base;
  const allowed = bound.kind === 'percent' ? (Math.abs(base) * bound.value) / 100 : bound.value;
  const passed = moved <= allowed + slack(base, actual, allowed);
  if (passed) return { passed, reason: null };
  const [m, al] = formatPair(moved, allowed);
  const verb = rule === 'max_drop' ? 'dropped' : 'rose';
  const limit = bound.kind === 'percent' ? `${formatNumber(bound.value)}% (${al})` : al;
  return {
    passed,
    reason: `${verb} ${m} from the baseline ${formatNumber(base)}, more than the allowed ${limit}`,
  };
}

/**
 * Applies every threshold to this run's metrics: one check per bound, in the
 * order min, max, max_drop, max_rise. Never throws, whatever the numbers.
 */
export function checkThresholds(input: GateInput): GateResult {
  const checks: Check[] = [];
  const hasBaseline = input.baseline !== null && input.baseline !== undefined;
  for (const t of input.thresholds) {
    const problem = unusable(input, t.metric);
    const actual = problem === null ? (input.metrics[t.metric] as number) : null;
    const base = baselineOf(input, t.metric);
    // A metric the baseline lacks passes its relative checks, but says so (CONTRACT §2b).
    const newReason =
      input.baselineVersion === undefined
        ? 'no baseline value for this metric'
        : `\`${t.metric}\` is new: not in baseline v${input.baselineVersion}`;
    const add = (rule: CheckRule, bound: number | string, outcome: RuleOutcome) =>
      checks.push({
        metric: t.metric,
        rule,
        bound,
        baseline: base,
        actual,
        passed: outcome.passed,
        level: t.level,
        reason: outcome.reason,
      });
    const rules: [CheckRule, number | string, (a: number) => RuleOutcome][] = [];
    if (t.min !== undefined)
      rules.push(['min', t.min, (a) => absoluteRule('min', t.min as number, a)]);
    if (t.max !== undefined)
      rules.push(['max', t.max, (a) => absoluteRule('max', t.max as number, a)]);
    if (t.maxDrop !== undefined) {
      const b = t.maxDrop;
      rules.push([
        'max_drop',
        boundText(b),
        (a) => relativeRule('max_drop', b, a, base, hasBaseline, newReason),
      ]);
    }
    if (t.maxRise !== undefined) {
      const b = t.maxRise;
      rules.push([
        'max_rise',
        boundText(b),
        (a) => relativeRule('max_rise', b, a, base, hasBaseline, newReason),
      ]);
    }
    for (const [rule, bound, judge] of rules) {
      add(rule, bound, actual === null ? { passed: false, reason: problem } : judge(actual));
    }
  }
  return { checks, passed: checks.every((c) => c.passed || c.level !== 'error') };
}
