import { relative } from 'node:path';
import {
  compareUtf8,
  modelFingerprint,
  partHash,
  type FileRecord,
} from '../../core/fingerprint/encoding.js';
import type { Fingerprint, PartHash } from '../../core/fingerprint/types.js';
import type { Manifest } from '../../core/manifest/types.js';
import { Git } from '../git.js';
import { folderPrefix, hashTargets, statTargets, type Target } from './hash.js';
import {
  listGitIndex,
  listIgnoredFiles,
  listModifiedFiles,
  parseLsFiles,
  walkFiles,
} from './list.js';
import { memoHolds, memoKey } from './memo.js';
import type { Progress } from './progress.js';
import { checkPatterns, matchParts, unmatchedError, type PartFiles } from './select.js';
import { StatCache } from './stat-cache.js';
import { indexFileOf, indexKey, sameIndex, vouchedFiles } from './vouch.js';

export type { Progress } from './progress.js';

export interface FingerprintOptions {
  /** The manifest's directory: globs are relative to it. */
  readonly modelDir: string;
  /** The git work tree's top level, or null outside git (then every file under modelDir counts). */
  readonly repoRoot: string | null;
  /**
   * Where the stat cache lives (`<git dir>/lepton`: the git index beside it is read for its
   * stat data), or null for no cache. A promise is awaited only once git is already listing
   * files, so finding the git directory costs no extra wait.
   */
  readonly cacheDir: string | null | Promise<string | null>;
  /** Called now and then during long hashing (only once it has lasted a second). */
  readonly onProgress?: (p: Progress) => void;
  /** The environment git runs with (default: this process's). */
  readonly env?: Readonly<NodeJS.ProcessEnv>;
}

/** The files each component and data set matches, relative to modelDir, sorted. */
export interface Selection {
  readonly components: ReadonlyMap<string, readonly string[]>;
  readonly data: ReadonlyMap<string, readonly string[]>;
}

/** What a fingerprint run did besides the answer (the tests and the bench read it). */
export interface FingerprintStats {
  /** Files whose record came from the stat cache. */
  readonly cached: number;
  /** Of those, files served on git's word that they are unchanged, without an lstat. */
  readonly vouched: number;
  /** Files read and hashed. */
  readonly hashed: number;
}

/**
 * Selects files per part by the rules of CONTRACT §2: the files git would
 * track under modelDir (all files outside git), matched by each part's paths.
 * Tracked files deleted from the work tree are not selected. Throws
 * LeptonError 'invalid' naming every path that matches nothing (and saying
 * when it matches only ignored files), and every unusable file (a symlink out
 * of the repository, a folder).
 */
export async function selectFiles(
  manifest: Manifest,
  options: FingerprintOptions,
): Promise<Selection> {
  checkPatterns(manifest);
  const git = gitOf(options);
  const files = git ? parseLsFiles(await listGitIndex(git)).files : walkFiles(options.modelDir);
  const { parts } = await select(manifest, options, files, null);
  return toSelection(parts);
}

/** Hashes every component and data set and combines them (encoding: core/fingerprint/encoding.ts). */
export async function fingerprintModel(
  manifest: Manifest,
  options: FingerprintOptions,
): Promise<Fingerprint> {
  return (await fingerprintWithStats(manifest, options)).fingerprint;
}

export async function fingerprintWithStats(
  manifest: Manifest,
  options: FingerprintOptions,
): Promise<{ fingerprint: Fingerprint; stats: FingerprintStats }> {
  checkPatterns(manifest);
  const git = gitOf(options);
  const listing = git ? listGitIndex(git) : null;
  // Awaited below; until then a failure must not count as unhandled.
  listing?.catch(() => undefined);
  const cacheDir = await options.cacheDir;
  const indexFile = git && cacheDir ? indexFileOf(cacheDir, options.env ?? process.env) : null;
  const indexBefore = indexFile ? indexKey(indexFile) : null;
  // Files older than this, less the racy margin, cannot have changed unseen since git looked.
  const startedMs = Date.now();
  const modified = git && indexBefore ? listModifiedFiles(git) : null;
  modified?.catch(() => undefined);
  // Find and read the cache while git lists.
  const modelKey = options.repoRoot
    ? relative(options.repoRoot, options.modelDir) || '.'
    : options.modelDir;
  const cache = StatCache.open(cacheDir, modelKey, startedMs);
  const raw = listing ? await listing : null;
  let vouched = new Map<string, string>();
  let changed: Set<string> | null = null;
  const key = raw === null ? '' : memoKey(manifest, raw);
  if (raw !== null && modified && indexFile) {
    const differ = await modified;
    // The same index file before and after both git processes: they read that one.
    const index = sameIndex(indexBefore, indexKey(indexFile));
    cache.useIndex(index);
    if (index && differ) changed = differ;
    const memo = changed && cache.memoFor(key);
    if (memo && changed && memoHolds(memo, manifest, changed, options.modelDir)) {
      const { components, data } = memo;
      return {
        fingerprint: { fingerprint: modelFingerprint(components, data), components, data },
        stats: { cached: memo.files, vouched: memo.files - memo.others.length, hashed: 0 },
      };
    }
  }
  const listed = raw === null ? null : parseLsFiles(raw);
  const files = listed ? listed.files : walkFiles(options.modelDir);
  if (listed && changed) vouched = vouchedFiles(listed.blobs, changed);
  const records = new Map<string, FileRecord>();
  const served = (rel: string): boolean => {
    const blob = vouched.get(rel);
    const record = blob === undefined ? undefined : cache.lookupVouched(rel, blob);
    if (record) records.set(rel, record);
    return record !== undefined;
  };
  const { parts, targets, dropped } = await select(
    manifest,
    options,
    files,
    vouched.size ? served : null,
  );
  await hashTargets(targets, cache, records, vouched, options.onProgress);

  const hashOf = (p: PartFiles): PartHash => ({
    name: p.name,
    hash: partHash(p.files.map((path) => ({ path, record: records.get(path) as FileRecord }))),
    files: p.files.length,
  });
  const components = parts.filter((p) => p.kind === 'component').map(hashOf);
  const data = parts.filter((p) => p.kind === 'data').map(hashOf);
  if (raw !== null) {
    // Symlinks (whose targets may change behind an unchanged link) are never remembered whole.
    const base = folderPrefix(options.modelDir);
    const plain = !dropped && targets.every((t) => t.abs === base + t.rel);
    cache.keepMemo({ key, files: records.size, components, data }, plain);
  }
  cache.save();
  return {
    fingerprint: { fingerprint: modelFingerprint(components, data), components, data },
    stats: { cached: cache.hits, vouched: cache.vouched, hashed: cache.misses },
  };
}

function gitOf(options: FingerprintOptions): Git | null {
  return options.repoRoot ? new Git(options.modelDir, options.env ?? process.env) : null;
}

/**
 * The parts' files, and the files still to look at: those `served` takes care of (files git
 * vouches for whose record the cache holds) are not even stat'ed; every other one is
 * (dropped when git lists it but the work tree no longer has it).
 */
async function select(
  manifest: Manifest,
  options: FingerprintOptions,
  files: string[],
  served: ((rel: string) => boolean) | null,
): Promise<{ parts: PartFiles[]; targets: Target[]; dropped: boolean }> {
  let listed = files;
  // Git's listing is strictly sorted (parseLsFiles); a walk of the folder is not.
  const sorted = options.repoRoot !== null;
  let { parts, unmatched } = matchParts(manifest, listed, sorted);

  // One part's files are already unique and sorted.
  const wanted =
    parts.length === 1
      ? (parts[0] as PartFiles).files
      : [...new Set(parts.flatMap((p) => p.files))].sort(compareUtf8);
  const rest = served ? wanted.filter((rel) => !served(rel)) : wanted;
  const targets = statTargets(rest, options.modelDir, options.repoRoot ?? options.modelDir);
  if (targets.length !== rest.length) {
    const present = new Set(targets.map((t) => t.rel));
    const missing = new Set(rest.filter((f) => !present.has(f)));
    listed = listed.filter((f) => !missing.has(f));
    ({ parts, unmatched } = matchParts(manifest, listed, sorted));
  }
  if (unmatched.length) {
    const git = gitOf(options);
    throw unmatchedError(unmatched, git ? await listIgnoredFiles(git) : []);
  }
  return { parts, targets, dropped: targets.length !== rest.length };
}

function toSelection(parts: readonly PartFiles[]): Selection {
  const of = (kind: PartFiles['kind']) =>
    new Map(parts.filter((p) => p.kind === kind).map((p) => [p.name, p.files] as const));
  return { components: of('component'), data: of('data') };
}
