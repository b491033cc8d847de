import { parse as parseCsv } from 'csv-parse/sync';
import { LeptonError } from '../errors/index.js';

/**
 * Per-example results: `ids[i]` is example i's id and `columns[m][i]` its value of metric m.
 * Every column has one finite number per example.
 */
export interface Samples {
  readonly ids: readonly string[];
  readonly columns: Readonly<Record<string, Float64Array>>;
}

const ID = 'id';

function fail(source: string, message: string): never {
  throw new LeptonError('eval', `samples file ${source}: ${message}`, [
    'expected JSON Lines ({"id": "ex-1", "correct": 1, "f1": 0.8} per line) or CSV with a header row `id,correct,f1`',
  ]);
}

/** Decimal text as a CSV cell of the metrics file may hold it (core/metrics/leaf.ts). */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A per-example value: a finite number, or a boolean (true → 1, false → 0). As in the metrics
 * file, a JSON string is not a number (`"correct": "1"` is refused, never read as 1); a CSV
 * cell, all text, is a number when it is decimal (`0x1` and `Infinity` are refused).
 */
function cell(source: string, where: string, column: string, raw: unknown, csv: boolean): number {
  if (typeof raw === 'boolean') return raw ? 1 : 0;
  const v = csv && typeof raw === 'string' && DECIMAL.test(raw.trim()) ? Number(raw) : raw;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    fail(
      source,
      `${where}: "${column}" is ${JSON.stringify(raw) ?? String(raw)}, not a finite number`,
    );
  }
  return v;
}

function build(
  source: string,
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
  csv: boolean,
): Samples {
  const idAt = header.indexOf(ID);
  if (idAt < 0) fail(source, 'no "id" column');
  const metricCols = header.map((name, i) => ({ name, i })).filter((c) => c.i !== idAt);
  if (metricCols.length === 0) fail(source, 'no metric column beside "id"');
  const seenNames = new Set<string>();
  for (const c of metricCols) {
    if (c.name === '' || seenNames.has(c.name))
      fail(source, `column name "${c.name}" is empty or repeated`);
    seenNames.add(c.name);
  }
  if (rows.length === 0) fail(source, 'no examples');
  const columns: Record<string, Float64Array> = {};
  for (const c of metricCols) columns[c.name] = new Float64Array(rows.length);
  const ids: string[] = new Array<string>(rows.length);
  const seenIds = new Set<string>();
  rows.forEach((row, r) => {
    const where = `row ${r + 1}`;
    const id = row[idAt];
    if ((typeof id !== 'string' && typeof id !== 'number') || String(id) === '')
      fail(source, `${where}: "id" is missing`);
    const key = String(id);
    if (seenIds.has(key)) fail(source, `${where}: id "${key}" appears twice`);
    seenIds.add(key);
    ids[r] = key;
    for (const c of metricCols)
      (columns[c.name] as Float64Array)[r] = cell(source, where, c.name, row[c.i], csv);
  });
  return { ids, columns };
}

function fromJsonLines(source: string, text: string): Samples {
  const objects: Record<string, unknown>[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      fail(source, `line ${i + 1} is not JSON`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      fail(source, `line ${i + 1} is not a JSON object`);
    objects.push(value as Record<string, unknown>);
  });
  const first = objects[0];
  if (!first) fail(source, 'no examples');
  const header = Object.keys(first);
  const rows = objects.map((o, i) => {
    const keys = Object.keys(o);
    if (keys.length !== header.length || keys.some((k) => !header.includes(k)))
      fail(source, `row ${i + 1} has keys ${keys.join(', ')}, the first row ${header.join(', ')}`);
    return header.map((k) => o[k]);
  });
  return build(source, header, rows, false);
}

function fromCsv(source: string, text: string): Samples {
  let rows: string[][];
  try {
    rows = parseCsv(text, { bom: true, trim: true, skip_empty_lines: true });
  } catch (e) {
    fail(source, `not valid CSV: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
  }
  const [header, ...body] = rows;
  if (!header) fail(source, 'no header row');
  return build(source, header, body, true);
}

/**
 * Reads a per-example results file: JSON Lines (`.jsonl`, `.ndjson`, or text starting with
 * `{`) or CSV with a header row. Both need an `id` column (unique) and at least one metric
 * column of finite numbers or booleans (JSON strings such as `"1"` are not numbers, as in the
 * metrics file; CSV cells are numbers when decimal).
 * @throws LeptonError kind `eval` naming the file, row and column of the first problem
 */
export function parseSamples(source: string, text: string): Samples {
  const jsonl = /\.(jsonl|ndjson)$/i.test(source) || text.trimStart().startsWith('{');
  return jsonl ? fromJsonLines(source, text) : fromCsv(source, text);
}

/**
 * Aligns two runs' values of one metric by example id.
 * @returns `paired` with the values of the ids both runs have, in this run's order, when the
 *   two runs scored exactly the same set of ids; else null (the caller resamples unpaired).
 */
export function pairById(
  current: Samples,
  baseline: Samples,
  metric: string,
): { current: Float64Array; baseline: Float64Array } | null {
  const a = current.columns[metric];
  const b = baseline.columns[metric];
  if (!a || !b || current.ids.length !== baseline.ids.length) return null;
  const at = new Map<string, number>();
  baseline.ids.forEach((id, i) => at.set(id, i));
  const aligned = new Float64Array(a.length);
  for (let i = 0; i < current.ids.length; i++) {
    const j = at.get(current.ids[i] as string);
    if (j === undefined) return null;
    aligned[i] = b[j] as number;
  }
  return { current: a, baseline: aligned };
}
