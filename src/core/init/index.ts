export type * from './types.js';
export { filesToRead, planInit, modelNameOf } from './plan.js';
export { parseDvcYaml, type DvcPipeline, type DvcStage } from './dvc.js';
export { ACTION_REF } from './workflows.js';
