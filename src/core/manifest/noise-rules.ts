import type { RuleIssue } from './rules.js';

/**
 * `noise: warn` needs the per-example values it resamples: a threshold that asks for it while
 * `eval.samples` is absent would silently gate on the point estimate, so it is an error at the
 * threshold's `noise` key.
 */
export function noiseIssues(raw: unknown): RuleIssue[] {
  const ev = (raw as { eval?: unknown } | null)?.eval;
  if (!ev || typeof ev !== 'object' || Array.isArray(ev)) return [];
  const { samples, thresholds } = ev as { samples?: unknown; thresholds?: unknown };
  if (samples !== undefined || !thresholds || typeof thresholds !== 'object') return [];
  return Object.entries(thresholds as Record<string, unknown>)
    .filter(
      ([, t]) => t !== null && typeof t === 'object' && (t as { noise?: unknown }).noise === 'warn',
    )
    .map(([metric]) => ({
      path: ['eval', 'thresholds', metric, 'noise'],
      message: 'noise: warn needs eval.samples, the per-example results it resamples',
      hint: 'add eval.samples: FILE (JSON Lines or CSV with an id column), or remove noise: warn',
    }));
}
