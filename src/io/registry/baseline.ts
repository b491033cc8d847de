import { LeptonError } from '../../core/errors/index.js';
import { findVersion } from '../../core/registry/build.js';
import { modelRefPatterns } from '../../core/registry/names.js';
import type { Registry, VersionEntry } from '../../core/registry/types.js';
import { parseVersionArg } from '../../core/registry/version-arg.js';
import type { Git } from '../git.js';

/**
 * The baseline for `ref` (a version in any accepted form, or a git revision: the newest
 * version tag reachable from it); without `ref`, the newest version reachable from the
 * upstream default branch, else from HEAD. null when there is none.
 */
export async function resolveBaseline(
  git: Git,
  registry: Registry,
  ref?: string,
): Promise<VersionEntry | null> {
  if (ref !== undefined && ref !== '') {
    const version = parseVersionArg(ref, registry.model);
    const entry = version === null ? null : findVersion(registry, version);
    if (entry) return entry;
    const commit = await revision(git, ref);
    if (!commit) {
      throw new LeptonError(
        'invalid',
        version === null
          ? `${ref}: neither a version of ${registry.model} nor a git revision`
          : `${registry.model} has no version ${version}`,
      );
    }
    return newestReachable(git, registry, commit);
  }
  if (registry.versions.length === 0) return null;
  const upstream = await defaultBranch(git);
  const fromUpstream = upstream ? await newestReachable(git, registry, upstream) : null;
  return fromUpstream ?? (await newestReachable(git, registry, 'HEAD'));
}

async function revision(git: Git, ref: string): Promise<string | null> {
  if (ref.startsWith('-')) return null;
  const r = await git.run(['rev-parse', '-q', '--verify', '--end-of-options', `${ref}^{commit}`], {
    allowFailure: true,
  });
  return r.code === 0 ? r.stdout.trim() : null;
}

/** The highest version whose tag is reachable from `rev`, found in one `for-each-ref --merged`. */
export async function newestReachable(
  git: Git,
  registry: Registry,
  rev: string,
): Promise<VersionEntry | null> {
  if (registry.versions.length === 0) return null;
  const r = await git.run(
    [
      'for-each-ref',
      `--merged=${rev}`,
      '--format=%(refname:strip=2)',
      modelRefPatterns(registry.model)[0],
    ],
    { allowFailure: true },
  );
  if (r.code !== 0) return null;
  const reachable = new Set(r.stdout.split('\n'));
  return registry.versions.find((v) => reachable.has(v.tag)) ?? null;
}

/** `origin/main` style: the default branch of the current branch's remote (else origin), when known. */
async function defaultBranch(git: Git): Promise<string | null> {
  const up = await git.run(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'], {
    allowFailure: true,
  });
  const remote = up.code === 0 ? (up.stdout.trim().split('/')[0] ?? 'origin') : 'origin';
  const head = await git.run(['symbolic-ref', '-q', `refs/remotes/${remote}/HEAD`], {
    allowFailure: true,
  });
  return head.code === 0 && head.stdout.trim() ? head.stdout.trim() : null;
}
