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
/** A mapping key that appears twice in one mapping: its path (ending in the key) and the offset of the second. */
export interface DuplicateKey {
    readonly path: readonly Segment[];
    readonly key: string;
    readonly offset: number;
}
/**
 * Every repeated key of every mapping, with its key path. One set per
 * mapping, so this is linear in the document; the YAML parser's own
 * `uniqueKeys` check compares each key with every earlier one (quadratic: a
 * 40,000-component manifest took over a minute) and reports no key path.
 * Iterative, so a deeply nested document cannot overflow the stack.
 */
export declare function duplicateKeys(doc: Document): DuplicateKey[];
/**
 * A mapping key the manifest refuses: an alias (`*k : b`) or a YAML 1.1 merge key (`<<: *base`).
 * `path` is the mapping's key path and then the key as written (`*k`, `<<`); `offset` is the key's.
 * `resolves` is the text an alias key stands for, when it stands for text.
 */
export interface RefusedKey {
    readonly kind: 'alias' | 'merge';
    readonly path: readonly Segment[];
    readonly offset: number;
    readonly resolves?: string;
}
/**
 * Every alias key and plain `<<` key in the document. An alias key resolves to its anchor's text
 * only when the document is converted, so a key path or duplicate check on the written keys
 * misses it (`*k : b` with `&k model` sets `model` a second time). The parser (YAML 1.2, no
 * `merge` option) reads `<<` as an ordinary key, which no manifest mapping takes; refused by
 * name rather than reported as an unknown key or a strange threshold. A quoted `"<<"` is text.
 * Iterative, linear in the document, like `duplicateKeys`.
 */
export declare function refusedKeys(doc: Document): RefusedKey[];
/**
 * The key path of the entry whose text holds `offset` (`eval.command` for a syntax error inside
 * that value), for errors the YAML parser reports by position only. It stops at a node that
 * starts at or after the offset: that node is what the parser made of the broken text (a
 * nested mapping out of `echo {"a": 1}`), not something the author wrote; and it does not step
 * into a flow collection (`[…]`, `{…}`), which an unclosed bracket fills with the lines after it.
 * @returns the segments, empty when the offset is outside every entry
 */
export declare function pathAt(doc: Document, offset: number): Segment[];
export {};
