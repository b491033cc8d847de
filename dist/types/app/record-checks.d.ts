import type { Registry } from '../core/registry/types.js';
import type { AppContext } from './context.js';
/**
 * CONTRACT §2b: `record` refuses before the eval starts (LeptonError 'invalid', exit 2) when
 * the tag could not describe what the eval would judge: files of a component or data set,
 * the eval's own files or `lepton.yml` itself differ from HEAD (an uncommitted manifest with
 * loosened thresholds would be recorded as "passed").
 */
export declare function refuseDirtyTree(ctx: AppContext): Promise<void>;
/**
 * The checks that need the registry, before the eval: `--version` valid, higher than the
 * latest and not a name a tag already takes; HEAD not already carrying a version of the model
 * (unless that version records this very content, which `record` then reports as unchanged).
 */
export declare function refuseBeforeEval(ctx: AppContext, registry: Registry, head: string, override: string | undefined): Promise<void>;
