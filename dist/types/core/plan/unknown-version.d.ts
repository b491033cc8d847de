import { LeptonError } from '../errors/index.js';
import type { Registry } from '../registry/types.js';
/**
 * The error for a version the registry does not have, with what it does have: the newest
 * versions (the registry lists them newest first) or that there are none yet.
 * @returns a LeptonError `invalid` (code 2), for the caller to throw
 */
export declare function unknownVersionError(registry: Registry, version: string): LeptonError;
