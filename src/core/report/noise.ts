/**
 * How noise-aware gating (contract §11) reads wherever a check's reason is shown: the
 * "within noise" excuse, why an excuse was refused, and the warning when this run scored far
 * fewer examples than its baseline. One wording for the terminal, Markdown, JSON and the
 * Action's gate message (they all show the check's reason). Imports only types and leaves.
 */
import type { Check } from '../gate/types.js';
import type { ChangeInterval } from '../noise/bootstrap.js';
import type { NoiseRefusal } from '../noise/verdict.js';

const MINUS = '\u2212';

/** A proportion's change in percentage points, anything else in its own units. */
function unitsOf(values: readonly (number | null)[]): { scale: number; unit: string } {
  const proportion = values.every((v) => v === null || (v >= 0 && v <= 1));
  return proportion ? { scale: 100, unit: ' pt' } : { scale: 1, unit: '' };
}

/** Two significant digits, trailing zeros dropped: 0.0123 → `0.012`, 56 → `56`. */
function magnitude(x: number, digits = 2): string {
  return Math.abs(x)
    .toPrecision(digits)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
}

function signed(x: number, digits: number): string {
  const text = magnitude(x, digits);
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

/** Why a relative break was excused: `within noise: −0.8 pt, 95% CI … (paired, n = 1000)`. */
export function withinNoiseText(
  change: ChangeInterval,
  check: Pick<Check, 'actual' | 'baseline'>,
): string {
  return `within noise: ${describeChange(change, check)}`;
}

/** The refusal in words, appended to the check's reason after `; `. */
export function noiseRefusalText(
  refusal: NoiseRefusal,
  change: ChangeInterval,
  check: Pick<Check, 'actual' | 'baseline' | 'rule'>,
): string {
  const described = describeChange(change, check);
  if (refusal.kind === 'few-samples') {
    const sides =
      change.pairing === 'paired'
        ? `${refusal.n} matched examples`
        : `${refusal.n} examples here and ${refusal.baselineN} in the baseline`;
    return (
      `not excused as noise (${described}): ${sides}, fewer than the ${refusal.minSamples} ` +
      `each side needs (eval.min_samples) — too few examples to tell a real ${what(check)} from noise`
    );
  }
  const { scale, unit } = unitsOf([check.actual, check.baseline]);
  const times = refusal.width / refusal.allowed;
  return (
    `not excused as noise (${described}): the interval is ${magnitude(times)}× as wide as the ` +
    `allowed ${what(check)} of ${magnitude(refusal.allowed * scale)}${unit} (at most ` +
    `${refusal.multiple}×) — too few or too noisy examples to see a ${what(check)} of that size ` +
    `(80% power only from ${magnitude(refusal.detectable * scale)}${unit})`
  );
}

const what = (check: Pick<Check, 'rule'>) => (check.rule === 'max_rise' ? 'rise' : 'drop');

/**
 * The warning when this run's samples fell sharply against the baseline's (a broken eval that
 * scored a handful of examples): `the eval scored 3 examples, fewer than half of v0.1.0's 1000`.
 */
export function samplesFellText(n: number, baselineN: number, baselineLabel: string): string {
  return (
    `the eval scored ${n} example${n === 1 ? '' : 's'}, fewer than half of ${baselineLabel}'s ` +
    `${baselineN}: check that it ran on its whole data set (intervals and "within noise" rest on these examples)`
  );
}
