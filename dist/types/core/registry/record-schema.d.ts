import type { StageRecord, VersionRecord } from './types.js';
/** The record if `value` is one, else null. */
export declare function asRecord(value: unknown): VersionRecord | StageRecord | null;
