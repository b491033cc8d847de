/**
 * A `.json` metrics file read as JSON (RFC 8259), strictly, with what JSON.parse would let
 * pass silently refused:
 * - the grammar is RFC 8259's (§2–§7): numbers are `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
 *   (§6: no `0x1`, no leading zero as in `09`, no `+0.9`, no `.5` or `5.`), strings take only
 *   §7's escapes and no raw control characters, no comments, no trailing commas; the one
 *   extension is Python's: `json.dump` writes `NaN`, `Infinity` and `-Infinity` (allow_nan,
 *   its default), read as the strings the leaf rules turn into those numbers;
 * - a key that appears twice in one object (§4: "names SHOULD be unique"; JSON.parse keeps the
 *   last value silently), named with its line:column;
 * - an integer literal a double cannot hold exactly (beyond ±2^53, `9007199254740993`): JSON.parse
 *   would round it, and a rounded count can pass a `max` (CONTRACT §2b: integers up to 2^53
 *   are exact), named with its metric (dotted, as flattenMetrics names it) and as written.
 * A leading byte order mark is ignored (§8.1 allows it). Nesting deeper than `maxDepth`
 * containers is refused before the stack could overflow.
 * @param source names the file in errors
 * @returns the value, as JSON.parse would give it (with the NaN/Infinity spellings as strings)
 * @throws LeptonError `eval` (exit 3) with the reason and line:column of the first problem
 */
export declare function parseStrictJson(source: string, text: string, maxDepth?: number): unknown;
