import { createHash } from 'node:crypto';
import type { EvalSpec } from '../manifest/types.js';

/** Bump when the encoding below changes: recorded hashes then simply stop matching (the eval reruns). */
const SETTINGS_ENCODING = 'lepton-eval-settings/1';

/**
 * A stable hash of everything that decides what the eval computes besides the
 * model's content: command, workdir, env, metrics paths (in order),
 * timeout and the samples path (when set). Thresholds are left out on purpose: they judge metrics, they do
 * not produce them. Env is sorted, so key order in the manifest does not matter.
 */
export function evalSettingsHash(spec: EvalSpec): string {
  const env = Object.keys(spec.env)
    .sort()
    .map((k) => [k, spec.env[k] ?? '']);
  const canonical = JSON.stringify([
    SETTINGS_ENCODING,
    spec.command,
    spec.workdir,
    env,
    [...spec.metrics],
    spec.timeoutMs,
    // Only when set, so the settings of every manifest without samples hash as they always did.
    ...(spec.samples !== undefined ? [['samples', spec.samples]] : []),
  ]);
  return `sha256:${createHash('sha256').update(canonical, 'utf8').digest('hex')}`;
}
