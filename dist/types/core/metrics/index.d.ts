export type { MetricsRead, MetricsFormat } from './types.js';
export { emptyRecord, hasOwn } from './types.js';
export { parseMetrics, formatOf } from './parse.js';
export { flattenMetrics } from './flatten.js';
export { mergeMetrics } from './merge.js';
export { evalSettingsHash } from './settings.js';
