/**
 * What an eval's metrics files say, flattened to `a.b` names.
 * Null-prototype records: metric names come from the user's files, and a name
 * such as `constructor` or `__proto__` must be an ordinary key.
 */
export interface MetricsRead {
    /** Numeric leaves, including NaN and ±Infinity (the gate fails those with a reason). */
    readonly values: Readonly<Record<string, number>>;
    /** Leaves that are not numbers, described for a reason (`a string ("high")`, `a boolean (true)`, `null`). */
    readonly nonNumeric: Readonly<Record<string, string>>;
    /** The same leaves as written (`"0.88"`, `true`, `null`; CSV cells as their text), for `ignored`. */
    readonly nonNumericValues: Readonly<Record<string, LeafValue>>;
}
/** A metrics-file value that is not a number, as written; JSON cannot hold NaN or ±Infinity, so those are the strings `"NaN"`, `"Infinity"`, `"-Infinity"`. */
export type LeafValue = string | boolean | null;
/**
 * A value of the metrics files that is not a finite number and has no
 * threshold: the gate does not compare it, the report lists it ("not numbers"),
 * `eval --json` and the version record carry it as `ignored`. Never vanishes.
 */
export interface IgnoredValue {
    readonly metric: string;
    readonly value: LeafValue;
    /** What it is, for people: `a string ("0.88")`, `a boolean (true)`, `null`, `NaN`. */
    readonly what: string;
}
export type MetricsFormat = 'json' | 'yaml' | 'csv' | 'tsv';
/** A record with no prototype, so any metric name is a plain own key. */
export declare function emptyRecord<T>(): Record<string, T>;
export declare function hasOwn(record: object, key: string): boolean;
