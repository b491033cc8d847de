import type { Fingerprint } from '../core/fingerprint/types.js';
import type { Registry } from '../core/registry/types.js';
import { type StartedListing } from '../io/files/list.js';
import type { AppContext } from './context.js';
/**
 * CONTRACT §2b: `record` refuses before the eval starts (LeptonError 'invalid', exit 2) when
 * the tag could not describe what the eval would judge: files of a component or data set,
 * the eval's own files or `lepton.yml` itself differ from HEAD (an uncommitted manifest with
 * loosened thresholds would be recorded as "passed"). `differing`: the paths (relative to the
 * repository root) that differ from HEAD (`worktreeState`).
 */
export declare function refuseDirtyTree(ctx: AppContext, differing: readonly string[]): void;
/**
 * `record` refuses (LeptonError 'invalid', exit 2) a selected file that is a symlink leading to
 * content HEAD does not hold as it is: a target git does not track (ignored, untracked) or one
 * that differs from HEAD. The version's fingerprint would cover bytes no commit has, so it could
 * never be checked against its commit (io/registry/verify.ts: "symlink to nothing in the tree")
 * and the gate would later find no baseline. `listing`: the model folder's listing the record
 * started; `differing`: as for refuseDirtyTree. Costs one `ls-files` only when a selected file
 * is a symlink (and one more listing when the manifest's paths climb above its folder).
 */
export declare function refuseLinksOutsideHead(ctx: AppContext, listing: StartedListing, differing: readonly string[]): Promise<void>;
/**
 * The checks that need the registry, before the eval: `--version` valid, higher than the
 * latest and not a name a tag already takes; HEAD not already carrying a version of the model
 * (unless that version records this very content, which `record` then reports as unchanged).
 * `fingerprint`: the one the caller is taking already, if any.
 */
export declare function refuseBeforeEval(ctx: AppContext, registry: Registry, head: string, override: string | undefined, fingerprint?: Promise<Fingerprint>): Promise<void>;
