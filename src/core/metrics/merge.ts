import { LeptonError } from '../errors/index.js';
import { emptyRecord, hasOwn, type LeafValue, type MetricsRead } from './types.js';

/** Combines the metrics of several files; a name in two files is an error naming both. */
export function mergeMetrics(
  files: readonly { readonly source: string; readonly metrics: MetricsRead }[],
): MetricsRead {
  const values = emptyRecord<number>();
  const nonNumeric = emptyRecord<string>();
  const nonNumericValues = emptyRecord<LeafValue>();
  const from = new Map<string, string>();
  const duplicates: string[] = [];
  for (const { source, metrics } of files) {
    const names = [...Object.keys(metrics.values), ...Object.keys(metrics.nonNumeric)];
    for (const name of names) {
      const earlier = from.get(name);
      if (earlier !== undefined) {
        duplicates.push(`"${name}" in ${earlier} and ${source}`);
        continue;
      }
      from.set(name, source);
      if (hasOwn(metrics.values, name)) values[name] = metrics.values[name] as number;
      else {
        nonNumeric[name] = metrics.nonNumeric[name] as string;
        nonNumericValues[name] = metrics.nonNumericValues[name] ?? null;
      }
    }
  }
  if (duplicates.length) {
    throw new LeptonError(
      'eval',
      `${duplicates.length} metric name(s) appear in more than one metrics file`,
      duplicates.slice(0, 20),
    );
  }
  return { values, nonNumeric, nonNumericValues };
}
