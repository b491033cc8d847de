import type { Changed } from '../fingerprint/types.js';
import type { BumpLevel, Manifest } from '../manifest/types.js';
/**
 * The bump a change calls for: components changed → `bump.components`, data changed →
 * `bump.data`, the largest wins. A version the registry cannot compare with (a tag without a
 * record) counts as a component change.
 */
export declare function bumpFor(changed: Changed, rules: Manifest['versioning']['bump']): BumpLevel;
/**
 * The version after `latest` (highest recorded semver; null for the first version). null when
 * the bump is `none`: the manifest says such a change makes no new version.
 */
export declare function nextVersion(latest: string | null, bump: BumpLevel, first: string): string | null;
/** Checks a `--version` override: `X.Y.Z` and higher than every recorded version. */
export declare function checkOverride(version: string, latest: string | null): string;
