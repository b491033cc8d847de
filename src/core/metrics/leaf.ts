import { LeptonError } from '../errors/index.js';
import type { LeafValue } from './types.js';

/**
 * How one leaf value of a metrics file counts. Python's `json.dump` writes
 * `NaN` and `Infinity`, and CSV is all text, so those spellings are read as
 * the non-finite numbers they mean (the gate then fails them with a reason)
 * rather than as strings.
 */
export type Leaf =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'other'; readonly description: string; readonly value: LeafValue };

const NON_FINITE: Readonly<Record<string, number>> = {
  nan: NaN,
  '.nan': NaN,
  inf: Infinity,
  '+inf': Infinity,
  '.inf': Infinity,
  '+.inf': Infinity,
  infinity: Infinity,
  '+infinity': Infinity,
  '-inf': -Infinity,
  '-.inf': -Infinity,
  '-infinity': -Infinity,
};

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Keeps descriptions short: a metrics file may hold a long string where a number belongs. */
function quote(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(short);
}

function nonFinite(text: string): number | undefined {
  const key = text.trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(NON_FINITE, key) ? NON_FINITE[key] : undefined;
}

/** A leaf parsed from JSON or YAML: numbers are numbers, strings only when they spell NaN/Infinity. */
export function classifyValue(value: unknown): Leaf {
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'string') {
    const special = nonFinite(value);
    if (special !== undefined) return { kind: 'number', value: special };
    return { kind: 'other', description: `a string (${quote(value)})`, value };
  }
  if (typeof value === 'boolean')
    return { kind: 'other', description: `a boolean (${value})`, value };
  if (value === null || value === undefined)
    return { kind: 'other', description: 'null', value: null };
  if (typeof value === 'bigint') return { kind: 'number', value: Number(value) };
  if (value instanceof Date) {
    const iso = Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
    return { kind: 'other', description: `a date (${iso})`, value: iso };
  }
  return { kind: 'other', description: typeof value, value: String(value) };
}

/** A CSV cell: decimal text is a number, anything else is not. */
export function classifyText(text: string): Leaf {
  const t = text.trim();
  if (t === '') return { kind: 'other', description: 'empty', value: '' };
  if (DECIMAL.test(t)) return { kind: 'number', value: Number(t) };
  const special = nonFinite(t);
  if (special !== undefined) return { kind: 'number', value: special };
  return { kind: 'other', description: `a string (${quote(t)})`, value: t };
}

/**
 * Whether an integer written in decimal (`-?[0-9]+`, or a bigint) is one a double cannot hold
 * exactly: beyond ±2^53 and not a multiple the double's spacing lands on. Such a value reads
 * as another number (`9007199254740993` as `9007199254740992`) and could pass a `max` it breaks.
 */
export function inexactInteger(literal: string | bigint): boolean {
  const big = typeof literal === 'bigint' ? literal : BigInt(literal);
  const limit = 2n ** 53n;
  if (big <= limit && big >= -limit) return false;
  return BigInt(Number(big)) !== big;
}

/**
 * The eval failure for an integer a double cannot hold exactly (CONTRACT §2b: integers up to
 * 2^53 print exactly; beyond, Lepton would compare and record a rounded number).
 * @param where the line:column, when known
 */
export function inexactIntegerError(
  source: string,
  metric: string,
  literal: string,
  where?: string,
): LeptonError {
  return new LeptonError(
    'eval',
    `metrics file ${source}: metric "${metric}" is ${literal}${where ? ` (at ${where})` : ''}, an integer beyond 2^53 that a double cannot hold exactly (it would read as ${String(Number(literal))})`,
    [
      'integers up to 2^53 (9007199254740992) are exact; write a larger count in another unit, or as a string (then listed as not a number)',
    ],
  );
}
