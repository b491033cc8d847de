import type { TagRecord } from './types.js';
/** The record if `value` is one, else null. */
export declare function asRecord(value: unknown): TagRecord | null;
