import { LeptonError } from '../errors/index.js';
import {
  meanInterval,
  pairedChange,
  seedFrom,
  unpairedChange,
  type ChangeInterval,
  type Interval,
} from './bootstrap.js';
import { pairById, type Samples } from './samples.js';

/**
 * What a version records about its per-example values (contract §11): the git blob that holds
 * them (`codec.ts`) and how many examples it has.
 */
export interface SamplesRef {
  /** The git object id of the samples blob. */
  readonly blob: string;
  readonly n: number;
}

/** The mean of each samples column, by column name. */
export function sampleMeans(samples: Samples): Record<string, number> {
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [name, v] of Object.entries(samples.columns)) {
    let s = 0;
    for (let i = 0; i < v.length; i++) s += v[i] as number;
    out[name] = s / v.length;
  }
  return out;
}

/** Half a unit in the last decimal place `value` was written with (0.912 → 0.0005). */
function writtenPrecision(value: number): number {
  const text = String(value);
  if (/e/i.test(text)) return Math.abs(value) * 1e-9;
  const places = text.split('.')[1]?.length ?? 0;
  return 0.5 * 10 ** -places;
}

/**
 * The metrics with each samples column's mean added: a column the metrics files lack becomes a
 * metric of its own (its mean); a column the metrics files have must agree with it to the
 * precision the file wrote (0.912 covers means in [0.9115, 0.9125]), since its interval is
 * read as that metric's.
 *
 * @param source the samples file, for the message
 * @throws LeptonError kind `eval` naming every metric whose file value and column mean disagree
 */
export function withSampleMeans(
  metrics: Readonly<Record<string, number>>,
  samples: Samples,
  source: string,
): Record<string, number> {
  const out: Record<string, number> = Object.assign(
    Object.create(null) as Record<string, number>,
    metrics,
  );
  const problems: string[] = [];
  for (const [name, mean] of Object.entries(sampleMeans(samples))) {
    if (!Object.prototype.hasOwnProperty.call(metrics, name)) {
      out[name] = mean;
      continue;
    }
    const v = metrics[name] as number;
    const slack = writtenPrecision(v) + 1e-12 * Math.max(1, Math.abs(v));
    if (!(Math.abs(mean - v) <= slack)) {
      problems.push(
        `${name}: ${v} in the metrics file, but the mean of its samples column is ${mean} (n = ${samples.ids.length})`,
      );
    }
  }
  if (problems.length) {
    throw new LeptonError(
      'eval',
      `${source}: ${problems.length} samples column(s) disagree with the metric of the same name`,
      [
        ...problems,
        'a samples column is the per-example values whose mean is the metric; rename the column, or write the metric as that mean',
      ],
    );
  }
  return out;
}

/** Each column's mean with its 95% percentile-bootstrap interval, seeded from `fingerprint`. */
export function intervalsOf(samples: Samples, fingerprint: string): Record<string, Interval> {
  const seed = seedFrom(fingerprint);
  const out: Record<string, Interval> = Object.create(null) as Record<string, Interval>;
  for (const [name, v] of Object.entries(samples.columns)) out[name] = meanInterval(v, { seed });
  return out;
}

export interface Changes {
  /** metric → the interval of (this run − baseline). */
  readonly changes: Record<string, ChangeInterval>;
  /** Plain-text notes for the report (unpaired and why). */
  readonly notes: readonly string[];
}

/**
 * The change of every column both runs have, against the baseline's per-example values:
 * paired when the two runs scored exactly the same ids (matched by id), else unpaired, and the
 * notes say so. Seeded from this run's fingerprint, so a rerun gives the same intervals.
 *
 * @param only when given, just these metrics (those a relative threshold names)
 */
export function changesOf(
  current: Samples,
  baseline: Samples,
  fingerprint: string,
  baselineLabel: string,
  only?: ReadonlySet<string>,
): Changes {
  const seed = seedFrom(fingerprint);
  const changes: Record<string, ChangeInterval> = Object.create(null) as Record<
    string,
    ChangeInterval
  >;
  const unpaired: string[] = [];
  for (const name of Object.keys(current.columns).sort()) {
    const a = current.columns[name] as Float64Array;
    const b = baseline.columns[name];
    if (!b || (only && !only.has(name))) continue;
    const pair = pairById(current, baseline, name);
    if (pair) changes[name] = pairedChange(pair.current, pair.baseline, { seed });
    else {
      changes[name] = unpairedChange(a, b, { seed });
      unpaired.push(name);
    }
  }
  const notes = unpaired.length
    ? [
        `${unpaired.join(', ')}: unpaired intervals — the examples' ids differ from ${baselineLabel}'s (${current.ids.length} here, ${baseline.ids.length} there), so the change could not be matched example by example`,
      ]
    : [];
  return { changes, notes };
}
