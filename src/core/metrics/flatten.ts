import { LeptonError } from '../errors/index.js';
import { classifyValue } from './leaf.js';
import { emptyRecord, hasOwn, type MetricsRead } from './types.js';

/** Deeper than any sane metrics file; guards against alias cycles in YAML. */
const MAX_DEPTH = 64;

/** Collects metrics one name at a time, refusing a name seen before. */
export class MetricsCollector {
  readonly values = emptyRecord<number>();
  readonly nonNumeric = emptyRecord<string>();

  constructor(private readonly source: string) {}

  has(name: string): boolean {
    return hasOwn(this.values, name) || hasOwn(this.nonNumeric, name);
  }

  addNumber(name: string, value: number): void {
    this.claim(name);
    this.values[name] = value;
  }

  addOther(name: string, description: string): void {
    this.claim(name);
    this.nonNumeric[name] = description;
  }

  result(): MetricsRead {
    return { values: this.values, nonNumeric: this.nonNumeric };
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
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      if (depth >= MAX_DEPTH) {
        throw new LeptonError(
          'eval',
          `metrics file ${source}: nested deeper than ${MAX_DEPTH} levels`,
        );
      }
      const entries = Array.isArray(value)
        ? value.map((v, i) => [String(i), v] as const)
        : Object.entries(value);
      for (const [key, child] of entries)
        walk(child, name === '' ? key : `${name}.${key}`, depth + 1);
      return;
    }
    const leaf = classifyValue(value);
    if (leaf.kind === 'number') out.addNumber(name, leaf.value);
    else out.addOther(name, leaf.description);
  };
  walk(root, '', 0);
  return out.result();
}
