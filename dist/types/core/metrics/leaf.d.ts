import { LeptonError } from '../errors/index.js';
import type { LeafValue } from './types.js';
/**
 * How one leaf value of a metrics file counts. Python's `json.dump` writes
 * `NaN` and `Infinity`, and CSV is all text, so those spellings are read as
 * the non-finite numbers they mean (the gate then fails them with a reason)
 * rather than as strings.
 */
export type Leaf = {
    readonly kind: 'number';
    readonly value: number;
} | {
    readonly kind: 'other';
    readonly description: string;
    readonly value: LeafValue;
};
/** A leaf parsed from JSON or YAML: numbers are numbers, strings only when they spell NaN/Infinity. */
export declare function classifyValue(value: unknown): Leaf;
/** A CSV cell: decimal text is a number, anything else is not. */
export declare function classifyText(text: string): Leaf;
/**
 * Whether an integer written in decimal (`-?[0-9]+`, or a bigint) is one a double cannot hold
 * exactly: beyond ±2^53 and not a multiple the double's spacing lands on. Such a value reads
 * as another number (`9007199254740993` as `9007199254740992`) and could pass a `max` it breaks.
 */
export declare function inexactInteger(literal: string | bigint): boolean;
/**
 * The eval failure for an integer a double cannot hold exactly (CONTRACT §2b: integers up to
 * 2^53 print exactly; beyond, Lepton would compare and record a rounded number).
 * @param where the line:column, when known
 */
export declare function inexactIntegerError(source: string, metric: string, literal: string, where?: string): LeptonError;
