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
}
export type MetricsFormat = 'json' | 'yaml' | 'csv' | 'tsv';
/** A record with no prototype, so any metric name is a plain own key. */
export declare function emptyRecord<T>(): Record<string, T>;
export declare function hasOwn(record: object, key: string): boolean;
