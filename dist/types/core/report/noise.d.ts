/**
 * How noise-aware gating (contract §11) reads wherever a check's reason is shown: the
 * "within noise" excuse, why an excuse was refused, and the warning when this run scored far
 * fewer examples than its baseline. One wording for the terminal, Markdown, JSON and the
 * Action's gate message (they all show the check's reason). Imports only types and leaves.
 */
import type { Check } from '../gate/types.js';
import type { ChangeInterval } from '../noise/bootstrap.js';
import type { NoiseRefusal } from '../noise/verdict.js';
/**
 * The words for a change and its interval, as the report shows them:
 * `−0.8 pt, 95% CI −1.9 … +0.3 (paired, n = 1000)`.
 */
export declare function describeChange(change: ChangeInterval, check: Pick<Check, 'actual' | 'baseline'>): string;
/** Why a relative break was excused: `within noise: −0.8 pt, 95% CI … (paired, n = 1000)`. */
export declare function withinNoiseText(change: ChangeInterval, check: Pick<Check, 'actual' | 'baseline'>): string;
/** The refusal in words, appended to the check's reason after `; `. */
export declare function noiseRefusalText(refusal: NoiseRefusal, change: ChangeInterval, check: Pick<Check, 'actual' | 'baseline' | 'rule'>): string;
/**
 * The warning when this run's samples fell sharply against the baseline's (a broken eval that
 * scored a handful of examples): `the eval scored 3 examples, fewer than half of v0.1.0's 1000`.
 */
export declare function samplesFellText(n: number, baselineN: number, baselineLabel: string): string;
