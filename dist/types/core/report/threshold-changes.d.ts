import { type ThresholdChange } from '../gate/threshold-changes.js';
/** The headline's words for a loosened gate (markdown.ts `headline`). */
export declare const LOOSENED_HEADLINE = "\u26A0\uFE0F with thresholds this change loosened";
/** One metric's (or one stage's metric's) changes, as the report lists them. */
export interface ThresholdChangeGroup {
    readonly metric: string;
    readonly stage?: string;
    /** True when any of its changes makes passing easier. */
    readonly loosened: boolean;
    /** `min 0.8 → 0.1`, `max_drop 0.05 → removed`, `max 3 (added)`, `level error → warn`: plain text. */
    readonly parts: readonly string[];
}
/** `min 0.8 → 0.1`: a bound's change in words, plain text (numbers and Lepton's own words only). */
export declare function changePart(c: ThresholdChange): string;
/** The changes grouped by stage and metric, in their order (the eval's first, then each stage's). */
export declare function groupThresholdChanges(changes: readonly ThresholdChange[]): ThresholdChangeGroup[];
/** True when any change makes the gate easier to pass: the headline says so. */
export declare const anyLoosened: (changes: readonly ThresholdChange[] | undefined) => boolean;
