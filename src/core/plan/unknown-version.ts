import { LeptonError } from '../errors/index.js';
import type { Registry } from '../registry/types.js';

/** How many of the newest versions the hint names. */
const SHOWN = 5;

/**
 * The error for a version the registry does not have, with what it does have: the newest
 * versions (the registry lists them newest first) or that there are none yet.
 * @returns a LeptonError `invalid` (code 2), for the caller to throw
 */
export function unknownVersionError(registry: Registry, version: string): LeptonError {
  const all = registry.versions;
  const newest = all.slice(0, SHOWN).map((v) => `v${v.version}`);
  const hint =
    all.length === 0
      ? `${registry.model} has no versions yet: \`lepton record\` makes the first`
      : all.length <= SHOWN
        ? `its versions: ${newest.join(', ')}`
        : `its newest versions: ${newest.join(', ')} (\`lepton show\` lists all ${all.length})`;
  return new LeptonError('invalid', `${registry.model} has no version ${version}`, [hint]);
}
