import type { Fingerprint } from '../../core/fingerprint/types.js';
import type { Manifest } from '../../core/manifest/types.js';

export interface FingerprintOptions {
  /** The manifest's directory: globs are relative to it. */
  readonly modelDir: string;
  /** The git work tree's top level, or null outside git (then every file under modelDir counts). */
  readonly repoRoot: string | null;
  /** Where the stat cache lives (`<git dir>/lepton`), or null for no cache. */
  readonly cacheDir: string | null;
  /** Called now and then during long hashing. */
  readonly onProgress?: (p: {
    files: number;
    totalFiles: number;
    bytes: number;
    totalBytes: number;
  }) => void;
}

/** The files each component and data set matches, relative to modelDir, sorted. */
export interface Selection {
  readonly components: ReadonlyMap<string, readonly string[]>;
  readonly data: ReadonlyMap<string, readonly string[]>;
}

/** STUB (issue 4 replaces): selects files per part by the rules of CONTRACT §2. */
export async function selectFiles(
  _manifest: Manifest,
  _options: FingerprintOptions,
): Promise<Selection> {
  throw new Error('selectFiles: not implemented yet');
}

/** STUB (issue 4 replaces): hashes every component and data set and combines them. */
export async function fingerprintModel(
  _manifest: Manifest,
  _options: FingerprintOptions,
): Promise<Fingerprint> {
  throw new Error('fingerprintModel: not implemented yet');
}
