import { type SelectPart } from './select.js';
import { type PartsMemo } from './stat-cache-file.js';
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
export declare function memoKey(parts: readonly SelectPart[], lsFiles: string): string;
/** Whether `memo` answers for this run (see above); `modified`: what git says differs. */
export declare function memoHolds(memo: PartsMemo, parts: readonly SelectPart[], modified: ReadonlySet<string>, modelDir: string): boolean;
