export type * from './types.js';
export * from './names.js';
export { parseVersionArg } from './version-arg.js';
export { buildRegistry, findByFingerprint, findVersion, stagesHeldBy } from './build.js';
export { holders, stagesEverHeld } from './stages.js';
export { bumpFor, nextVersion, checkOverride } from './bump.js';
export { formatVersionMessage, formatStageMessage, parseRecord, versionSummary, stageSummary, keyMetrics, } from './message.js';
