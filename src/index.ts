/**
 * lepton-ci: the library the CLI and the GitHub Action are built on.
 *
 * Open a project once, then call the use cases; each returns plain data and
 * prints nothing. Errors are `LeptonError`s whose `kind` maps to the CLI's
 * exit codes (`EXIT_CODES`).
 *
 *   const ctx = await openProject({ manifestPath: 'lepton.yml', env: process.env, log: streamLogger(process.stderr) });
 *   const outcome = await evaluate(ctx);
 *   if (!outcome.passed) console.log(outcome.report);
 */

// Project and use cases.
export {
  openProject,
  streamLogger,
  type AppContext,
  type OpenOptions,
  type Logger,
  type EvalCache,
} from './app/context.js';
export { status, type StatusOptions, type StatusResult } from './app/status.js';
export { evaluate, evalJson, type EvaluateOptions, type EvalOutcome } from './app/eval.js';
export { record, recordJson, type RecordOptions, type RecordResult } from './app/record.js';
export { promote, type PromoteOptions, type PromoteResult } from './app/promote.js';
export { show, type ShowResult, type ShownVersion, type StageHolder } from './app/show.js';
export { diff, type DiffResult, type MetricDiff } from './app/diff.js';

// The manifest.
export * from './core/manifest/index.js';
export { loadManifest, ManifestInvalidError } from './io/manifest-file.js';

// Pure building blocks other CI tools may want on their own.
export { checkThresholds, type Check, type CheckRule, type GateResult } from './core/gate/index.js';
export type { Fingerprint, PartHash, Changed } from './core/fingerprint/index.js';
export { fingerprintModel, selectFiles } from './io/files/index.js';
export { parseMetrics, evalSettingsHash } from './core/metrics/index.js';
export {
  renderMarkdownReport,
  renderTextReport,
  reportMarker,
  type ReportInput,
} from './core/report/index.js';
export {
  parseTagName,
  versionTag,
  stageTag,
  parseRecord,
  type ParsedTag,
  type TagKind,
  type VersionRecord,
  type StageRecord,
  type VersionSummary,
  type StageSummary,
  type VersionRef,
  type Registry,
} from './core/registry/index.js';
// A registry read holds each record's summary; readRecord reads one whole record from git.
export { readRegistry, readRecord } from './io/registry/index.js';

export { LeptonError, EXIT_CODES, exitCodeOf, type ErrorKind } from './core/errors/index.js';
export { VERSION } from './version.js';
