import type { Manifest } from './types.js';

/**
 * Whether two manifests select files into the same parts: the same components and data sets,
 * in the same order, each with the same name and the same paths. Beside the files' content,
 * these are all of a manifest that goes into the fingerprint (core/fingerprint/encoding.ts);
 * thresholds, the eval, stages and the rest do not. Order counts, so a reordering reads as a
 * change (a false "changed", never a false "unchanged").
 */
export function sameSelection(
  a: Pick<Manifest, 'components' | 'data'>,
  b: Pick<Manifest, 'components' | 'data'>,
): boolean {
  const key = (m: Pick<Manifest, 'components' | 'data'>) =>
    JSON.stringify([m.components, m.data].map((parts) => parts.map((p) => [p.name, p.paths])));
  return key(a) === key(b);
}
