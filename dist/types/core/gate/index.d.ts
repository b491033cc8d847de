export type * from './types.js';
export { checkThresholds, type GateInput } from './check.js';
