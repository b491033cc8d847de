import { type LeafValue, type MetricsRead } from './types.js';
/** Collects metrics one name at a time, refusing a name seen before. */
export declare class MetricsCollector {
    private readonly source;
    readonly values: Record<string, number>;
    readonly nonNumeric: Record<string, string>;
    readonly nonNumericValues: Record<string, LeafValue>;
    constructor(source: string);
    has(name: string): boolean;
    addNumber(name: string, value: number): void;
    addOther(name: string, description: string, value: LeafValue): void;
    result(): MetricsRead;
    private claim;
}
/**
 * Flattens a parsed JSON/YAML mapping: nested mappings and lists join their
 * keys with dots (`eval.f1`, `per_class.0`); every other leaf is one metric.
 */
export declare function flattenMetrics(source: string, root: unknown): MetricsRead;
