// Small things the fingerprint tests share.
import { execFileSync } from 'node:child_process';
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

/** Fails the test, saying how to fix it, when the real git-lfs is not installed. */
export function requireLfs(): void {
  try {
    execFileSync('git', ['lfs', 'version'], { stdio: 'ignore' });
  } catch {
    throw new Error('git-lfs is not installed (apt-get install git-lfs)');
  }
}
