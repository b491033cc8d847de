import type {
  StageRecord,
  StageSummary,
  TagRecord,
  TagSummary,
  UnassignRecord,
  UnassignSummary,
  VersionRecord,
  VersionSummary,
} from './types.js';

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

/** The keys of an unassignment record its summary keeps (all but `schema`). */
export const UNASSIGN_SUMMARY_KEYS = [
  'kind',
  'model',
  'stage',
  'version',
  'n',
  'from',
  'to',
  'reason',
  'by',
  'at',
  'runUrl',
  'exitCode',
] as const satisfies readonly (keyof UnassignSummary)[];

/** A version record's summary: a new object holding only the summary keys. */
export function summarize(record: VersionRecord): VersionSummary;
/** A stage record's summary. */
export function summarize(record: StageRecord): StageSummary;
/** An unassignment record's summary (`exitCode` only when the record has one). */
export function summarize(record: UnassignRecord): UnassignSummary;
export function summarize(record: TagRecord): TagSummary;
export function summarize(record: TagRecord): TagSummary {
  if (record.kind === 'version') {
    const { kind, model, version, commit, created, fingerprint, metrics, passed, evalSettings } =
      record;
    return { kind, model, version, commit, created, fingerprint, metrics, passed, evalSettings };
  }
  if (record.kind === 'unassign') {
    const { kind, model, stage, version, n, from, to, reason, by, at, runUrl, exitCode } = record;
    return {
      kind,
      model,
      stage,
      version,
      n,
      from,
      to,
      reason,
      by,
      at,
      runUrl,
      ...(exitCode !== undefined && { exitCode }),
    };
  }
  const { kind, model, version, stage, n, created, promotedBy, runUrl } = record;
  return { kind, model, version, stage, n, created, promotedBy, runUrl };
}
