/**
 * Per-example results: `ids[i]` is example i's id and `columns[m][i]` its value of metric m.
 * Every column has one finite number per example.
 */
export interface Samples {
    readonly ids: readonly string[];
    readonly columns: Readonly<Record<string, Float64Array>>;
}
/**
 * Reads a per-example results file: JSON Lines (`.jsonl`, `.ndjson`, or text starting with
 * `{`) or CSV with a header row. Both need an `id` column (unique) and at least one metric
 * column of finite numbers or booleans (JSON strings such as `"1"` are not numbers, as in the
 * metrics file; CSV cells are numbers when decimal).
 * @throws LeptonError kind `eval` naming the file, row and column of the first problem
 */
export declare function parseSamples(source: string, text: string): Samples;
/**
 * Aligns two runs' values of one metric by example id.
 * @returns `paired` with the values of the ids both runs have, in this run's order, when the
 *   two runs scored exactly the same set of ids; else null (the caller resamples unpaired).
 */
export declare function pairById(current: Samples, baseline: Samples, metric: string): {
    current: Float64Array;
    baseline: Float64Array;
} | null;
