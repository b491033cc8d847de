export type * from './types.js';
export { checkThresholds, closestMetrics, type GateInput } from './check.js';
