import { LeptonError } from '../../core/errors/index.js';
import { findVersion } from '../../core/registry/build.js';
import { modelRefPatterns } from '../../core/registry/names.js';
import type { Registry, SkippedTag, VersionEntry } from '../../core/registry/types.js';
import { parseVersionArg } from '../../core/registry/version-arg.js';
import { unknownVersionError } from '../../core/plan/unknown-version.js';
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
      if (version !== null) throw unknownVersionError(registry, version);
      throw new LeptonError(
        'invalid',
        `${ref}: neither a version of ${registry.model} nor a git revision`,
      );
    }
    return newestReachable(git, registry, commit);
  }
  if (registry.versions.length === 0) return null;
  const upstream = await defaultBranch(git);
  const fromUpstream = upstream ? await newestReachable(git, registry, upstream) : null;
  return fromUpstream ?? (await newestReachable(git, registry, 'HEAD'));
}

/** What the gate compares with, and what it passed over on the way. */
export interface BaselineChoice {
  /** The newest usable version reachable from the base; null when there is none. */
  readonly entry: VersionEntry | null;
  /**
   * Tags passed over: newer reachable versions that carry no Lepton record with metrics,
   * and every tag of the model that is no version at all (the registry's own skipped list).
   */
  readonly skipped: readonly SkippedTag[];
}

/**
 * Why a version cannot be a baseline (it has no recorded metrics to compare with), or null
 * when it can.
 */
export function unusableAsBaseline(v: VersionEntry): string | null {
  if (v.lightweight) return 'a lightweight tag: no Lepton record';
  if (v.summary === null) return 'no Lepton record (a GTO registration or a hand-made tag)';
  if (Object.keys(v.summary.metrics).length === 0) return 'its record holds no metrics';
  return null;
}

/**
 * CONTRACT §2b: the baseline is the newest version carrying a Lepton record with metrics
 * among the versions reachable from the base — `ref` (a version in any accepted form, which
 * must itself be usable, or a git revision), else the upstream default branch, else HEAD.
 * Throws LeptonError 'invalid' for a `ref` that is neither, or names an unusable version.
 */
export async function chooseBaseline(
  git: Git,
  registry: Registry,
  ref?: string,
  /** Versions found untrustworthy meanwhile (tag → why): passed over like the unusable. */
  excluded: ReadonlyMap<string, string> = new Map(),
): Promise<BaselineChoice> {
  const unusable = (v: VersionEntry) => excluded.get(v.tag) ?? unusableAsBaseline(v);
  const notVersions = registry.skipped.filter((s) => s.version !== undefined);
  if (ref !== undefined && ref !== '') {
    const version = parseVersionArg(ref, registry.model);
    const entry = version === null ? null : findVersion(registry, version);
    if (entry) {
      const why = unusable(entry);
      if (why !== null) {
        throw new LeptonError('invalid', `${entry.tag} cannot be the baseline: ${why}`, [
          'name a version recorded by Lepton, or a git revision (its newest recorded version is used)',
        ]);
      }
      return { entry, skipped: notVersions };
    }
    const bad = version === null ? undefined : notVersions.find((s) => s.version === version);
    if (bad) throw new LeptonError('invalid', `${bad.tag} is not a version: ${bad.reason}`);
    const commit = await revision(git, ref);
    if (!commit) {
      if (version !== null) throw unknownVersionError(registry, version);
      throw new LeptonError(
        'invalid',
        `${ref}: neither a version of ${registry.model} nor a git revision`,
      );
    }
    return withSkipped(await usableReachable(git, registry, commit, unusable), notVersions);
  }
  if (registry.versions.length === 0) return { entry: null, skipped: notVersions };
  const upstream = await defaultBranch(git);
  const fromUpstream = upstream ? await usableReachable(git, registry, upstream, unusable) : null;
  const choice = fromUpstream?.entry
    ? fromUpstream
    : await usableReachable(git, registry, 'HEAD', unusable);
  return withSkipped(choice, notVersions);
}

const withSkipped = (c: BaselineChoice, more: readonly SkippedTag[]): BaselineChoice => ({
  entry: c.entry,
  skipped: [...c.skipped, ...more],
});

/** The newest usable version reachable from `rev`, and the unusable ones newer than it. */
async function usableReachable(
  git: Git,
  registry: Registry,
  rev: string,
  unusable: (v: VersionEntry) => string | null,
): Promise<BaselineChoice> {
  const reachable = await reachableTags(git, registry, rev);
  const skipped: SkippedTag[] = [];
  for (const v of registry.versions) {
    if (!reachable.has(v.tag)) continue;
    const why = unusable(v);
    if (why === null) return { entry: v, skipped };
    skipped.push({ tag: v.tag, version: v.version, reason: why });
  }
  return { entry: null, skipped };
}

async function reachableTags(git: Git, registry: Registry, rev: string): Promise<Set<string>> {
  if (registry.versions.length === 0) return new Set();
  const r = await git.run(
    [
      'for-each-ref',
      `--merged=${rev}`,
      '--format=%(refname:strip=2)',
      modelRefPatterns(registry.model)[0],
    ],
    { allowFailure: true },
  );
  return r.code === 0 ? new Set(r.stdout.split('\n')) : new Set();
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
export async function defaultBranch(git: Git): Promise<string | null> {
  const up = await git.run(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'], {
    allowFailure: true,
  });
  const remote = up.code === 0 ? (up.stdout.trim().split('/')[0] ?? 'origin') : 'origin';
  const head = await git.run(['symbolic-ref', '-q', `refs/remotes/${remote}/HEAD`], {
    allowFailure: true,
  });
  return head.code === 0 && head.stdout.trim() ? head.stdout.trim() : null;
}
