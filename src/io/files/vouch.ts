import { statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { sameKey, statKey, type StatKey } from './stat-cache-file.js';

/**
 * Git's index as a witness. `git diff-files` tells, in C and with its own
 * racy-git checks, which tracked files differ from the index; every other
 * tracked regular file is as the index recorded it, so a record remembered
 * for it need not be checked again with one lstat per file. The stat cache
 * (stat-cache.ts) decides when such a word may be taken; this file finds the
 * index and the files git vouches for.
 *
 * Clean/smudge settings (core.autocrlf, `text`/`eol` attributes, filters):
 * a record is of the committed content, the blob, for a tracked file git
 * vouches for wherever git may convert at checkout, and of the bytes in the
 * work tree otherwise (committed.ts; until this changed, records were always
 * of the bytes in the work tree, so a CRLF checkout of a commit fingerprinted
 * otherwise than the commit and than an LF checkout). Either way a record
 * served on git's word is the one read under the same index: an edit that
 * git's clean filter maps to the same blob (CRLF for LF) is caught because
 * adding it rewrites the index, and the cache trusts git only under the index
 * it was written with. Changing the settings without touching files changes
 * no blob and no byte (git status would not notice either).
 */

/**
 * The index file of the repository whose git directory holds `cacheDir` (`<git dir>/lepton`),
 * or null when it cannot be told for sure (GIT_INDEX_FILE relative to somewhere).
 */
export function indexFileOf(cacheDir: string, env: Readonly<NodeJS.ProcessEnv>): string | null {
  const custom = env.GIT_INDEX_FILE;
  if (custom !== undefined && custom !== '') return isAbsolute(custom) ? custom : null;
  return join(dirname(cacheDir), 'index');
}

/** The index file's stat data, or null when it is missing or unreadable. */
export function indexKey(file: string): StatKey | null {
  try {
    const st = statSync(file, { throwIfNoEntry: false });
    return st ? statKey(st) : null;
  } catch {
    return null;
  }
}

/** The same stat data before and after git read the index: git read that one file. */
export function sameIndex(before: StatKey | null, after: StatKey | null): StatKey | null {
  return before && after && sameKey(before, after) ? before : null;
}

/**
 * The index's blob ids minus the files that differ from it: what git vouches for (`blobs`
 * itself, changed). `stale`, when given, receives the blob ids taken out.
 */
export function vouchedFiles(
  blobs: Map<string, string>,
  modified: ReadonlySet<string>,
  stale?: Map<string, string>,
): Map<string, string> {
  for (const name of modified) {
    if (stale) {
      const blob = blobs.get(name);
      if (blob !== undefined) stale.set(name, blob);
    }
    blobs.delete(name);
  }
  return blobs;
}
