import type { Changed, Fingerprint } from '../core/fingerprint/types.js';
import type { VersionRef } from '../core/registry/types.js';
import { type Progress } from '../io/files/index.js';
import type { AppContext } from './context.js';
export interface StatusOptions {
    /** Hashing progress, called only once hashing has lasted a second. */
    readonly onProgress?: (p: Progress) => void;
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
}
/** The model's fingerprint with the stat cache in `<git dir>/lepton` (none outside git). */
export declare function fingerprintProject(ctx: AppContext, onProgress?: (p: Progress) => void): Promise<Fingerprint>;
export declare function status(ctx: AppContext, options?: StatusOptions): Promise<StatusResult>;
