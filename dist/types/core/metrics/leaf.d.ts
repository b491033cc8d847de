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
