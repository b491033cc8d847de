import { type Document, type LineCounter } from 'yaml';
/** Where a key path points in the YAML source: the key itself, the value, or the nearest existing ancestor. */
export interface Located {
    readonly line: number;
    readonly column: number;
}
type Segment = string | number;
/**
 * `at: 'key'` points at the mapping key (unknown keys, bad names);
 * `at: 'value'` at the value (wrong types, bad values).
 */
export declare function locate(doc: Document, counter: LineCounter, path: readonly Segment[], at?: 'key' | 'value'): Located;
export {};
