import type { Changed, Fingerprint } from '../core/fingerprint/types.js';
import type { Check } from '../core/gate/types.js';
import type { VersionRecord, VersionRef } from '../core/registry/types.js';
import type { AppContext } from './context.js';

export interface EvaluateOptions {
  /** `--baseline REF`: a version in any accepted form or a git revision. */
  readonly baseline?: string;
  /** Run the eval even when the baseline's metrics could be reused. */
  readonly force?: boolean;
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
  readonly metrics: Readonly<Record<string, number>>;
  readonly checks: readonly Check[];
  readonly changed: Changed;
  /** Hash of the eval settings that produced the metrics. */
  readonly evalSettings: string;
  /** The Markdown report. */
  readonly report: string;
}

/** STUB (issue 5 replaces): fingerprint, baseline, run or reuse the eval, gate, report. */
export async function evaluate(
  _ctx: AppContext,
  _options: EvaluateOptions = {},
): Promise<EvalOutcome> {
  throw new Error('evaluate: not implemented yet');
}
