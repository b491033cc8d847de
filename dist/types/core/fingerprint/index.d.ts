export * from './types.js';
export * from './encoding.js';
export * from './lfs.js';
export * from './dvc.js';
export * from './changed.js';
export * from './eval-files.js';
export * from './names.js';
