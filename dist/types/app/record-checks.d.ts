import type { Fingerprint } from '../core/fingerprint/types.js';
import type { Registry } from '../core/registry/types.js';
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
 * The checks that need the registry, before the eval: `--version` valid, higher than the
 * latest and not a name a tag already takes; HEAD not already carrying a version of the model
 * (unless that version records this very content, which `record` then reports as unchanged).
 * `fingerprint`: the one the caller is taking already, if any.
 */
export declare function refuseBeforeEval(ctx: AppContext, registry: Registry, head: string, override: string | undefined, fingerprint?: Promise<Fingerprint>): Promise<void>;
