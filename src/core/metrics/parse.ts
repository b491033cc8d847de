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
 * The first key that appears twice in one object of `text`, which must be valid
 * JSON (JSON.parse keeps the last value silently; YAML refuses, and so does this).
 * One pass over the text, a key set per open object.
 */
export function duplicateJsonKey(text: string): { key: string; offset: number } | null {
  const stack: (Set<string> | null)[] = [];
  // In an object, the next string is a key when the last structural character was `{` or `,`.
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (expectKey && top) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.has(key)) return { key, offset: i };
        top.add(key);
      }
      expectKey = false;
      i = j;
    } else if (ch === '{') {
      stack.push(new Set());
      expectKey = true;
    } else if (ch === '[') {
      stack.push(null);
      expectKey = false;
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      expectKey = false;
    } else if (ch === ',') {
      expectKey = stack[stack.length - 1] != null;
    }
  }
  return null;
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before[before.length - 1]?.length ?? 0) + 1}`;
}

function parseJson(source: string, text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    const dup = duplicateJsonKey(text);
    if (dup) {
      throw new LeptonError(
        'eval',
        `metrics file ${source} is not valid: key ${JSON.stringify(dup.key)} appears twice in one object (at ${lineColumn(text, dup.offset)})`,
        [
          'JSON.parse would keep the last value silently; Lepton refuses to guess which one is meant',
        ],
      );
    }
    return value;
  } catch (e) {
    if (e instanceof LeptonError) throw e;
    // Python's json module writes NaN and Infinity, which JSON.parse refuses but
    // YAML reads (as the strings the leaf rules turn into non-finite numbers).
    try {
      const value = parseYaml(source, text);
      if (value !== null && typeof value === 'object') return value;
    } catch (y) {
      // A duplicate key is the real problem (JSON with NaN that YAML read); anything
      // else falls through to the JSON error, which names it better.
      if (y instanceof LeptonError && /must be unique/.test(y.message)) throw y;
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
