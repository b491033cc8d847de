import type { StageRecord, StageSummary, VersionRecord, VersionSummary } from './types.js';

/** The keys of a version record its summary keeps. */
export const VERSION_SUMMARY_KEYS = [
  'kind',
  'model',
  'version',
  'commit',
  'created',
  'fingerprint',
  'metrics',
  'passed',
  'evalSettings',
] as const satisfies readonly (keyof VersionSummary)[];

/** The keys of a stage record its summary keeps. */
export const STAGE_SUMMARY_KEYS = [
  'kind',
  'model',
  'version',
  'stage',
  'n',
  'created',
  'promotedBy',
  'runUrl',
] as const satisfies readonly (keyof StageSummary)[];

/** A version record's summary: a new object holding only the summary keys. */
export function summarize(record: VersionRecord): VersionSummary;
/** A stage record's summary. */
export function summarize(record: StageRecord): StageSummary;
export function summarize(record: VersionRecord | StageRecord): VersionSummary | StageSummary;
export function summarize(record: VersionRecord | StageRecord): VersionSummary | StageSummary {
  if (record.kind === 'version') {
    const { kind, model, version, commit, created, fingerprint, metrics, passed, evalSettings } =
      record;
    return { kind, model, version, commit, created, fingerprint, metrics, passed, evalSettings };
  }
  const { kind, model, version, stage, n, created, promotedBy, runUrl } = record;
  return { kind, model, version, stage, n, created, promotedBy, runUrl };
}
