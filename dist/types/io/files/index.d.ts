import type { Fingerprint } from '../../core/fingerprint/types.js';
import type { Manifest } from '../../core/manifest/types.js';
import { type StartedListing } from './list.js';
import type { Progress } from './progress.js';
import { type SelectPart } from './select.js';
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
export declare function selectFiles(manifest: Manifest, options: FingerprintOptions): Promise<Selection>;
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
export declare function listTree(manifest: Manifest, options: FingerprintOptions, started?: StartedListing | null): Promise<TreeListing>;
/** Hashes every component and data set and combines them (encoding: core/fingerprint/encoding.ts). */
export declare function fingerprintModel(manifest: Manifest, options: FingerprintOptions): Promise<Fingerprint>;
export declare function fingerprintWithStats(manifest: Manifest, options: FingerprintOptions): Promise<{
    fingerprint: Fingerprint;
    stats: FingerprintStats;
    saved: Promise<void>;
}>;
/**
 * The files of every part, each once, sorted: each part's files are strictly sorted in UTF-8
 * byte order (matchParts), so they merge in one pass (sorting 10,000 names again with
 * compareUtf8 cost more than the rest of selecting them), and a single non-empty part's files
 * are the answer as they are.
 */
export declare function unionOf(lists: readonly (readonly string[])[]): readonly string[];
