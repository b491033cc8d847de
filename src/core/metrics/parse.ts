import { parse as parseCsv } from 'csv-parse/sync';
import { parseDocument } from 'yaml';
import { LeptonError } from '../errors/index.js';
import { MetricsCollector, flattenMetrics } from './flatten.js';
import { classifyText } from './leaf.js';
import type { MetricsFormat, MetricsRead } from './types.js';

/** The format a metrics file is read as, by its extension; null when the extension says nothing. */
export function formatOf(path: string): MetricsFormat | null {
  const ext = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  if (ext === 'csv') return 'csv';
  if (ext === 'tsv') return 'tsv';
  return null;
}

const firstLine = (text: string) => text.split('\n')[0] ?? text;

function parseYaml(source: string, text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    throw new LeptonError(
      'eval',
      `metrics file ${source} is not valid YAML: ${firstLine(error.message)}`,
    );
  }
  return doc.toJS({ maxAliasCount: 100 });
}

function parseJson(source: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    // Python's json module writes NaN and Infinity, which JSON.parse refuses but
    // YAML reads (as the strings the leaf rules turn into non-finite numbers).
    try {
      const value = parseYaml(source, text);
      if (value !== null && typeof value === 'object') return value;
    } catch {
      // fall through to the JSON error, which names the real problem
    }
    const message = e instanceof Error ? e.message : String(e);
    throw new LeptonError(
      'eval',
      `metrics file ${source} is not valid JSON: ${firstLine(message)}`,
    );
  }
}

const HEADER_NAMES = new Set(['metric', 'metrics', 'name', 'key']);
const HEADER_VALUES = new Set(['value', 'values', 'score']);

/** `metric,value` rows, with or without a header row. */
function parseTable(source: string, text: string, delimiter: string): MetricsRead {
  let rows: string[][];
  try {
    rows = parseCsv(text, {
      delimiter,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new LeptonError('eval', `metrics file ${source} is not valid CSV: ${firstLine(message)}`);
  }
  const out = new MetricsCollector(source);
  rows.forEach((row, i) => {
    if (row.length !== 2) {
      throw new LeptonError(
        'eval',
        `metrics file ${source} is not valid CSV: row ${i + 1} has ${row.length} column(s), expected 2 (metric,value)`,
      );
    }
    const [name = '', value = ''] = row;
    const leaf = classifyText(value);
    if (
      i === 0 &&
      leaf.kind === 'other' &&
      (HEADER_NAMES.has(name.toLowerCase()) || HEADER_VALUES.has(value.toLowerCase()))
    ) {
      return;
    }
    if (name === '') {
      throw new LeptonError(
        'eval',
        `metrics file ${source} is not valid CSV: row ${i + 1} has no metric name`,
      );
    }
    if (leaf.kind === 'number') out.addNumber(name, leaf.value);
    else out.addOther(name, leaf.description);
  });
  return out.result();
}

/**
 * Reads one metrics file's text. `source` names it in errors. A file whose
 * extension says nothing is read as YAML (which covers JSON) when that gives a
 * mapping, else as CSV.
 */
export function parseMetrics(source: string, text: string, format = formatOf(source)): MetricsRead {
  switch (format) {
    case 'json':
      return flattenMetrics(source, parseJson(source, text));
    case 'yaml':
      return flattenMetrics(source, parseYaml(source, text));
    case 'csv':
      return parseTable(source, text, ',');
    case 'tsv':
      return parseTable(source, text, '\t');
    case null: {
      let value: unknown;
      try {
        value = parseYaml(source, text);
      } catch {
        value = undefined;
      }
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        return flattenMetrics(source, value);
      }
      return parseTable(source, text, ',');
    }
  }
}
