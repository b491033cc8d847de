import type { Changed, Fingerprint } from '../core/fingerprint/types.js';
import type { VersionRef } from '../core/registry/types.js';
import { type Progress } from '../io/files/index.js';
import type { StartedListing } from '../io/files/list.js';
import type { AppContext } from './context.js';
export interface StatusOptions {
    /** Hashing progress, called only once hashing has lasted a second. */
    readonly onProgress?: (p: Progress) => void;
    /** List each part's files (`status --files`); needs a git work tree. */
    readonly files?: boolean;
}
/** Each part's files, relative to the manifest's folder, sorted in UTF-8 byte order. */
export interface PartFileLists {
    readonly components: Readonly<Record<string, readonly string[]>>;
    readonly data: Readonly<Record<string, readonly string[]>>;
    /** The eval's own files, when it names any. */
    readonly eval?: readonly string[];
}
/** `lepton status`: the contract's `status --json` shape. */
export interface StatusResult {
    readonly model: string;
    readonly fingerprint: string;
    readonly components: Readonly<Record<string, {
        hash: string;
        files: number;
    }>>;
    readonly data: Readonly<Record<string, {
        hash: string;
        files: number;
    }>>;
    /**
     * The eval's own files (named by `eval.command` or `eval.paths`), hashed into the eval
     * settings, not the fingerprint; absent when the eval names none.
     */
    readonly eval?: {
        hash: string;
        files: number;
    };
    /** The highest recorded version, null before the first. */
    readonly latest: VersionRef | null;
    /** Parts that differ from `latest` (every part when nothing is recorded). */
    readonly changed: Changed;
    /** With `files`: what each part selected (the files its hash is over). */
    readonly files?: PartFileLists;
}
/** The model's fingerprint with the stat cache in `<git dir>/lepton` (none outside git). */
export declare function fingerprintProject(ctx: AppContext, options?: {
    /** Hashing progress, called only once hashing has lasted a second. */
    readonly onProgress?: ((p: Progress) => void) | undefined;
    /** The model folder's git listing, already started (record's early questions). */
    readonly listing?: StartedListing | null;
    /**
     * The stat cache may be written after the fingerprint is returned (FingerprintOptions
     * .deferSave): for a caller whose next work is the eval, which the write then runs beside.
     */
    readonly deferSave?: boolean;
}): Promise<Fingerprint>;
/**
 * `lepton status`: the fingerprint, each part's hash and file count, and what changed since the
 * highest recorded version; with `options.files`, each part's files as well.
 * @throws LeptonError `invalid` (code 2) for a path that matches nothing or leaves the
 *   repository, or `files` outside a git work tree
 */
export declare function status(ctx: AppContext, options?: StatusOptions): Promise<StatusResult>;
