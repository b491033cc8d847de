import { type MetricsRead } from './types.js';
/** Combines the metrics of several files; a name in two files is an error naming both. */
export declare function mergeMetrics(files: readonly {
    readonly source: string;
    readonly metrics: MetricsRead;
}[]): MetricsRead;
