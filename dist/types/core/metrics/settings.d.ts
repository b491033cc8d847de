import type { EvalSpec } from '../manifest/types.js';
/**
 * A stable hash of everything that decides what the eval computes besides the
 * model's content: command, workdir, env, metrics paths (in order),
 * timeout and the samples path (when set). Thresholds are left out on purpose: they judge metrics, they do
 * not produce them. Env is sorted, so key order in the manifest does not matter.
 */
export declare function evalSettingsHash(spec: EvalSpec): string;
