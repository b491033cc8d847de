import type { Changed, Fingerprint } from '../core/fingerprint/types.js';
import { type ThresholdChange } from '../core/gate/threshold-changes.js';
import type { Check } from '../core/gate/types.js';
import { type IgnoredValue, type LeafValue, type MetricsRead } from '../core/metrics/index.js';
import type { Registry, SkippedTag, VersionRecord, VersionRef } from '../core/registry/types.js';
import type { AppContext } from './context.js';
import { type NoiseOutcome } from './noise.js';
import { type Trend } from '../core/report/trend.js';
export interface EvaluateOptions {
    /** `--baseline REF`: a version in any accepted form or a git revision. */
    readonly baseline?: string;
    /** Run the eval even when the baseline's metrics (or the eval cache's) could be reused. */
    readonly force?: boolean;
    /**
     * Between SIGTERM and SIGKILL when the eval's processes are stopped (timeout,
     * interrupt, leftovers). Default: `LEPTON_KILL_GRACE_MS` from the context's
     * env, else 10 s.
     */
    readonly killGraceMs?: number;
    /**
     * Fetch the model's tags and history first when the clone lacks them (the CLI; the Action
     * fetches on its own). A missing remote is a warning here.
     */
    readonly fetchHistory?: boolean;
    /**
     * The metrics measured elsewhere (merged shards, app/shards.ts), given this checkout's
     * fingerprint and eval settings: used instead of running or reusing the eval.
     */
    readonly measured?: (fingerprint: string, evalSettings: string) => Promise<MetricsRead>;
    /** The model's registry as the caller read it a moment ago (record does): not read again. */
    readonly registry?: Registry;
    /**
     * The fingerprint as the caller started taking it a moment ago, nothing having been written
     * to the model's files since (record: beside its history fetch): not taken again.
     */
    readonly fingerprint?: Promise<Fingerprint>;
}
/** What `lepton eval` found: the contract's `eval --json` shape plus what record needs. */
export interface EvalOutcome {
    readonly model: string;
    readonly fingerprint: Fingerprint;
    readonly passed: boolean;
    readonly reused: boolean;
    /** The version whose metrics were reused (or restored from cache: null version), null when the eval ran. */
    readonly reusedFrom: VersionRef | null;
    readonly baseline: VersionRef | null;
    readonly baselineRecord: VersionRecord | null;
    /** Tags passed over as the baseline (no record with metrics, not a commit, a forged record), and why. */
    readonly skipped: readonly SkippedTag[];
    /** This run's finite numeric metrics (NaN, ±Infinity and non-numbers are left out; their checks say why). */
    readonly metrics: Readonly<Record<string, number>>;
    readonly checks: readonly Check[];
    readonly changed: Changed;
    /** Hash of the eval settings that produced the metrics. */
    readonly evalSettings: string;
    /**
     * Values of the metrics files that are not finite numbers and have no
     * threshold (a threshold's check says why instead), by metric name. When
     * metrics are reused from a version, its record's; from the eval cache, none.
     */
    readonly ignored: readonly IgnoredValue[];
    /** Intervals and changes from `eval.samples` (contract §11); null without one. */
    readonly noise: NoiseOutcome | null;
    /** Noise notes for the report (a missing baseline sample set, an unpaired interval). */
    readonly noiseNotes: readonly string[];
    /** The recorded versions' values for the Markdown report's trend charts; null without a registry. */
    readonly trend: Trend | null;
    /**
     * How the thresholds that decided differ from the baseline's (core/gate/threshold-changes.ts);
     * empty without a baseline or when they are the same.
     */
    readonly thresholdChanges: readonly ThresholdChange[];
    /**
     * Where the baseline's thresholds were read: its `lepton.yml` at its commit, or (that file
     * gone or no longer valid) its record's checks; null without a baseline.
     */
    readonly thresholdsFrom: 'manifest' | 'checks' | null;
}
/** The contract's `eval --json` document (record adds its own keys to it). */
export declare function evalJson(outcome: EvalOutcome): {
    thresholdChanges: readonly ThresholdChange[];
    intervals?: Readonly<Record<string, import("../core/noise/bootstrap.js").Interval>> | undefined;
    changes?: Readonly<Record<string, import("../core/noise/bootstrap.js").ChangeInterval>> | undefined;
    samples?: import("../core/noise/run.js").SamplesRef | null | undefined;
    model: string;
    fingerprint: string;
    passed: boolean;
    reused: boolean;
    baseline: {
        version: string;
        tag: string;
    } | null;
    metrics: Readonly<Record<string, number>>;
    checks: readonly Check[];
    changed: Changed;
    skipped: {
        tag: string;
        reason: string;
    }[];
    ignored: {
        metric: string;
        value: LeafValue;
    }[];
};
/**
 * The eval cache key: model, fingerprint and eval settings — the same three
 * things that decide reuse from a baseline. A hit counts as reused, from no
 * particular version (`reusedFrom: null`).
 */
export declare function evalCacheKey(model: string, fingerprint: string, settings: string): string;
/**
 * Fingerprint, baseline, run or reuse the eval, gate. Returns data only: the shells render it
 * (`evalMarkdown`, `evalText` in core/report/eval.ts).
 */
export declare function evaluate(ctx: AppContext, options?: EvaluateOptions): Promise<EvalOutcome>;
