/**
 * lepton-ci/core: the building blocks under the use cases, for other CI tools that want one on
 * its own — the gate, the fingerprint, metrics parsing, the report renderers, the tag grammar
 * and records, the registry reader. Less stable than the main entry (`lepton-ci`): shapes here
 * follow Lepton's internals.
 */
export { checkThresholds, type Check, type CheckRule, type GateResult } from './core/gate/index.js';
export type { Fingerprint, PartHash, Changed } from './core/fingerprint/index.js';
export { fingerprintModel, selectFiles } from './io/files/index.js';
export { parseMetrics, evalSettingsHash } from './core/metrics/index.js';
export { renderMarkdownReport, renderTextReport, reportMarker, type ReportInput, } from './core/report/index.js';
export { parseTagName, versionTag, stageTag, parseRecord, type ParsedTag, type TagKind, type VersionRecord, type StageRecord, type UnassignRecord, type VersionSummary, type StageSummary, type UnassignSummary, type VersionRef, type Registry, } from './core/registry/index.js';
export { readRegistry, readRecord } from './io/registry/index.js';
export { Git } from './io/git.js';
export { readSettings, type Settings, type Env } from './io/settings.js';
export { childEnv } from './io/child-env.js';
export { manifestJsonSchema, manifestJsonSchemaText, SCHEMA_ID } from './core/manifest/index.js';
export type * from './core/ports.js';
