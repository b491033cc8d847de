import { dirname, relative, resolve, sep } from 'node:path';
import { LeptonError } from '../../core/errors/index.js';
import {
  compareUtf8,
  modelFingerprint,
  partHash,
  type FileRecord,
} from '../../core/fingerprint/encoding.js';
import type { Fingerprint, PartHash } from '../../core/fingerprint/types.js';
import type { PartsMemo } from './stat-cache-file.js';
import type { Manifest } from '../../core/manifest/types.js';
import { climbOf, metricsListedTwiceIn, pathsLeavingRepo } from '../../core/manifest/rules.js';
import { Git } from '../git.js';
import {
  checkoutFacts,
  committedRecords,
  conversionIn,
  plainlyItsBytes,
  type CheckoutFact,
  type ReadFile,
} from './committed.js';
import { folderPrefix, hashTargets, standbyHelpers, statTargets, type Target } from './hash.js';
import {
  listGitIndex,
  type GitListing,
  listIgnoredFiles,
  listModifiedFiles,
  parseLsFiles,
  type StartedListing,
  walkFiles,
} from './list.js';
import { memoHolds, memoKey } from './memo.js';
import type { Progress } from './progress.js';
import {
  matchParts,
  rebaseName,
  selectionParts,
  unmatchedError,
  type PartFiles,
  type SelectPart,
} from './select.js';
import { StatCache } from './stat-cache.js';
import type { Standby } from './pool.js';
import { indexFileOf, indexKey, sameIndex, vouchedFiles } from './vouch.js';
import { processEnv } from '../settings.js';

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
  /** A listing already running (StartedListing): used when it is of the folder listed here. */
  readonly listing?: StartedListing | null;
  /**
   * Answer before the stat cache is written: on a cold run its write waits for git's word on
   * the tracked files (`diff-files`), which the hashes do not need, so the caller's next work
   * (the eval) need not wait for that git process nor for the write. The result's `saved`
   * settles once the cache is written (or its write failed: nothing is lost but speed).
   * Default: written before the fingerprint is returned.
   */
  readonly deferSave?: boolean;
}

/** The files each component and data set matches, relative to modelDir, sorted. */
export interface Selection {
  readonly components: ReadonlyMap<string, readonly string[]>;
  readonly data: ReadonlyMap<string, readonly string[]>;
  /** The eval's own files (named by the command, or by `eval.paths`). */
  readonly eval: readonly string[];
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
  const scope = scopeOf(manifest, options);
  const files = scope.git
    ? rebaseListing(parseLsFiles(await listGitIndex(scope.git)), scope.prefix).files
    : walkFiles(options.modelDir);
  const { parts } = await select(scope, options, files, null);
  return toSelection(parts);
}

/** What the manifest's paths select from, for checks against the tree (`lepton validate`). */
export interface TreeListing {
  /** The parts as selected (components, data, the eval's files). */
  readonly parts: readonly SelectPart[];
  /** The files git would track, relative to modelDir, sorted. */
  readonly files: readonly string[];
  /** Of those, the ones git tracks. */
  readonly tracked: ReadonlySet<string>;
  /**
   * Untracked files .gitignore excludes, relative to modelDir: listed when first asked (only a
   * path that matches nothing needs them, to say why), once.
   */
  ignored(): Promise<readonly string[]>;
  /** Of `paths` (relative to modelDir), those .gitignore excludes (tracked ones never are). */
  ignoredOf(paths: readonly string[]): Promise<Set<string>>;
}

/**
 * The listing a fingerprint run selects from, in a git work tree (options.repoRoot set).
 * `started`: a listGitIndex already running in a folder (validate starts it while the manifest
 * is parsed), used when it is the folder listed here. Throws LeptonError 'invalid' when a path
 * leaves the repository.
 */
export async function listTree(
  manifest: Manifest,
  options: FingerprintOptions,
  started?: StartedListing | null,
): Promise<TreeListing> {
  const scope = scopeOf(manifest, options);
  const git = scope.git as Git;
  const raw = await listingOf(git, started);
  let ignored: Promise<string[]> | null = null;
  const listed = parseLsFiles(raw);
  const tracked = new Set<string>();
  // Tracked records carry a tab before the name; untracked ones start with "? ".
  for (const record of raw.split('\0')) {
    const tab = record.indexOf('\t');
    if (!record.startsWith('? ') && tab > 0)
      tracked.add(rebaseName(record.slice(tab + 1), scope.prefix));
  }
  const files = rebaseListing(listed, scope.prefix).files;
  const modelGit = new Git(options.modelDir, options.env ?? processEnv());
  return {
    parts: scope.parts,
    files,
    tracked,
    ignored: () =>
      (ignored ??= listIgnoredFiles(git).then((names) =>
        scope.prefix ? names.map((n) => rebaseName(n, scope.prefix)) : names,
      )),
    ignoredOf: async (paths) => {
      if (paths.length === 0) return new Set();
      const r = await modelGit.run(['check-ignore', '-z', '--stdin'], {
        input: paths.join('\0') + '\0',
        allowFailure: true,
      });
      return new Set(r.stdout.split('\0').filter((n) => n !== ''));
    },
  };
}

/** Hashes every component and data set and combines them (encoding: core/fingerprint/encoding.ts). */
export async function fingerprintModel(
  manifest: Manifest,
  options: FingerprintOptions,
): Promise<Fingerprint> {
  return (await fingerprintWithStats(manifest, options)).fingerprint;
}

/** The model's fingerprint from its parts' hashes (the eval's files ride along when found). */
function fingerprintOf(
  components: readonly PartHash[],
  data: readonly PartHash[],
  evalFiles: PartHash | null,
): Fingerprint {
  return {
    fingerprint: modelFingerprint(components, data),
    components,
    data,
    ...(evalFiles && { evalFiles }),
  };
}

export async function fingerprintWithStats(
  manifest: Manifest,
  options: FingerprintOptions,
): Promise<{ fingerprint: Fingerprint; stats: FingerprintStats; saved: Promise<void> }> {
  const scope = scopeOf(manifest, options);
  const git = scope.git;
  const listing = git ? listingOf(git, options.listing) : null;
  // Awaited below; until then a failure must not count as unhandled.
  listing?.catch(() => undefined);
  const cacheDir = await options.cacheDir;
  const indexFile = git && cacheDir ? indexFileOf(cacheDir, options.env ?? processEnv()) : null;
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
  // A cold run reads every file: its helper threads start while the files are stat'ed, once
  // there is enough to read (statTargets), and are dismissed if the run fails first.
  const standby = cache.cold ? standbyHelpers() : null;
  try {
    const raw = listing ? await listing : null;
    let vouched = new Map<string, string>();
    let vouchedLater: Promise<Map<string, string>> | null = null;
    let changed: Set<string> | null = null;
    const key = raw === null ? '' : memoKey(scope.parts, raw);
    /** Git's word: the tracked files that differ from the index, or null when it cannot be had. */
    const gitWord = async (): Promise<Set<string> | null> => {
      const differ = await (modified as Promise<Set<string> | null>);
      // The same index file before and after both git processes: they read that one.
      const index = sameIndex(indexBefore, indexKey(indexFile as string));
      cache.useIndex(index);
      return index && differ ? (scope.prefix ? rebaseSet(differ, scope.prefix) : differ) : null;
    };
    // With nothing remembered (a cold run) there is nothing git's word could serve before the
    // files are read: it is taken afterwards, for what the cache keeps, while they are read.
    const later = raw !== null && modified !== null && indexFile !== null && cache.cold;
    if (raw !== null && modified && indexFile && !later) {
      changed = await gitWord();
      const memo = changed && (cache.memoFor(key) as EvalMemo | null);
      if (memo && changed && memoHolds(memo, scope.parts, changed, options.modelDir)) {
        return {
          fingerprint: fingerprintOf(memo.components, memo.data, memo.evalFiles ?? null),
          stats: { cached: memo.files, vouched: memo.files - memo.others.length, hashed: 0 },
          saved: Promise.resolve(),
        };
      }
    }
    const listed = raw === null ? null : rebaseListing(parseLsFiles(raw), scope.prefix);
    const files = listed ? listed.files : walkFiles(options.modelDir);
    // Tracked files git says differ from the index, with the index's blob ids; `worded`: git's
    // word was taken (listed.blobs then holds only the files it vouches for).
    const stale = new Map<string, string>();
    let worded = false;
    if (listed && changed) {
      vouched = vouchedFiles(listed.blobs, changed, stale);
      worded = true;
    }
    if (listed && later) {
      vouchedLater = gitWord().then((c) => {
        if (!c) return new Map();
        worded = true;
        return vouchedFiles(listed.blobs, c, stale);
      });
      // Awaited once the files are read; a run that fails before then must not leave it unhandled.
      vouchedLater.catch(() => undefined);
    }
    const records = new Map<string, FileRecord>();
    const served = (rel: string): boolean => {
      const blob = vouched.get(rel);
      const record = blob === undefined ? undefined : cache.lookupVouched(rel, blob);
      if (record) records.set(rel, record);
      return record !== undefined;
    };
    const { parts, targets, dropped } = await select(
      scope,
      options,
      files,
      vouched.size ? served : null,
      standby,
    );
    // Tracked files read from disk may be checkout conversions of their blobs: where git may
    // convert at all, their records are of the committed content (committed.ts).
    const where =
      listed !== null &&
      git !== null &&
      targets.some((t) => listed.blobs.has(t.rel) || stale.has(t.rel))
        ? conversionIn({
            repoRoot: options.repoRoot as string,
            listedDir: git.cwd,
            listed: listed.files,
            gitDir: cacheDir ? dirname(cacheDir) : null,
            env: options.env ?? processEnv(),
          })
        : 'none';
    const base = folderPrefix(options.modelDir);
    const modelGit = git && (git.cwd === options.modelDir ? git : git.at(options.modelDir));
    // A cold run reads every target: what git may do to the tracked ones at checkout is asked
    // now, beside the hashing (regular files only: a symlink's record is its target's).
    let early: Promise<Map<string, CheckoutFact>> | null = null;
    if (where !== 'none' && cache.cold && listed && modelGit) {
      const tracked: { rel: string; blob: string }[] = [];
      for (const t of targets) {
        const blob = t.abs === base + t.rel ? listed.blobs.get(t.rel) : undefined;
        if (blob !== undefined) tracked.push({ rel: t.rel, blob });
      }
      early = checkoutFacts(modelGit, tracked, where);
      early.catch(() => undefined);
    }
    const committed =
      where !== 'none' && listed && git && modelGit
        ? async (read: readonly Target[], hits: readonly Target[]): Promise<void> => {
            // A record the cache kept under another index may be of the file's bytes when it was
            // untracked or edited, since committed (`git add` keeps its stat data, writes a new
            // index): checked as a file read now. Under the same index, the run that kept it
            // checked it.
            const looked = cache.underSameIndex || hits.length === 0 ? read : [...read, ...hits];
            const facts = early ? await early : null;
            // Regular files git tracks (not symlinks: their records are their targets'), less
            // those whose facts already say their bytes are their blob's.
            const plain = looked.filter(
              (t) => t.abs === base + t.rel && !(facts && plainlyItsBytes(facts, t.rel)),
            );
            if (!plain.some((t) => listed.blobs.has(t.rel) || stale.has(t.rel))) return;
            // Git's word that they clean to their blobs: the one this run takes, else asked here.
            if (vouchedLater) await vouchedLater;
            if (!worded) {
              const m = await listModifiedFiles(git);
              if (m) vouchedFiles(listed.blobs, rebaseSet(m, scope.prefix), stale);
              worded = m !== null;
            }
            const files: ReadFile[] = [];
            for (const t of plain) {
              const blob = listed.blobs.get(t.rel);
              // Without git's word, every tracked file is checked as one it says differs.
              if (blob !== undefined) {
                files.push({ rel: t.rel, size: t.key.size, blob, vouched: worded });
              } else {
                const was = stale.get(t.rel);
                if (was !== undefined) {
                  files.push({ rel: t.rel, size: t.key.size, blob: was, vouched: false });
                }
              }
            }
            for (const [rel, record] of await committedRecords(modelGit, files, where, facts)) {
              records.set(rel, record);
            }
          }
        : null;
    const { remembered } = await hashTargets(
      targets,
      cache,
      records,
      vouchedLater ?? vouched,
      options.onProgress,
      standby,
      committed,
    );

    const hashOf = (p: PartFiles): PartHash => ({
      name: p.name,
      hash: partHash(p.files.map((path) => ({ path, record: records.get(path) as FileRecord }))),
      files: p.files.length,
    });
    const components = parts.filter((p) => p.kind === 'component').map(hashOf);
    const data = parts.filter((p) => p.kind === 'data').map(hashOf);
    // The eval's own files are those no component or data set holds: a file of the model (a
    // config the command names) already changes the fingerprint, and is not the eval's too.
    const found = parts.find((p) => p.kind === 'eval');
    const ofModel =
      found && found.files.length
        ? new Set(parts.filter((p) => p.kind !== 'eval').flatMap((p) => p.files))
        : null;
    const evalPart = found && { ...found, files: found.files.filter((f) => !ofModel?.has(f)) };
    // No file to look for found: the eval settings stay as they were without eval files.
    const evalFiles = evalPart && evalPart.files.length ? hashOf(evalPart) : null;
    const stats = { cached: cache.hits, vouched: cache.vouched, hashed: cache.misses };
    // The memo and the file wait for every record to be remembered (git's word, on a cold run).
    const saved = remembered.then(() => {
      if (raw !== null) {
        // Symlinks (whose targets may change behind an unchanged link) are never remembered whole.
        const base = folderPrefix(options.modelDir);
        const plain = !dropped && targets.every((t) => t.abs === base + t.rel);
        // The eval's files ride along in the memo as a key of its own (kept through its JSON).
        const memo: Omit<EvalMemo, 'others'> = {
          key,
          files: records.size,
          components,
          data,
          evalFiles,
        };
        cache.keepMemo(memo, plain);
      }
      cache.save();
    });
    if (!options.deferSave) await saved;
    else saved.catch(() => undefined);
    return { fingerprint: fingerprintOf(components, data, evalFiles), stats, saved };
  } finally {
    void standby?.dismiss();
  }
}

/** A memo (stat-cache-file.ts) with the eval's files' hash too. */
type EvalMemo = PartsMemo & { readonly evalFiles?: PartHash | null };

/** What a run selects from, and where git lists it. */
interface Scope {
  readonly parts: readonly SelectPart[];
  /** Git in the folder listed, or null outside git. */
  readonly git: Git | null;
  /** The model's folder relative to the folder listed (POSIX, '' when the same). */
  readonly prefix: string;
}

/** The folder's listing: the one already started there, else a new one. */
const listingOf = (git: Git, started: StartedListing | null | undefined): Promise<string> =>
  started?.cwd === git.cwd ? started.raw : listGitIndex(git);

/**
 * Refuses paths that leave the repository (naming the key), and finds the folder to list: the
 * model's own, or the ancestor its farthest-climbing path (`../../data/x.dvc`) reaches.
 */
function scopeOf(manifest: Manifest, options: FingerprintOptions): Scope {
  const depth = options.repoRoot ? depthBelow(options.repoRoot, options.modelDir) : null;
  const issues = pathsLeavingRepo(manifest, depth);
  if (!issues.length && options.repoRoot) {
    // A metrics file listed twice as `../<own folder>/m.json`: refused before the eval runs.
    const folder = relative(options.repoRoot, options.modelDir).split(sep).join('/');
    const twice = metricsListedTwiceIn(manifest, folder);
    if (twice.length) {
      const lines = twice.map((i) => `${i.path.join('.')}: ${i.message}`);
      throw new LeptonError(
        'invalid',
        lines.length === 1
          ? (lines[0] as string)
          : `${lines.length} metrics files are listed twice`,
        [...(lines.length === 1 ? [] : lines), 'list each metrics file once'],
      );
    }
  }
  if (issues.length) {
    const lines = issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new LeptonError(
      'invalid',
      lines.length === 1 ? (lines[0] as string) : `${lines.length} paths leave the repository`,
      lines.length === 1 ? [] : lines,
    );
  }
  // A word of the eval command that climbs out is not a file of this repository: left out.
  const parts = selectionParts(manifest).map((p) =>
    p.optional ? { ...p, optional: p.optional.filter((w) => climbOf(w) <= (depth ?? 0)) } : p,
  );
  let climb = 0;
  for (const p of parts)
    for (const q of [...p.paths, ...(p.optional ?? [])]) climb = Math.max(climb, climbOf(q));
  if (!options.repoRoot) return { parts, git: null, prefix: '' };
  const env = options.env ?? processEnv();
  if (climb === 0) return { parts, git: new Git(options.modelDir, env), prefix: '' };
  const base = resolve(options.modelDir, ...Array<string>(climb).fill('..'));
  return {
    parts,
    git: new Git(base, env),
    prefix: relative(base, options.modelDir).split(sep).join('/'),
  };
}

/** How many folders `dir` is below `root`. */
function depthBelow(root: string, dir: string): number {
  const rel = relative(root, dir);
  return rel === '' ? 0 : rel.split(sep).length;
}

/** A listing of the folder above the model's, with names relative to the model's folder. */
function rebaseListing(listing: GitListing, prefix: string): GitListing {
  if (prefix === '') return listing;
  const files = listing.files.map((f) => rebaseName(f, prefix)).sort(compareUtf8);
  const blobs = new Map<string, string>();
  for (const [name, blob] of listing.blobs) blobs.set(rebaseName(name, prefix), blob);
  return { files, blobs };
}

function rebaseSet(names: ReadonlySet<string>, prefix: string): Set<string> {
  return new Set([...names].map((n) => (n === '' ? n : rebaseName(n, prefix))));
}

/**
 * The parts' files, and the files still to look at: those `served` takes care of (files git
 * vouches for whose record the cache holds) are not even stat'ed; every other one is
 * (dropped when git lists it but the work tree no longer has it).
 */
async function select(
  scope: Scope,
  options: FingerprintOptions,
  files: string[],
  served: ((rel: string) => boolean) | null,
  standby: Standby | null = null,
): Promise<{ parts: PartFiles[]; targets: Target[]; dropped: boolean }> {
  let listed = files;
  // Git's listing is strictly sorted (parseLsFiles); a walk of the folder is not.
  const sorted = options.repoRoot !== null;
  let { parts, unmatched } = matchParts(scope.parts, listed, sorted);

  const wanted = unionOf(parts.map((p) => p.files));
  const rest = served ? wanted.filter((rel) => !served(rel)) : wanted;
  const targets = statTargets(
    rest,
    options.modelDir,
    options.repoRoot ?? options.modelDir,
    standby,
  );
  if (targets.length !== rest.length) {
    const present = new Set(targets.map((t) => t.rel));
    const missing = new Set(rest.filter((f) => !present.has(f)));
    listed = listed.filter((f) => !missing.has(f));
    ({ parts, unmatched } = matchParts(scope.parts, listed, sorted));
  }
  if (unmatched.length) {
    const ignored = scope.git ? await listIgnoredFiles(scope.git) : [];
    const rebased = scope.prefix ? ignored.map((n) => rebaseName(n, scope.prefix)) : ignored;
    throw unmatchedError(unmatched, rebased, listed);
  }
  return { parts, targets, dropped: targets.length !== rest.length };
}

/**
 * The files of every part, each once, sorted: each part's files are strictly sorted in UTF-8
 * byte order (matchParts), so they merge in one pass (sorting 10,000 names again with
 * compareUtf8 cost more than the rest of selecting them), and a single non-empty part's files
 * are the answer as they are.
 */
export function unionOf(lists: readonly (readonly string[])[]): readonly string[] {
  const some = lists.filter((l) => l.length > 0);
  if (some.length === 0) return [];
  let out = some[0] as readonly string[];
  for (let k = 1; k < some.length; k++) {
    const a = out;
    const b = some[k] as readonly string[];
    const merged: string[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
      const x = a[i] as string;
      const y = b[j] as string;
      if (x === y) {
        merged.push(x);
        i++;
        j++;
      } else if (compareUtf8(x, y) < 0) {
        merged.push(x);
        i++;
      } else {
        merged.push(y);
        j++;
      }
    }
    while (i < a.length) merged.push(a[i++] as string);
    while (j < b.length) merged.push(b[j++] as string);
    out = merged;
  }
  return out;
}

function toSelection(parts: readonly PartFiles[]): Selection {
  const of = (kind: PartFiles['kind']) =>
    new Map(parts.filter((p) => p.kind === kind).map((p) => [p.name, p.files] as const));
  return {
    components: of('component'),
    data: of('data'),
    eval: parts.find((p) => p.kind === 'eval')?.files ?? [],
  };
}
