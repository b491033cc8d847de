import type { Registry, VersionEntry } from '../../core/registry/types.js';
import type { Git } from '../git.js';
/**
 * The baseline for `ref` (a version in any accepted form, or a git revision: the newest
 * version tag reachable from it); without `ref`, the newest version reachable from the
 * upstream default branch, else from HEAD. null when there is none.
 */
export declare function resolveBaseline(git: Git, registry: Registry, ref?: string): Promise<VersionEntry | null>;
/** The highest version whose tag is reachable from `rev`, found in one `for-each-ref --merged`. */
export declare function newestReachable(git: Git, registry: Registry, rev: string): Promise<VersionEntry | null>;
