import { parse as parseCsv } from 'csv-parse/sync';
import { parseDocument } from 'yaml';
import { LeptonError } from '../errors/index.js';
import { MetricsCollector, flattenMetrics } from './flatten.js';
import { classifyText, inexactInteger, inexactIntegerError } from './leaf.js';
import { parseStrictJson } from './json.js';
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
  // Integers as bigint, so one a double cannot hold exactly is refused (flatten.ts), not rounded.
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true, intAsBigInt: true });
  const error = doc.errors[0];
  if (error) {
    throw new LeptonError(
      'eval',
      `metrics file ${source} is not valid YAML: ${firstLine(error.message)}`,
    );
  }
  try {
    // toJS throws on an alias with no anchor (`a: *nope`) and on an alias bomb
    // (more than maxAliasCount expansions): the eval wrote a bad file, not a Lepton bug.
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new LeptonError(
      'eval',
      `metrics file ${source} is not valid YAML: ${firstLine(message)}`,
      /alias/i.test(message)
        ? ['aliases (*name) must follow their anchor (&name) and may expand at most 100 times']
        : [],
    );
  }
}

/**
 * A `.json` metrics file: strict RFC 8259 JSON plus Python's NaN/Infinity (json.ts), never
 * YAML's looser reading (`0x1`, `09`, `.5`, `+0.9` are refused there, not read as numbers).
 */
function parseJson(source: string, text: string): unknown {
  return parseStrictJson(source, text);
}

const HEADER_NAMES = new Set(['metric', 'metrics', 'name', 'key']);
const HEADER_VALUES = new Set(['value', 'values', 'score']);

/** The CSV shapes Lepton reads, quoted in every refusal so the fix is one look away. */
export const CSV_FORMS = [
  'long form: one "metric,value" row per metric, with or without a "metric,value" (or "name,value") header row',
  'wide form: one header row of metric names and one row of their values',
];

const looksNumeric = (cell: string) => classifyText(cell).kind === 'number';

/** A `metric,value` / `name,value` header row (the long form's optional first row). */
function isLongHeader(row: readonly string[]): boolean {
  const [name = '', value = ''] = row;
  return (
    row.length === 2 &&
    !looksNumeric(value) &&
    (HEADER_NAMES.has(name.toLowerCase()) || HEADER_VALUES.has(value.toLowerCase()))
  );
}

/**
 * The long form (`metric,value` rows, optional header) or the wide form (a
 * header row of names, one row of values). Two rows of two cells are wide only
 * when the first row holds no number and the second starts with one
 * (`accuracy,f1` / `0.91,0.88`): as the long form that would name a metric `0.91`.
 * Anything else, and any metric name that looks like a number, is refused.
 */
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
    throw new LeptonError(
      'eval',
      `metrics file ${source} is not valid CSV: ${firstLine(message)}`,
      [...CSV_FORMS],
    );
  }
  const refuse = (why: string): never => {
    throw new LeptonError('eval', `metrics file ${source} is not valid CSV: ${why}`, CSV_FORMS);
  };
  const out = new MetricsCollector(source);
  const add = (name: string, cell: string, where: string) => {
    if (name === '') refuse(`${where} has no metric name`);
    if (looksNumeric(name))
      refuse(`the metric name ${JSON.stringify(name)} (${where}) looks like a number`);
    const leaf = classifyText(cell);
    const t = cell.trim();
    if (leaf.kind === 'number' && /^[+-]?\d+$/.test(t) && inexactInteger(t.replace(/^\+/, '')))
      throw inexactIntegerError(source, name, t);
    if (leaf.kind === 'number') out.addNumber(name, leaf.value);
    else out.addOther(name, leaf.description, leaf.value);
  };

  const [first = [], second = []] = rows;
  const wide =
    rows.length === 2 &&
    first.length === second.length &&
    !isLongHeader(first) &&
    !first.some(looksNumeric) &&
    (first.length !== 2 || looksNumeric(second[0] ?? ''));
  if (wide) {
    first.forEach((name, i) => add(name, second[i] ?? '', `column ${i + 1} of the header row`));
    return out.result();
  }
  if (rows.length === 1 && first.length > 2 && !first.some(looksNumeric)) {
    refuse(`a header row of ${first.length} names with no row of values under it`);
  }
  if (
    rows.length > 2 &&
    !isLongHeader(first) &&
    !first.some(looksNumeric) &&
    second.length === first.length &&
    looksNumeric(second[0] ?? '')
  ) {
    refuse(
      `a header row and ${rows.length - 1} rows of values (the wide form has exactly one row of values)`,
    );
  }
  rows.forEach((row, i) => {
    if (i === 0 && isLongHeader(row)) return;
    if (row.length !== 2) {
      refuse(
        rows.length > 2 && first.length > 2
          ? `${rows.length} rows of ${first.length} columns (the wide form has exactly one row of values)`
          : `row ${i + 1} has ${row.length} column(s), expected 2 (metric,value)`,
      );
    }
    add(row[0] ?? '', row[1] ?? '', `row ${i + 1}`);
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
