import { createHash } from 'node:crypto';
import type { Manifest } from '../../core/manifest/types.js';
import { partsOf, pathMatcher } from './select.js';

/**
 * The parts' hashes, remembered whole. Under the very index a run kept
 * them with (stat-cache.ts), git lists the same tracked files with the same
 * blob ids, so the selection and every record are as they were, provided:
 * - the manifest's parts and the untracked files git lists are the same
 *   (the memo's key, from this file);
 * - every selected file was vouched for then and kept with its blob id (so
 *   none is untracked, a symlink, assume-unchanged; checked when kept);
 * - no file git now names as differing from the index is one a part's
 *   paths could select (touchesParts).
 * Then a warm run answers without looking at a single file entry; any
 * doubt takes the file-by-file way.
 */

/** The memo's key: the parts as declared and the untracked files listed (ls-files output). */
export function memoKey(manifest: Manifest, lsFiles: string): string {
  const parts = partsOf(manifest).map(({ kind, part }) => [kind, part.name, part.paths]);
  return createHash('sha256')
    .update(JSON.stringify(parts))
    .update('\0')
    .update(untrackedRecords(lsFiles))
    .digest('hex');
}

/** The leading `? <path>` records of `git ls-files -v -s -c -o -z` output (untracked files). */
function untrackedRecords(out: string): string {
  let i = 0;
  while (out.startsWith('? ', i)) {
    const end = out.indexOf('\0', i);
    if (end < 0) return out;
    i = end + 1;
  }
  return out.slice(0, i);
}

/** True when a part's paths match one of `files` (names git says differ from the index). */
export function touchesParts(manifest: Manifest, files: ReadonlySet<string>): boolean {
  const names = [...files].filter((f) => f !== '');
  if (names.length === 0) return false;
  return partsOf(manifest).some(({ part }) => part.paths.some((p) => names.some(pathMatcher(p))));
}
