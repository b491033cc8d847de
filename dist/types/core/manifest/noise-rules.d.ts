import type { RuleIssue } from './rules.js';
/**
 * `noise: warn` needs the per-example values it resamples: a threshold that asks for it while
 * `eval.samples` is absent would silently gate on the point estimate, so it is an error at the
 * threshold's `noise` key.
 */
export declare function noiseIssues(raw: unknown): RuleIssue[];
