import type { Git } from '../git.js';
import type { Registry, VersionEntry } from '../../core/registry/types.js';

/** STUB (issue 6 replaces): reads all of a model's tags in one `git for-each-ref`. */
export async function readRegistry(_git: Git, model: string): Promise<Registry> {
  return { model, versions: [], stages: {}, events: [], maxN: 0 };
}

/**
 * STUB (issue 6 replaces): the baseline for `ref` (a version in any accepted form, or a git
 * revision: the newest version tag reachable from it); without `ref`, the newest version
 * reachable from the upstream default branch, else from HEAD. null when there is none.
 */
export async function resolveBaseline(
  _git: Git,
  _registry: Registry,
  _ref?: string,
): Promise<VersionEntry | null> {
  return null;
}
