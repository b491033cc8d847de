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
import { hashTargets, statTargets, type Target } from './hash.js';
import { listGitFiles, listIgnoredFiles, walkFiles } from './list.js';
import type { Progress } from './progress.js';
import { checkPatterns, matchParts, unmatchedError, type PartFiles } from './select.js';
import { StatCache } from './stat-cache.js';

export type { Progress } from './progress.js';

export interface FingerprintOptions {
  /** The manifest's directory: globs are relative to it. */
  readonly modelDir: string;
  /** The git work tree's top level, or null outside git (then every file under modelDir counts). */
  readonly repoRoot: string | null;
  /**
   * Where the stat cache lives (`<git dir>/lepton`), or null for no cache. A
   * promise is awaited only once git is already listing files, so finding the
   * git directory costs no extra wait.
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
  const { parts } = await select(manifest, options, await listFiles(options));
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
  const startedMs = Date.now();
  const listing = listFiles(options);
  // Awaited below; until then a failure must not count as unhandled.
  listing.catch(() => undefined);
  // Find and read the cache while git lists.
  const modelKey = options.repoRoot
    ? relative(options.repoRoot, options.modelDir) || '.'
    : options.modelDir;
  const cache = StatCache.open(await options.cacheDir, modelKey, startedMs);
  const { parts, targets } = await select(manifest, options, await listing);
  const records = await hashTargets(targets, cache, options.onProgress);
  cache.save();

  const hashOf = (p: PartFiles): PartHash => ({
    name: p.name,
    hash: partHash(p.files.map((path) => ({ path, record: records.get(path) as FileRecord }))),
    files: p.files.length,
  });
  const components = parts.filter((p) => p.kind === 'component').map(hashOf);
  const data = parts.filter((p) => p.kind === 'data').map(hashOf);
  return {
    fingerprint: { fingerprint: modelFingerprint(components, data), components, data },
    stats: { cached: cache.hits, hashed: cache.misses },
  };
}

function gitOf(options: FingerprintOptions): Git | null {
  return options.repoRoot ? new Git(options.modelDir, options.env ?? process.env) : null;
}

async function listFiles(options: FingerprintOptions): Promise<string[]> {
  const git = gitOf(options);
  return git ? listGitFiles(git) : walkFiles(options.modelDir);
}

async function select(
  manifest: Manifest,
  options: FingerprintOptions,
  files: string[],
): Promise<{ parts: PartFiles[]; targets: Target[] }> {
  let listed = files;
  let { parts, unmatched } = matchParts(manifest, listed);

  // One part's files are already unique and sorted.
  const wanted =
    parts.length === 1
      ? (parts[0] as PartFiles).files
      : [...new Set(parts.flatMap((p) => p.files))].sort(compareUtf8);
  const targets = statTargets(wanted, options.modelDir, options.repoRoot ?? options.modelDir);
  if (targets.length !== wanted.length) {
    const present = new Set(targets.map((t) => t.rel));
    const selected = new Set(wanted);
    listed = listed.filter((f) => present.has(f) || !selected.has(f));
    ({ parts, unmatched } = matchParts(manifest, listed));
  }
  if (unmatched.length) {
    const git = gitOf(options);
    throw unmatchedError(unmatched, git ? await listIgnoredFiles(git) : []);
  }
  return { parts, targets };
}

function toSelection(parts: readonly PartFiles[]): Selection {
  const of = (kind: PartFiles['kind']) =>
    new Map(parts.filter((p) => p.kind === kind).map((p) => [p.name, p.files] as const));
  return { components: of('component'), data: of('data') };
}
