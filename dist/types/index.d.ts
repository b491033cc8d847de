/** lepton-ci: the library the CLI and the GitHub Action are built on. */
export * from './core/manifest/index.js';
export { LeptonError, EXIT_CODES, exitCodeOf, type ErrorKind } from './core/errors/index.js';
export { loadManifest, ManifestInvalidError } from './io/manifest-file.js';
export { VERSION } from './version.js';
