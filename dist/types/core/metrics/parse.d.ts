import type { MetricsFormat, MetricsRead } from './types.js';
/** The format a metrics file is read as, by its extension; null when the extension says nothing. */
export declare function formatOf(path: string): MetricsFormat | null;
/** The CSV shapes Lepton reads, quoted in every refusal so the fix is one look away. */
export declare const CSV_FORMS: string[];
/**
 * Reads one metrics file's text. `source` names it in errors. A file whose
 * extension says nothing is read as YAML (which covers JSON) when that gives a
 * mapping, else as CSV.
 */
export declare function parseMetrics(source: string, text: string, format?: MetricsFormat | null): MetricsRead;
