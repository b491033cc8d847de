export type { MetricsRead, MetricsFormat, IgnoredValue, LeafValue } from './types.js';
export { ignoredValues } from './ignored.js';
export { emptyRecord, hasOwn } from './types.js';
export { parseMetrics, formatOf } from './parse.js';
export { flattenMetrics } from './flatten.js';
export { mergeMetrics } from './merge.js';
export { evalSettingsHash } from './settings.js';
