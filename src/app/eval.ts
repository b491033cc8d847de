import { resolve } from 'node:path';
import { changedParts } from '../core/fingerprint/changed.js';
import { evalSettingsWithFiles } from '../core/fingerprint/eval-files.js';
import type { Changed, Fingerprint } from '../core/fingerprint/types.js';
import { LeptonError } from '../core/errors/index.js';
import { checkThresholds } from '../core/gate/check.js';
import { thresholdChanges, type ThresholdChange } from '../core/gate/threshold-changes.js';
import type { Check } from '../core/gate/types.js';
import {
  emptyRecord,
  evalSettingsHash,
  ignoredValues,
  type IgnoredValue,
  type LeafValue,
  type MetricsRead,
} from '../core/metrics/index.js';
import { oneLine } from '../core/report/escape.js';
import { baselineWarnings } from '../core/report/eval.js';
import type { Registry, SkippedTag, VersionRecord, VersionRef } from '../core/registry/types.js';
import { readMetricsFiles, runEvalCommand, snapshotMetricsFiles } from '../io/eval/index.js';
import {
  chooseBaseline,
  readRecord,
  readRegistry,
  type BaselineChoice,
} from '../io/registry/index.js';
import { metricsKeyLocation } from './key-location.js';
import type { AppContext } from './context.js';
import { ensureHistory } from './ensure-history.js';
import {
  gateWithNoise,
  mergeSampleMeans,
  noiseOf,
  readRunSamples,
  samplesPaths,
  type NoiseOutcome,
} from './noise.js';
import type { Samples } from '../core/noise/samples.js';
import { trendOf, type Trend } from '../core/report/trend.js';
import { untrustedRecord } from './verify.js';
import { fingerprintProject } from './status.js';
import { baselineThresholds } from './baseline-thresholds.js';

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
export function evalJson(outcome: EvalOutcome) {
  return {
    model: outcome.model,
    fingerprint: outcome.fingerprint.fingerprint,
    passed: outcome.passed,
    reused: outcome.reused,
    baseline: outcome.baseline && { version: outcome.baseline.version, tag: outcome.baseline.tag },
    metrics: outcome.metrics,
    checks: outcome.checks,
    changed: outcome.changed,
    skipped: outcome.skipped.map((s) => ({ tag: s.tag, reason: s.reason })),
    ignored: outcome.ignored.map(({ metric, value }) => ({ metric, value })),
    ...(outcome.noise && {
      intervals: outcome.noise.intervals,
      changes: outcome.noise.changes,
      samples: outcome.noise.samples,
    }),
    thresholdChanges: outcome.thresholdChanges,
  };
}

/**
 * The eval cache key: model, fingerprint and eval settings — the same three
 * things that decide reuse from a baseline. A hit counts as reused, from no
 * particular version (`reusedFrom: null`).
 */
export function evalCacheKey(model: string, fingerprint: string, settings: string): string {
  const hex = (h: string) => h.replace(/^sha256:/, '');
  return `lepton-eval-1-${model}-${hex(fingerprint)}-${hex(settings)}`;
}

function killGrace(ctx: AppContext, options: EvaluateOptions): number {
  if (options.killGraceMs !== undefined) return options.killGraceMs;
  return ctx.settings.killGraceMs;
}

function childEnv(
  ctx: AppContext,
  fp: Fingerprint,
  baseline: VersionRef | null,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(ctx.env)) if (v !== undefined) env[k] = v;
  return {
    ...env,
    ...ctx.manifest.eval.env,
    LEPTON_MODEL: ctx.manifest.model,
    LEPTON_FINGERPRINT: fp.fingerprint,
    LEPTON_BASELINE_VERSION: baseline?.version ?? '',
  };
}

/** Runs the eval command and reads the metrics files it must have written. */
async function runEval(
  ctx: AppContext,
  fp: Fingerprint,
  baseline: VersionRef | null,
  options: EvaluateOptions,
): Promise<{ read: MetricsRead; samples: Samples | null }> {
  const spec = ctx.manifest.eval;
  const before = await snapshotMetricsFiles(ctx.modelDir, [...spec.metrics, ...samplesPaths(spec)]);
  const run = await ctx.log.group(`eval: ${oneLine(spec.command, 100)}`, () =>
    runEvalCommand({
      command: spec.command,
      cwd: resolve(ctx.modelDir, spec.workdir),
      env: childEnv(ctx, fp, baseline),
      timeoutMs: spec.timeoutMs,
      killGraceMs: killGrace(ctx, options),
      output: (chunk) => ctx.log.output(chunk),
      warn: (message) => ctx.log.warn(message),
      ...(ctx.signal && { signal: ctx.signal }),
    }),
  );
  ctx.log.info(`eval finished in ${(run.durationMs / 1000).toFixed(1)}s`);
  const read = await readMetricsFiles(ctx.modelDir, spec.metrics, before, run.startedAtMs, () =>
    metricsKeyLocation(ctx),
  );
  const samples = await readRunSamples(ctx, before, run.startedAtMs);
  return { read: { ...read, values: mergeSampleMeans(ctx, read.values, samples) }, samples };
}

async function restoreCached(ctx: AppContext, key: string): Promise<MetricsRead | null> {
  if (!ctx.evalCache) return null;
  try {
    const cached = await ctx.evalCache.restore(key);
    if (!cached) return null;
    const values = emptyRecord<number>();
    for (const [k, v] of Object.entries(cached)) if (typeof v === 'number') values[k] = v;
    return { values, nonNumeric: emptyRecord(), nonNumericValues: emptyRecord() };
  } catch (e) {
    ctx.log.warn(`eval cache not read: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

async function saveCached(
  ctx: AppContext,
  key: string,
  metrics: Record<string, number>,
): Promise<void> {
  if (!ctx.evalCache) return;
  try {
    await ctx.evalCache.save(key, metrics);
  } catch (e) {
    ctx.log.warn(`eval cache not saved: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function finite(values: Readonly<Record<string, number>>): Record<string, number> {
  const out = emptyRecord<number>();
  for (const [k, v] of Object.entries(values)) if (Number.isFinite(v)) out[k] = v;
  return out;
}

/** A version's recorded metrics as read again: its numbers, and the values it recorded as ignored. */
function fromRecord(record: VersionRecord): MetricsRead {
  const nonNumeric = emptyRecord<string>();
  const nonNumericValues = emptyRecord<LeafValue>();
  for (const i of record.ignored ?? []) {
    nonNumeric[i.metric] = i.what ?? JSON.stringify(i.value);
    nonNumericValues[i.metric] = i.value;
  }
  return { values: record.metrics, nonNumeric, nonNumericValues };
}

/**
 * Fingerprint, baseline, run or reuse the eval, gate. Returns data only: the shells render it
 * (`evalMarkdown`, `evalText` in core/report/eval.ts).
 */
export async function evaluate(
  ctx: AppContext,
  options: EvaluateOptions = {},
): Promise<EvalOutcome> {
  const m = ctx.manifest;
  if (!ctx.repoRoot && options.baseline !== undefined) {
    throw new LeptonError('invalid', '--baseline needs a git repository (versions are git tags)');
  }
  if (options.fetchHistory) await ensureHistory(ctx);
  const [fp, registry] = await Promise.all([
    options.fingerprint ?? fingerprintProject(ctx, { deferSave: true }),
    ctx.repoRoot ? (options.registry ?? readRegistry(ctx.git, m.model)) : null,
  ]);
  // The eval's own files (the command's scripts, eval.paths) are eval settings (CONTRACT §2).
  const settings = evalSettingsWithFiles(evalSettingsHash(m.eval), fp.evalFiles);
  // A baseline whose metrics would be reused must be shown to describe its commit's content
  // first: a forged record carrying the current fingerprint would otherwise pass its numbers
  // off as this run's. One that does not is passed over, and the next is tried.
  const excluded = new Map<string, string>();
  let choice: BaselineChoice = { entry: null, skipped: [] };
  // Each round excludes one version more, so this ends; the bound only makes that plain.
  for (let round = 0; registry && round <= registry.versions.length; round++) {
    choice = await chooseBaseline(ctx.git, registry, options.baseline, excluded);
    const e = choice.entry;
    const reusable =
      e?.summary?.fingerprint === fp.fingerprint && e.summary.evalSettings === settings;
    if (!e || options.force || !reusable) break;
    const why = await untrustedRecord(ctx, e);
    if (why === null) break;
    excluded.set(e.tag, `not trusted: ${why}`);
  }
  const entry = choice.entry;
  const baseline: VersionRef | null = entry && { version: entry.version, tag: entry.tag };
  // The baseline's whole record: its parts' hashes say what changed, and a reuse copies it.
  const record = entry && (await readRecord(ctx.git, entry));
  for (const line of baselineWarnings(choice.skipped, []).skipped) ctx.log.warn(line);
  // Read beside the eval (one git call): what the baseline was gated by.
  const before = baselineThresholds(ctx, record);
  before.catch(() => undefined);
  const changed = {
    ...changedParts(fp, record),
    ...(record && record.evalSettings !== settings && { eval: true }),
  };

  let read: MetricsRead;
  let reused = false;
  let reusedFrom: VersionRef | null = null;
  let samples: Samples | null = null;
  // The eval cache holds metrics only: with samples, the eval runs so its examples are there.
  const withSamples = m.eval.samples !== undefined;
  const cacheKey = evalCacheKey(m.model, fp.fingerprint, settings);
  const sameAsBaseline =
    baseline !== null &&
    record !== null &&
    record.fingerprint === fp.fingerprint &&
    record.evalSettings === settings;
  const cached =
    options.force || options.measured || withSamples || sameAsBaseline
      ? null
      : await restoreCached(ctx, cacheKey);
  if (options.measured) {
    read = await options.measured(fp.fingerprint, settings);
  } else if (!options.force && sameAsBaseline && baseline && record) {
    ctx.log.info(
      `eval: reusing the metrics of v${baseline.version} (same fingerprint and eval settings; --force runs it anyway)`,
    );
    read = fromRecord(record);
    reused = true;
    reusedFrom = baseline;
  } else if (cached) {
    ctx.log.info('eval: reusing metrics from the eval cache (same fingerprint and eval settings)');
    read = cached;
    reused = true;
  } else {
    ({ read, samples } = await runEval(ctx, fp, baseline, options));
    if (!withSamples) await saveCached(ctx, cacheKey, finite(read.values));
  }

  // The baseline always has a record with metrics (chooseBaseline passes over the others).
  const pointGate = checkThresholds({
    thresholds: m.eval.thresholds,
    metrics: read.values,
    nonNumeric: read.nonNumeric,
    baseline: record?.metrics ?? null,
    ...(baseline && { baselineVersion: baseline.version }),
  });
  const noise = await noiseOf(ctx, {
    samples,
    fingerprint: fp.fingerprint,
    baseline,
    baselineRecord: record,
    reusedRecord: reusedFrom ? record : null,
  });
  const { gate, notes: noiseNotes } = gateWithNoise(ctx, pointGate, noise, baseline !== null);
  for (const line of noiseNotes) ctx.log.info(line);
  for (const line of baselineWarnings([], gate.checks).newMetrics) ctx.log.warn(line);
  const metrics = finite(read.values);
  const ignored = ignoredValues(read, new Set(m.eval.thresholds.map((t) => t.metric)));
  const trend = registry ? trendOf(registry.versions, gate.checks, metrics) : null;
  const was = await before;
  const changes = was
    ? thresholdChanges(
        was.thresholds,
        {
          eval: m.eval.thresholds,
          // A record's checks know nothing of stages: only the eval's thresholds are compared.
          stages:
            was.from === 'manifest'
              ? m.stages.map((s) => ({ name: s.name, thresholds: s.thresholds }))
              : [],
        },
        record?.metrics ?? null,
      )
    : [];

  return {
    model: m.model,
    fingerprint: fp,
    passed: gate.passed,
    reused,
    reusedFrom,
    baseline,
    baselineRecord: record,
    skipped: choice.skipped,
    metrics,
    checks: gate.checks,
    changed,
    evalSettings: settings,
    ignored,
    noise,
    noiseNotes,
    trend,
    thresholdChanges: changes,
    thresholdsFrom: was?.from ?? null,
  };
}
