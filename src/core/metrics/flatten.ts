import { LeptonError } from '../errors/index.js';
import { classifyValue, inexactInteger, inexactIntegerError } from './leaf.js';
import { emptyRecord, hasOwn, type LeafValue, type MetricsRead } from './types.js';

/** Deeper than any sane metrics file; guards against alias cycles in YAML. */
const MAX_DEPTH = 64;

/** Collects metrics one name at a time, refusing a name seen before. */
export class MetricsCollector {
  readonly values = emptyRecord<number>();
  readonly nonNumeric = emptyRecord<string>();
  readonly nonNumericValues = emptyRecord<LeafValue>();

  constructor(private readonly source: string) {}

  has(name: string): boolean {
    return hasOwn(this.values, name) || hasOwn(this.nonNumeric, name);
  }

  addNumber(name: string, value: number): void {
    this.claim(name);
    this.values[name] = value;
  }

  addOther(name: string, description: string, value: LeafValue): void {
    this.claim(name);
    this.nonNumeric[name] = description;
    this.nonNumericValues[name] = value;
  }

  result(): MetricsRead {
    return {
      values: this.values,
      nonNumeric: this.nonNumeric,
      nonNumericValues: this.nonNumericValues,
    };
  }

  private claim(name: string): void {
    if (this.has(name)) {
      throw new LeptonError('eval', `metrics file ${this.source}: metric "${name}" appears twice`, [
        'nested keys flatten to dotted names, so {"a": {"b": 1}} and {"a.b": 1} name the same metric',
      ]);
    }
  }
}

/**
 * Flattens a parsed JSON/YAML mapping: nested mappings and lists join their
 * keys with dots (`eval.f1`, `per_class.0`); every other leaf is one metric.
 */
export function flattenMetrics(source: string, root: unknown): MetricsRead {
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    throw new LeptonError(
      'eval',
      `metrics file ${source}: expected a mapping of metric names to numbers, found ${
        Array.isArray(root) ? 'a list' : root === null ? 'nothing' : `a ${typeof root}`
      }`,
    );
  }
  const out = new MetricsCollector(source);
  const walk = (value: unknown, name: string, depth: number): void => {
    if (ArrayBuffer.isView(value)) {
      // YAML's !!binary: not a number, and not a list of byte-sized metrics either.
      out.addOther(name, 'binary data', `(${value.byteLength} bytes)`);
      return;
    }
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      if (depth >= MAX_DEPTH) {
        throw new LeptonError(
          'eval',
          `metrics file ${source}: nested deeper than ${MAX_DEPTH} levels`,
        );
      }
      // YAML's !!omap and !!set arrive as Map and Set, whose entries Object.entries would drop.
      const entries: (readonly [string, unknown])[] = Array.isArray(value)
        ? value.map((v, i) => [String(i), v] as const)
        : value instanceof Map
          ? [...value.entries()].map(([k, v]) => [String(k), v] as const)
          : value instanceof Set
            ? [...value].map((v) => [String(v), null] as const)
            : Object.entries(value);
      for (const [key, child] of entries)
        walk(child, name === '' ? key : `${name}.${key}`, depth + 1);
      return;
    }
    if (typeof value === 'bigint' && inexactInteger(value))
      throw inexactIntegerError(source, name, String(value));
    const leaf = classifyValue(value);
    if (leaf.kind === 'number') out.addNumber(name, leaf.value);
    else out.addOther(name, leaf.description, leaf.value);
  };
  walk(root, '', 0);
  return out.result();
}
