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
  /** The usable version nearest the base in history; null when there is none. */
  readonly entry: VersionEntry | null;
  /**
   * Tags passed over: reachable versions of higher semver than the baseline that cannot be it
   * (no Lepton record with metrics, a failed or copied record, one recorded on an older commit),
   * and every tag of the model that is no version at all (the registry's own skipped list).
   */
  readonly skipped: readonly SkippedTag[];
}

/**
 * Why a version cannot be a baseline, or null when it can: it has no recorded metrics to
 * compare with, or its record says it failed its own thresholds (a failed version as the
 * baseline would let quality slide by `max_drop` at every step).
 */
export function unusableAsBaseline(v: VersionEntry): string | null {
  if (v.lightweight) return 'a lightweight tag: no Lepton record';
  if (v.summary === null) return 'no Lepton record (a GTO registration or a hand-made tag)';
  if (Object.keys(v.summary.metrics).length === 0) return 'its record holds no metrics';
  if (v.summary.passed === false) {
    return 'it failed its own thresholds (its record says passed: false)';
  }
  return null;
}

/**
 * Versions whose record carries the fingerprint of a lower version (tag → why). Lepton never
 * records one content twice (CONTRACT §2: a new version only for a fingerprint no version has),
 * so such a record was copied by hand into another tag: never a baseline, never reused.
 */
export function copiedRecords(registry: Registry): Map<string, string> {
  const first = new Map<string, VersionEntry>();
  // Lowest semver first: registry.versions is highest first.
  for (let i = registry.versions.length - 1; i >= 0; i--) {
    const v = registry.versions[i] as VersionEntry;
    const fp = v.summary?.fingerprint;
    if (fp) first.set(fp, first.get(fp) ?? v);
  }
  const copied = new Map<string, string>();
  for (const v of registry.versions) {
    const original = v.summary?.fingerprint ? first.get(v.summary.fingerprint) : undefined;
    if (original && original !== v) {
      copied.set(
        v.tag,
        `its record's fingerprint is that of ${original.tag} (Lepton never records one content twice): a copied record, not trusted`,
      );
    }
  }
  return copied;
}

/**
 * CONTRACT §2b: the baseline is the version nearest the base in history among the versions
 * reachable from it that carry a trusted Lepton record with metrics that passed — the base
 * being `ref` (a version in any accepted form, which must itself be usable, or a git
 * revision), else the upstream default branch, else HEAD. "Nearest" as `git describe` finds a
 * tag: a candidate whose commit is no ancestor of another candidate's; among several (one
 * commit, or merged branches), the highest semver. Throws LeptonError 'invalid' for a `ref`
 * that is neither, or names an unusable version.
 */
export async function chooseBaseline(
  git: Git,
  registry: Registry,
  ref?: string,
  /** Versions found untrustworthy meanwhile (tag → why): passed over like the unusable. */
  excluded: ReadonlyMap<string, string> = new Map(),
): Promise<BaselineChoice> {
  const copied = copiedRecords(registry);
  const unusable = (v: VersionEntry) =>
    excluded.get(v.tag) ?? unusableAsBaseline(v) ?? copied.get(v.tag) ?? null;
  const notVersions = registry.skipped.filter((s) => s.version !== undefined);
  if (ref !== undefined && ref !== '') {
    const version = parseVersionArg(ref, registry.model);
    const entry = version === null ? null : findVersion(registry, version);
    if (entry) {
      const why = unusable(entry);
      if (why !== null) {
        throw new LeptonError('invalid', `${entry.tag} cannot be the baseline: ${why}`, [
          'name a version recorded by Lepton, or a git revision (its nearest recorded version is used)',
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

/**
 * The usable version nearest `rev`, and the reachable versions of higher semver passed over.
 * Git work: one `for-each-ref --merged`; with usable versions on two commits or more, one
 * `rev-list --ancestry-path` from the highest one's commit to `rev` (the commits since it:
 * few), and only when a usable version lies on that path, one `merge-base --independent`.
 */
async function usableReachable(
  git: Git,
  registry: Registry,
  rev: string,
  unusable: (v: VersionEntry) => string | null,
): Promise<BaselineChoice> {
  const reachable = await reachableTags(git, registry, rev);
  const usable: VersionEntry[] = [];
  const passedOver: { v: VersionEntry; why: string }[] = [];
  // Highest semver first.
  for (const v of registry.versions) {
    if (!reachable.has(v.tag)) continue;
    const why = unusable(v);
    if (why === null) usable.push(v);
    else passedOver.push({ v, why });
  }
  const entry = await nearest(git, usable, rev);
  const rank = new Map(registry.versions.map((v, i) => [v.tag, i]));
  const at = (tag: string) => rank.get(tag) ?? 0;
  const above = (v: VersionEntry) => entry === null || at(v.tag) < at(entry.tag);
  const skipped: SkippedTag[] = passedOver
    .filter(({ v }) => above(v))
    .map(({ v, why }) => ({ tag: v.tag, version: v.version, reason: why }));
  if (entry) {
    for (const v of usable) {
      if (v === entry) break;
      skipped.push({
        tag: v.tag,
        version: v.version,
        reason: `recorded on an older commit (${v.commit.slice(0, 12)}) than a later version's: the baseline is the version nearest the base, ${entry.tag}`,
      });
    }
    // In semver order, as the warnings are read.
    skipped.sort((a, b) => at(a.tag) - at(b.tag));
  }
  return { entry, skipped };
}

/**
 * Of `usable` (highest semver first, all reachable from `rev`), the highest one whose commit is
 * no ancestor of another's commit. The highest of all is that one unless a commit of another
 * lies on the ancestry path from its commit to `rev`: asked first (one cheap walk); otherwise
 * git reduces the commits to those that are no ancestor of another (`merge-base --independent`).
 */
async function nearest(
  git: Git,
  usable: readonly VersionEntry[],
  rev: string,
): Promise<VersionEntry | null> {
  const top = usable[0];
  if (!top) return null;
  const commits = new Set(usable.map((v) => v.commit));
  if (commits.size === 1) return top;
  const since = await git.run(['rev-list', '--ancestry-path', `${top.commit}..${rev}`], {
    allowFailure: true,
  });
  if (since.code === 0 && !since.stdout.split('\n').some((c) => c !== '' && commits.has(c))) {
    return top;
  }
  const tips = await git.out(['merge-base', '--independent', ...commits]);
  const independent = new Set(tips.split('\n'));
  return usable.find((v) => independent.has(v.commit)) ?? top;
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

/**
 * The versions (tag names, as listed) whose commit descends from `commit` without being it:
 * a version recorded on `commit` is then not the baseline of work built on theirs (the nearest
 * version in history is). One `for-each-ref --contains`.
 */
export async function versionsAfter(
  git: Git,
  registry: Registry,
  commit: string,
): Promise<VersionEntry[]> {
  const r = await git.run(
    [
      'for-each-ref',
      `--contains=${commit}`,
      '--format=%(refname:strip=2)',
      modelRefPatterns(registry.model)[0],
    ],
    { allowFailure: true },
  );
  if (r.code !== 0) return [];
  const later = new Set(r.stdout.split('\n'));
  return registry.versions.filter((v) => later.has(v.tag) && v.commit !== commit);
}
