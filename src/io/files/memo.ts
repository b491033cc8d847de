import { createHash } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { folderPrefix } from './hash.js';
import { isExclusion, pathMatcher, type SelectPart } from './select.js';
import { sameKey, statKey, type PartsMemo } from './stat-cache-file.js';

/**
 * The parts' hashes, remembered whole. Under the very index a run kept
 * them with (stat-cache.ts), git lists the same tracked files with the same
 * blob ids, so the selection and every record are as they were, provided:
 * - the manifest's parts and the untracked files git lists are the same
 *   (the memo's key, from this file);
 * - every selected file was then either vouched for and kept with its blob
 *   id, or a regular file (untracked, or differing from the index; never a
 *   symlink) whose settled stat data the memo keeps (checked when kept);
 * - no file git now names as differing from the index is one a part's paths
 *   could select, unless it is one of those the memo keeps stat data for;
 * - each of those has the very stat data kept (one lstat each): the stat
 *   cache's own rule.
 * Then a warm run answers without looking at a single file entry; any
 * doubt takes the file-by-file way.
 */

/**
 * The memo's key: the parts as declared and the untracked files listed (ls-files output). How
 * paths select files is not in it: a change of those rules must change the cache's VERSION
 * (stat-cache.ts), as a change of what a record holds must.
 */
export function memoKey(parts: readonly SelectPart[], lsFiles: string): string {
  const declared = parts.map((p) => [p.kind, p.name, p.paths, ...(p.optional ? [p.optional] : [])]);
  return createHash('sha256')
    .update(JSON.stringify(declared))
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

/** Whether `memo` answers for this run (see above); `modified`: what git says differs. */
export function memoHolds(
  memo: PartsMemo,
  parts: readonly SelectPart[],
  modified: ReadonlySet<string>,
  modelDir: string,
): boolean {
  const known = new Set(memo.others.map((o) => o[0]));
  const names = [...modified].filter((f) => f !== '' && !known.has(f));
  if (names.length > 0) {
    // Exclusions are passed over: a file any positive path matches counts (a doubt, not an error).
    const touched = parts.some((part) =>
      [...part.paths, ...(part.optional ?? [])]
        .filter((p) => !isExclusion(p))
        .some((p) => names.some(pathMatcher(p))),
    );
    if (touched) return false;
  }
  const base = folderPrefix(modelDir);
  return memo.others.every(([rel, size, mtimeMs, ctimeMs, ino, dev]) => {
    try {
      const st = lstatSync(base + rel, { throwIfNoEntry: false });
      return (
        st !== undefined &&
        st.isFile() &&
        sameKey(statKey(st), { size, mtimeMs, ctimeMs, ino, dev })
      );
    } catch {
      return false;
    }
  });
}
