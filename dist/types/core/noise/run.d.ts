import { type ChangeInterval, type Interval } from './bootstrap.js';
import { type Samples } from './samples.js';
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
export declare function sampleMeans(samples: Samples): Record<string, number>;
/**
 * The metrics with each samples column's mean added: a column the metrics files lack becomes a
 * metric of its own (its mean); a column the metrics files have must agree with it to the
 * precision the file wrote (0.912 covers means in [0.9115, 0.9125]), since its interval is
 * read as that metric's.
 *
 * @param source the samples file, for the message
 * @throws LeptonError kind `eval` naming every metric whose file value and column mean disagree
 */
export declare function withSampleMeans(metrics: Readonly<Record<string, number>>, samples: Samples, source: string): Record<string, number>;
/** Each column's mean with its 95% percentile-bootstrap interval, seeded from `fingerprint`. */
export declare function intervalsOf(samples: Samples, fingerprint: string): Record<string, Interval>;
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
export declare function changesOf(current: Samples, baseline: Samples, fingerprint: string, baselineLabel: string, only?: ReadonlySet<string>): Changes;
