import type { Changed, Fingerprint } from './types.js';

/** The per-part hashes a version records. */
export interface RecordedHashes {
  readonly components: Readonly<Record<string, string>>;
  readonly data: Readonly<Record<string, string>>;
}

/**
 * Which components and data sets differ from a recorded version: a different
 * hash, or present on one side only (a new, removed or renamed part). With no
 * recorded version (`null`) every current part counts as changed, since
 * nothing vouches for any of them. Current parts come in their order, removed
 * ones after them, sorted.
 */
export function changedParts(current: Fingerprint, recorded: RecordedHashes | null): Changed {
  return {
    components: diff(current.components, recorded?.components ?? null),
    data: diff(current.data, recorded?.data ?? null),
  };
}

function diff(
  parts: Fingerprint['components'],
  recorded: Readonly<Record<string, string>> | null,
): string[] {
  if (recorded === null) return parts.map((p) => p.name);
  const has = (name: string) => Object.prototype.hasOwnProperty.call(recorded, name);
  const changed = parts
    .filter((p) => !has(p.name) || recorded[p.name] !== p.hash)
    .map((p) => p.name);
  const names = new Set(parts.map((p) => p.name));
  const removed = Object.keys(recorded)
    .filter((n) => !names.has(n))
    .sort();
  return [...changed, ...removed];
}
