import type { Check } from '../gate/types.js';

/** Where a version's record points for a baseline. */
export interface VersionRef {
  /** `X.Y.Z`, no `v`. */
  readonly version: string;
  /** The full tag name, `MODEL@vX.Y.Z`. */
  readonly tag: string;
}

/** The JSON record carried in a version tag's message (`lepton show --json` reads it back). */
export interface VersionRecord {
  readonly kind: 'version';
  readonly schema: 1;
  readonly model: string;
  readonly version: string;
  readonly commit: string;
  /** ISO 8601. */
  readonly created: string;
  readonly fingerprint: string;
  readonly components: Readonly<Record<string, string>>;
  readonly data: Readonly<Record<string, string>>;
  readonly metrics: Readonly<Record<string, number>>;
  readonly checks: readonly Check[];
  readonly passed: boolean;
  readonly baseline: VersionRef | null;
  /** Hash of the eval settings (command, workdir, env, metrics paths, timeout) that produced the metrics. */
  readonly evalSettings: string;
  /** True when the metrics were reused from the baseline rather than computed by this run. */
  readonly reused: boolean;
  readonly runUrl: string | null;
  readonly artifact: { readonly id: number; readonly url: string | null } | null;
}

/** The JSON record carried in a stage tag's message. */
export interface StageRecord {
  readonly kind: 'stage';
  readonly schema: 1;
  readonly model: string;
  readonly version: string;
  readonly stage: string;
  readonly n: number;
  readonly created: string;
  readonly checks: readonly Check[];
  /** Who or what promoted: `user <email>` locally, `github-actions (workflow run URL)` in CI. */
  readonly promotedBy: string;
  readonly runUrl: string | null;
}
