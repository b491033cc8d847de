import type { Check } from '../gate/types.js';
import type { StageRecord, TagRecord, UnassignRecord, VersionRecord } from './types.js';
/** The metrics worth a summary line: those the thresholds name first, then the rest by name. */
export declare function keyMetrics(metrics: Readonly<Record<string, number>>, checks: readonly Pick<Check, 'metric'>[], count?: number): string[];
/** `sentiment v1.3.0: accuracy 0.931, f1_macro 0.902 — thresholds passed` */
export declare function versionSummary(r: VersionRecord): string;
export declare function formatVersionMessage(r: VersionRecord): string;
/** `sentiment v1.3.0 → production: thresholds passed` */
export declare function stageSummary(r: StageRecord): string;
export declare function formatStageMessage(r: StageRecord): string;
/** `sentiment v1.3.0 withdrawn from production → v1.2.0` (or `→ empty`) */
export declare function unassignSummary(r: UnassignRecord): string;
/** A rollback's tag message: who, why, from which run, then the record. */
export declare function formatUnassignMessage(r: UnassignRecord): string;
/** The record in a tag message, or null when there is none or it does not fit (a GTO tag, a hand-made one). */
export declare function parseRecord(message: string): TagRecord | null;
