/**
 * The normalised, immutable manifest every other part of Lepton receives.
 * Raw YAML never leaves `core/manifest`: defaults are filled, durations are in
 * milliseconds and percentages are parsed here, once.
 */
export type BumpLevel = 'major' | 'minor' | 'patch' | 'none';
export type CheckLevel = 'error' | 'warn';
/** A `max_drop` / `max_rise` bound: absolute units of the metric, or percent of the baseline value. */
export type RelativeBound = {
    readonly kind: 'absolute';
    readonly value: number;
} | {
    readonly kind: 'percent';
    readonly value: number;
};
export interface Threshold {
    readonly metric: string;
    readonly min?: number;
    readonly max?: number;
    readonly maxDrop?: RelativeBound;
    readonly maxRise?: RelativeBound;
    readonly level: CheckLevel;
    /** `noise: warn` (eval thresholds only): a relative break inside the noise warns. Absent: off. */
    readonly noise?: 'warn';
}
/** A component or a data set: a name and the globs (POSIX, relative to the manifest's folder) it covers. */
export interface Part {
    readonly name: string;
    readonly paths: readonly string[];
}
export interface EvalSpec {
    readonly command: string;
    /** Relative to the manifest's directory, POSIX. */
    readonly workdir: string;
    readonly metrics: readonly string[];
    /**
     * `eval.paths`: globs of the eval's own files (scripts, harnesses, fixtures) besides those the
     * command names; hashed into the eval settings, not the fingerprint. Relative to the
     * manifest's directory, POSIX. Absent or empty: none.
     */
    readonly paths?: readonly string[];
    /**
     * `eval.samples`: the per-example results file the command writes (relative to the manifest's
     * directory, POSIX), for confidence intervals and `noise: warn`. Absent: none.
     */
    readonly samples?: string;
    /**
     * `eval.min_samples`: the examples this run and the baseline must each have before
     * `noise: warn` may excuse a break as noise. Absent: 30 (`DEFAULT_MIN_SAMPLES`).
     */
    readonly minSamples?: number;
    /** null: no time limit. */
    readonly timeoutMs: number | null;
    readonly env: Readonly<Record<string, string>>;
    readonly thresholds: readonly Threshold[];
    /** `eval.shards`: how many shards `eval --shard I/N` splits the eval into (1: not sharded). */
    readonly shards?: number;
    /** `eval.merge`: how shards combine, per metric (absent: mean weighted by `n`). */
    readonly merge?: Readonly<Record<string, MergeRule>>;
}
/** How one metric of several shards combines into the whole eval's. */
export type MergeRule = 'mean' | 'sum' | 'min' | 'max';
export interface Stage {
    readonly name: string;
    /** The stage a version must have held before this one, or null. */
    readonly after: string | null;
    /** The stage's own thresholds; the eval thresholds apply on top (see `stageThresholds`). */
    readonly thresholds: readonly Threshold[];
    /** How `lepton monitor` watches the stage's holder, or null. */
    readonly monitor: Monitor | null;
    /** How a version reaches the stage (contract §7), or null. */
    readonly deploy: DeployHook | null;
}
/** A stage's deploy hook (contract §7). */
export interface DeployHook {
    /** Run by `sh -c` in the manifest's folder. */
    readonly command: string;
    /** null: no time limit. */
    readonly timeoutMs: number | null;
    /** The GitHub environment (default: the stage's name). */
    readonly environment: string;
    /** Where the deployed model serves, or null. */
    readonly url: string | null;
    /** Withdraw a version whose deploy failed and redeploy the previous holder (default true). */
    readonly rollbackOnFailure: boolean;
}
/** A stage's production monitor (contract §9). */
export interface Monitor {
    /** The Prometheus base URL, or null to take it from the environment. */
    readonly prometheus: string | null;
    /** Metric → PromQL query template (`$model`, `$version`, `$stage`). */
    readonly queries: Readonly<Record<string, string>>;
    /** On the live values; relative bounds compare with the version's recorded eval metrics. */
    readonly thresholds: readonly Threshold[];
    readonly rollback: boolean;
}
export interface Manifest {
    readonly version: 1;
    readonly model: string;
    readonly description: string | null;
    readonly components: readonly Part[];
    readonly data: readonly Part[];
    readonly eval: EvalSpec;
    readonly artifacts: readonly string[];
    /** `artifacts.store`: `oci://REGISTRY/PREFIX` (the model's name is appended), or null. */
    readonly store: string | null;
    /** In declaration order. */
    readonly stages: readonly Stage[];
    readonly versioning: {
        readonly first: string;
        readonly bump: {
            readonly components: BumpLevel;
            readonly data: BumpLevel;
        };
    };
}
/** One problem in a manifest, with where it is. */
export interface ManifestIssue {
    readonly file: string;
    /** 1-based. */
    readonly line: number;
    /** 1-based. */
    readonly column: number;
    /** Dotted key path (`eval.thresholds.accuracy.min`), `<root>` for the document itself. */
    readonly path: string;
    readonly message: string;
    readonly hint?: string;
}
