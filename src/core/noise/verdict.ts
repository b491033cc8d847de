import type { Check, GateResult } from '../gate/types.js';
import { excludesZero, type ChangeInterval } from './bootstrap.js';

/** A check with the confidence interval of its metric's change, when one was computed. */
export type NoisyCheck = Check & { readonly change?: ChangeInterval };

const MINUS = '\u2212';

/** A proportion's change in percentage points, anything else in its own units. */
function unitsOf(values: readonly (number | null)[]): { scale: number; unit: string } {
  const proportion = values.every((v) => v === null || (v >= 0 && v <= 1));
  return proportion ? { scale: 100, unit: ' pt' } : { scale: 1, unit: '' };
}

function signed(x: number, digits: number): string {
  const text = Math.abs(x)
    .toPrecision(digits)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
  return x < 0 ? `${MINUS}${text}` : `+${text}`;
}

/**
 * The words for a change and its interval, as the report shows them:
 * `−0.8 pt, 95% CI −1.9 … +0.3 (paired, n = 1000)`.
 */
export function describeChange(
  change: ChangeInterval,
  check: Pick<Check, 'actual' | 'baseline'>,
): string {
  const { scale, unit } = unitsOf([check.actual, check.baseline]);
  const [lo, hi] = change.ci;
  return (
    `${signed(change.value * scale, 2)}${unit}, 95% CI ${signed(lo * scale, 2)} … ${signed(hi * scale, 2)}` +
    ` (${change.pairing}, n = ${change.n})`
  );
}

/**
 * Noise-aware gating (contract §11). Each check gains its metric's change interval when one
 * was computed; a relative check (`max_drop`/`max_rise`) that failed on the point estimate,
 * on a metric whose threshold says `noise: warn`, becomes a warning when its interval
 * contains 0 — the bootstrap cannot tell the change from resampling noise at the interval's
 * level — and says so. A failure whose interval excludes 0 stays a failure.
 *
 * @param changes  metric → the interval of (this run − baseline)
 * @param noisy    the metrics whose thresholds say `noise: warn`
 */
export function applyNoise(
  gate: GateResult,
  changes: Readonly<Record<string, ChangeInterval>>,
  noisy: ReadonlySet<string>,
): GateResult & { readonly checks: readonly NoisyCheck[] } {
  const checks = gate.checks.map((c): NoisyCheck => {
    const change = Object.prototype.hasOwnProperty.call(changes, c.metric)
      ? changes[c.metric]
      : undefined;
    if (!change) return c;
    const relative = c.rule === 'max_drop' || c.rule === 'max_rise';
    if (
      relative &&
      !c.passed &&
      c.level === 'error' &&
      noisy.has(c.metric) &&
      !excludesZero(change)
    ) {
      return {
        ...c,
        change,
        level: 'warn',
        reason: `within noise: ${describeChange(change, c)}; ${c.reason ?? 'broke its bound'}`,
      };
    }
    return { ...c, change };
  });
  return { checks, passed: checks.every((c) => c.passed || c.level !== 'error') };
}
