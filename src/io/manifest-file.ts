import { LeptonError } from '../core/errors/index.js';
import { plainText } from '../core/format/text.js';
import { formatIssue } from '../core/manifest/format.js';
import { validateManifestLazily } from '../core/manifest/quick.js';
import type { Manifest, ManifestIssue } from '../core/manifest/types.js';
import { InputFileError, MANIFEST_MAX_BYTES, readInputText, sizeText } from './input-file.js';

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
 * @throws LeptonError `invalid` (exit 2) when the file is missing, unreadable, not a regular file
 *   (a folder, FIFO, device, socket: never waited on) or over MANIFEST_MAX_BYTES;
 *   ManifestInvalidError when it does not validate
 */
export async function loadManifest(path: string, displayName = path): Promise<Manifest> {
  let text: string;
  try {
    text = await readInputText(path, MANIFEST_MAX_BYTES);
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    throw new LeptonError(
      'invalid',
      `cannot read manifest ${plainText(path, 500)}: ${e.reason}`,
      manifestReadHints(path, e.code),
    );
  }
  // zod is loaded only when the manifest has a problem to report (core/manifest/quick.ts).
  const result = await validateManifestLazily(text, displayName);
  if (!result.ok) throw new ManifestInvalidError(displayName, result.issues);
  return result.manifest;
}

/** What to do about a manifest that could not be read (`code`: InputFileError's). */
function manifestReadHints(path: string, code: string): string[] {
  if (code === 'ENOENT') {
    return /[*?[\]{}]/.test(path)
      ? [
          'this command reads one manifest: name it (models/a/lepton.yml); a glob is for ls, affected and the Action',
        ]
      : [
          "write one with `lepton init` in the model's folder, or name the one you have (the CLI's --manifest FILE, the Action's manifest input); `lepton ls` lists the repository's models",
        ];
  }
  if (code === 'EISDIR' || code === 'ENOTREG') {
    return [
      'name the manifest file itself (models/a/lepton.yml); -C DIR names the folder to work in',
    ];
  }
  if (code === 'EFBIG') {
    return [
      `a manifest is a few KiB of YAML (at most ${sizeText(MANIFEST_MAX_BYTES)}): check that --manifest names the lepton.yml, not a data file`,
    ];
  }
  return [];
}
