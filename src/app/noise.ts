import { LeptonError } from '../core/errors/index.js';
import type { GateResult } from '../core/gate/types.js';
import type { EvalSpec } from '../core/manifest/types.js';
import type { ChangeInterval, Interval } from '../core/noise/bootstrap.js';
import { changesOf, intervalsOf, withSampleMeans, type SamplesRef } from '../core/noise/run.js';
import { parseSamples, type Samples } from '../core/noise/samples.js';
import { applyNoise, samplesFell } from '../core/noise/verdict.js';
import { samplesFellText } from '../core/report/noise.js';
import type { VersionRecord, VersionRef } from '../core/registry/types.js';
import { readEvalOutput, staleness, type Snapshot } from '../io/eval/metrics-files.js';
import {
  readSamplesBlob,
  samplesRef,
  writeSamplesBlob,
  writeSamplesRef,
} from '../io/noise/store.js';
import type { AppContext } from './context.js';
import { hasBlob } from '../io/git-files.js';

/** What noise-aware gating (contract §11) found for one eval. */
export interface NoiseOutcome {
  /** This run's metric → its mean, 95% interval and n (from `eval.samples`). */
  readonly intervals: Readonly<Record<string, Interval>>;
  /** metric → the interval of (this run − baseline), paired or unpaired. */
  readonly changes: Readonly<Record<string, ChangeInterval>>;
  /** The samples blob in this repository (null outside one, or when reused without a blob). */
  readonly samples: SamplesRef | null;
  /** Plain-text lines for the report: unpaired intervals, a baseline without samples. */
  readonly notes: readonly string[];
  /** How many examples the baseline recorded, when it recorded samples (null: unknown). */
  readonly baselineN?: number | null;
}

/** The samples path to snapshot with the metrics files before the eval runs. */
export const samplesPaths = (spec: EvalSpec): string[] => (spec.samples ? [spec.samples] : []);

/**
 * Reads `eval.samples` after the eval: like the metrics files, only a file this run wrote
 * counts (a stale one is an eval failure, never another run's examples). Null when the
 * manifest names no samples file.
 * @throws LeptonError kind `eval` when the file is stale or missing, or does not parse
 */
export async function readRunSamples(
  ctx: AppContext,
  before: Snapshot,
  startedAtMs: number,
): Promise<Samples | null> {
  const path = ctx.manifest.eval.samples;
  if (!path) return null;
  const problem = await staleness(ctx.modelDir, path, before, startedAtMs);
  if (problem) {
    throw new LeptonError(
      'eval',
      'the samples file was not written by this eval (never reading stale examples)',
      [problem],
    );
  }
  return parseSamples(path, await readEvalOutput(ctx.modelDir, path));
}

/** The metrics with the samples columns' means in them (see `withSampleMeans`). */
export function mergeSampleMeans(
  ctx: AppContext,
  metrics: Readonly<Record<string, number>>,
  samples: Samples | null,
): Readonly<Record<string, number>> {
  return samples
    ? withSampleMeans(metrics, samples, ctx.manifest.eval.samples ?? 'samples')
    : metrics;
}

export interface NoiseInput {
  /** This run's samples; null when the metrics were reused (then `reusedFrom` gives them). */
  readonly samples: Samples | null;
  readonly fingerprint: string;
  readonly baseline: VersionRef | null;
  readonly baselineRecord: VersionRecord | null;
  /** The record whose metrics were reused: its intervals and samples are this run's. */
  readonly reusedRecord?: VersionRecord | null;
  /** The remote to fetch the baseline's samples from (default `origin`). */
  readonly remote?: string;
}

/**
 * Intervals for this run and changes against the baseline's per-example values, fetched from
 * `refs/lepton/samples/MODEL/X.Y.Z` when this clone lacks the blob. Null when the manifest
 * names no samples file. Writes this run's samples as a git blob (the record names it).
 */
export async function noiseOf(ctx: AppContext, input: NoiseInput): Promise<NoiseOutcome | null> {
  if (!ctx.manifest.eval.samples) return null;
  if (!input.samples) {
    // Reused from a version with the same fingerprint and eval settings: nothing changed.
    const r = input.reusedRecord;
    return {
      intervals: r?.intervals ?? {},
      changes: {},
      samples: r?.samples ?? null,
      notes: r?.intervals
        ? []
        : ['no confidence intervals: the reused metrics came without samples'],
    };
  }
  const intervals = intervalsOf(input.samples, input.fingerprint);
  const samples = ctx.repoRoot
    ? { blob: await writeSamplesBlob(ctx.git, input.samples), n: input.samples.ids.length }
    : null;
  const notes: string[] = [];
  let changes: Record<string, ChangeInterval> = {};
  let baselineN: number | null = null;
  const { baseline, baselineRecord } = input;
  if (baseline && baselineRecord) {
    const label = `v${baseline.version}`;
    const stored = baselineRecord.samples;
    baselineN = stored?.n ?? null;
    const n = input.samples.ids.length;
    if (baselineN !== null && samplesFell(n, baselineN))
      notes.push(samplesFellText(n, baselineN, label));
    const theirs =
      stored && ctx.repoRoot
        ? await readSamplesBlob(ctx.git, stored.blob, {
            remote: input.remote ?? 'origin',
            ref: samplesRef(ctx.manifest.model, baseline.version),
          })
        : null;
    if (theirs) {
      baselineN = theirs.ids.length;
      const c = changesOf(input.samples, theirs, input.fingerprint, label);
      changes = c.changes;
      notes.push(...c.notes);
    } else {
      notes.push(
        stored
          ? `no change intervals: the samples of ${label} (${stored.blob.slice(0, 12)}) are neither here nor on the remote; relative checks use the point estimates`
          : `no change intervals: ${label} recorded no per-example samples; relative checks use the point estimates`,
      );
    }
  }
  return { intervals, changes, samples, notes, baselineN };
}

/**
 * The gate with `noise: warn` applied (see `applyNoise`), and a note for each such threshold
 * whose metric got no change interval (it was judged on the point estimate).
 */
export function gateWithNoise(
  ctx: AppContext,
  gate: GateResult,
  noise: NoiseOutcome | null,
  hasBaseline: boolean,
): { gate: GateResult; notes: string[] } {
  if (!noise) return { gate, notes: [] };
  const noisy = new Set(ctx.manifest.eval.thresholds.filter((t) => t.noise).map((t) => t.metric));
  const notes = [...noise.notes];
  if (hasBaseline && Object.keys(noise.changes).length > 0) {
    for (const m of noisy) {
      if (!noise.changes[m])
        notes.push(
          `${m}: noise: warn, but the samples of both runs have no column ${m}; judged on the point estimate`,
        );
    }
  }
  const options = {
    ...(ctx.manifest.eval.minSamples !== undefined && { minSamples: ctx.manifest.eval.minSamples }),
    baselineN: noise.baselineN ?? null,
  };
  return { gate: applyNoise(gate, noise.changes, noisy, options), notes };
}

/** The record's noise fields (absent without samples, so records without them stay as they were). */
export function noiseRecordFields(
  noise: NoiseOutcome | null | undefined,
): Pick<VersionRecord, 'intervals' | 'samples'> {
  if (!noise) return {};
  return {
    ...(Object.keys(noise.intervals).length > 0 && { intervals: noise.intervals }),
    ...(noise.samples && { samples: noise.samples }),
  };
}

/**
 * The samples ref to push with a version's tag, in the same atomic push: none when the record
 * names no samples, or when this clone lacks the blob (a version recorded elsewhere).
 */
export async function samplesPush(
  ctx: AppContext,
  record: VersionRecord | null,
): Promise<{ ref: string; object: string }[]> {
  const blob = record?.samples?.blob;
  if (!record || !blob || !(await hasBlob(ctx.git, blob))) return [];
  return [{ ref: samplesRef(record.model, record.version), object: blob }];
}

/** Points this clone's samples ref at the version's blob (left alone when it exists). */
export async function keepSamplesRef(ctx: AppContext, record: VersionRecord | null): Promise<void> {
  const blob = record?.samples?.blob;
  if (!record || !blob || !(await hasBlob(ctx.git, blob))) return;
  await writeSamplesRef(ctx.git, record.model, record.version, blob);
}
