// Function files, not semver's index: the index loads every function and range (~57 KB).
import gt from 'semver/functions/gt.js';
import inc from 'semver/functions/inc.js';
import parseSemver from 'semver/functions/parse.js';
import prerelease from 'semver/functions/prerelease.js';
import validSemver from 'semver/functions/valid.js';
import { LeptonError } from '../errors/index.js';
import type { Changed } from '../fingerprint/types.js';
import type { BumpLevel, Manifest } from '../manifest/types.js';

const ORDER: readonly BumpLevel[] = ['none', 'patch', 'minor', 'major'];

/**
 * The bump a change calls for: components changed → `bump.components`, data changed →
 * `bump.data`, the largest wins. A version the registry cannot compare with (a tag without a
 * record) counts as a component change.
 */
export function bumpFor(changed: Changed, rules: Manifest['versioning']['bump']): BumpLevel {
  const levels: BumpLevel[] = ['none'];
  if (changed.components.length) levels.push(rules.components);
  if (changed.data.length) levels.push(rules.data);
  return levels.reduce((a, b) => (ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a));
}

/**
 * The version after `latest` (highest recorded semver; null for the first version). null when
 * the bump is `none`: the manifest says such a change makes no new version.
 */
export function nextVersion(latest: string | null, bump: BumpLevel, first: string): string | null {
  if (latest === null) return first;
  if (bump === 'none') return null;
  // A pre-release (from another tool) is bumped to its release, then past it by one level.
  const base = parseSemver(latest);
  if (!base) throw new LeptonError('invalid', `not a semantic version: ${latest}`);
  return inc(`${base.major}.${base.minor}.${base.patch}`, bump);
}

/** Checks a `--version` override: `X.Y.Z` and higher than every recorded version. */
export function checkOverride(version: string, latest: string | null): string {
  const v = validSemver(version.replace(/^v/, ''));
  if (!v || prerelease(v) || parseSemver(v)?.build.length) {
    throw new LeptonError('invalid', `--version ${version}: expected X.Y.Z (for example 1.4.0)`);
  }
  if (latest !== null && !gt(v, latest)) {
    throw new LeptonError(
      'invalid',
      `--version ${v} must be higher than the latest recorded version, ${latest}`,
    );
  }
  return v;
}
