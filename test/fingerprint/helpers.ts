// Small things the fingerprint tests share.
import { createHash } from 'node:crypto';
import { validateManifest, type Manifest } from '../../src/core/manifest/index.js';

/** SHA-256 in hex, as a file's record holds it. */
export const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

/** A manifest from YAML text that must be valid. */
export function load(text: string): Manifest {
  const r = validateManifest(text, 'lepton.yml');
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.manifest;
}
