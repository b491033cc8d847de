import { readFile } from 'node:fs/promises';
import { LeptonError } from '../core/errors/index.js';
import { formatIssue } from '../core/manifest/format.js';
import { validateManifestLazily } from '../core/manifest/quick.js';
import type { Manifest, ManifestIssue } from '../core/manifest/types.js';

export class ManifestInvalidError extends LeptonError {
  constructor(
    readonly file: string,
    readonly issues: readonly ManifestIssue[],
  ) {
    super(
      'invalid',
      `${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`,
      issues.map(formatIssue),
    );
  }
}

/**
 * Reads and validates a manifest. `displayName` is how errors name the file
 * (relative to the repository, as annotations need).
 */
export async function loadManifest(path: string, displayName = path): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : ((e as Error).message ?? String(e));
    throw new LeptonError(
      'invalid',
      `cannot read manifest ${path}: ${why}`,
      code !== 'ENOENT'
        ? []
        : /[*?[\]{}]/.test(path)
          ? [
              'this command reads one manifest: name it (models/a/lepton.yml); a glob is for ls, affected and the Action',
            ]
          : [
              "write one with `lepton init` in the model's folder, or name the one you have (the CLI's --manifest FILE, the Action's manifest input); `lepton ls` lists the repository's models",
            ],
    );
  }
  // zod is loaded only when the manifest has a problem to report (core/manifest/quick.ts).
  const result = await validateManifestLazily(text, displayName);
  if (!result.ok) throw new ManifestInvalidError(displayName, result.issues);
  return result.manifest;
}
