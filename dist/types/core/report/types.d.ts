import type { Changed } from '../fingerprint/types.js';
import type { Check } from '../gate/types.js';
import type { IgnoredValue } from '../metrics/types.js';
import type { ChangeInterval, Interval } from '../noise/bootstrap.js';
import type { VersionRef } from '../registry/types.js';
import type { ThresholdChange } from '../gate/threshold-changes.js';
import type { Trend } from './trend.js';
/** Everything a report shows. Build it from an `EvalOutcome` (see app/eval `reportInputOf`). */
export interface ReportInput {
    readonly model: string;
    readonly passed: boolean;
    readonly baseline: VersionRef | null;
    /** The baseline's recorded metrics; null without a baseline (or when its tag records none). */
    readonly baselineMetrics: Readonly<Record<string, number>> | null;
    /** This run's metrics (finite numbers). */
    readonly metrics: Readonly<Record<string, number>>;
    readonly checks: readonly Check[];
    readonly changed: Changed;
    readonly reused: boolean;
    /** The version whose metrics were reused; null with `reused` means the eval cache supplied them. */
    readonly reusedFrom: VersionRef | null;
    /** Values that are not finite numbers and have no threshold: listed as "not numbers", never dropped. */
    readonly ignored?: readonly IgnoredValue[];
    /**
     * Extra plain-text lines shown under the headline (escaped here), for the
     * shells' own news: `Recorded sentiment@v1.3.0`, `Promoted to staging`.
     */
    readonly notes?: readonly string[];
    /**
     * Warnings about what the gate compared (plain text, escaped here): tags passed over as the
     * baseline and why, relative checks on metrics the baseline lacks. Shown under the baseline.
     */
    readonly baselineWarnings?: readonly string[];
    /** This run's metric → mean and 95% bootstrap interval, from `eval.samples` (contract §11). */
    readonly intervals?: Readonly<Record<string, Interval>>;
    /** Metric → the interval of its change against the baseline, paired or unpaired. */
    readonly changeIntervals?: Readonly<Record<string, ChangeInterval>>;
    /** The recorded versions' values for the Markdown report's trend charts (`trend.ts`). */
    readonly trend?: Trend;
    /**
     * How the thresholds that decided differ from the baseline's: listed under the baseline, and
     * any that loosens the gate is named in the headline (never a plain green).
     */
    readonly thresholdChanges?: readonly ThresholdChange[];
    /**
     * Where the baseline's thresholds were read (app/baseline-thresholds.ts): its `lepton.yml` at
     * its commit, or its record's checks (eval thresholds only). Absent: not said.
     */
    readonly thresholdsFrom?: 'manifest' | 'checks';
    /**
     * Links shown last (`Artifact: [name](url)`), inside the report's budget: `label` and `text`
     * are escaped unless plainly safe, and a URL that is not http(s) is shown as text, unlinked.
     */
    readonly links?: readonly ReportLink[];
}
/** One link of a report: `LABEL: [TEXT](URL)`. */
export interface ReportLink {
    readonly label: string;
    readonly text: string;
    readonly url: string;
}
export interface ReportOptions {
    /** The Markdown report's cap; GitHub refuses comments over 65,536 characters. */
    readonly maxLength?: number;
}
