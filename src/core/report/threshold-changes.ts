import { loosens, type ThresholdChange } from '../gate/threshold-changes.js';
import { formatNumber } from './format.js';

/** The headline's words for a loosened gate (markdown.ts `headline`). */
export const LOOSENED_HEADLINE = '⚠️ with thresholds this change loosened';

/** One metric's (or one stage's metric's) changes, as the report lists them. */
export interface ThresholdChangeGroup {
  readonly metric: string;
  readonly stage?: string;
  /** True when any of its changes makes passing easier. */
  readonly loosened: boolean;
  /** `min 0.8 → 0.1`, `max_drop 0.05 → removed`, `max 3 (added)`, `level error → warn`: plain text. */
  readonly parts: readonly string[];
}

const value = (v: number | string | null, none: string) =>
  v === null ? none : typeof v === 'number' ? formatNumber(v) : v;

/** `min 0.8 → 0.1`: a bound's change in words, plain text (numbers and Lepton's own words only). */
export function changePart(c: ThresholdChange): string {
  const none = c.bound === 'noise' ? 'off' : 'none';
  if (c.effect === 'added') return `${c.bound} ${value(c.to, none)} (added)`;
  if (c.effect === 'removed') return `${c.bound} ${value(c.from, none)} → removed`;
  const tail = c.effect === 'loosened' ? ' (loosened)' : ' (tightened)';
  return `${c.bound} ${value(c.from, none)} → ${value(c.to, none)}${tail}`;
}

/** The changes grouped by stage and metric, in their order (the eval's first, then each stage's). */
export function groupThresholdChanges(changes: readonly ThresholdChange[]): ThresholdChangeGroup[] {
  const groups = new Map<
    string,
    { metric: string; stage?: string; parts: string[]; loosened: boolean }
  >();
  for (const c of changes) {
    const key = JSON.stringify([c.stage ?? null, c.metric]);
    let g = groups.get(key);
    if (!g) {
      g = {
        metric: c.metric,
        ...(c.stage !== undefined && { stage: c.stage }),
        parts: [],
        loosened: false,
      };
      groups.set(key, g);
    }
    g.parts.push(changePart(c));
    g.loosened ||= loosens(c);
  }
  return [...groups.values()];
}

/** True when any change makes the gate easier to pass: the headline says so. */
export const anyLoosened = (changes: readonly ThresholdChange[] | undefined): boolean =>
  (changes ?? []).some(loosens);
