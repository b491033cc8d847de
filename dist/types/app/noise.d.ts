import type { GateResult } from '../core/gate/types.js';
import type { EvalSpec } from '../core/manifest/types.js';
import type { ChangeInterval, Interval } from '../core/noise/bootstrap.js';
import { type SamplesRef } from '../core/noise/run.js';
import { type Samples } from '../core/noise/samples.js';
import type { VersionRecord, VersionRef } from '../core/registry/types.js';
import { type Snapshot } from '../io/eval/metrics-files.js';
import type { AppContext } from './context.js';
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
export declare const samplesPaths: (spec: EvalSpec) => string[];
/**
 * Reads `eval.samples` after the eval: like the metrics files, only a file this run wrote
 * counts (a stale one is an eval failure, never another run's examples). Null when the
 * manifest names no samples file.
 * @throws LeptonError kind `eval` when the file is stale or missing, or does not parse
 */
export declare function readRunSamples(ctx: AppContext, before: Snapshot, startedAtMs: number): Promise<Samples | null>;
/** The metrics with the samples columns' means in them (see `withSampleMeans`). */
export declare function mergeSampleMeans(ctx: AppContext, metrics: Readonly<Record<string, number>>, samples: Samples | null): Readonly<Record<string, number>>;
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
export declare function noiseOf(ctx: AppContext, input: NoiseInput): Promise<NoiseOutcome | null>;
/**
 * The gate with `noise: warn` applied (see `applyNoise`), and a note for each such threshold
 * whose metric got no change interval (it was judged on the point estimate).
 */
export declare function gateWithNoise(ctx: AppContext, gate: GateResult, noise: NoiseOutcome | null, hasBaseline: boolean): {
    gate: GateResult;
    notes: string[];
};
/** The record's noise fields (absent without samples, so records without them stay as they were). */
export declare function noiseRecordFields(noise: NoiseOutcome | null | undefined): Pick<VersionRecord, 'intervals' | 'samples'>;
/**
 * The samples ref to push with a version's tag, in the same atomic push: none when the record
 * names no samples, or when this clone lacks the blob (a version recorded elsewhere).
 */
export declare function samplesPush(ctx: AppContext, record: VersionRecord | null): Promise<{
    ref: string;
    object: string;
}[]>;
/** Points this clone's samples ref at the version's blob (left alone when it exists). */
export declare function keepSamplesRef(ctx: AppContext, record: VersionRecord | null): Promise<void>;
