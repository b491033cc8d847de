import { LeptonError } from '../../core/errors/index.js';
import type { Manifest, Part } from '../../core/manifest/types.js';
export type PartKind = 'component' | 'data';
export interface PartFiles {
    readonly kind: PartKind;
    readonly name: string;
    /** Sorted (UTF-8 byte order), relative to the model's directory. */
    readonly files: readonly string[];
}
export interface Unmatched {
    readonly kind: PartKind;
    readonly part: string;
    readonly pattern: string;
}
/** Every part of the manifest with its kind, components first. */
export declare function partsOf(manifest: Manifest): {
    kind: PartKind;
    part: Part;
}[];
/**
 * A path of the manifest as a test on listed files. Globs follow picomatch
 * with dotfiles included (a changed `.config` under a component's folder is a
 * change of that component). A path without glob characters names a file or
 * a folder; a folder covers every file under it.
 */
export declare function pathMatcher(pattern: string): (file: string) => boolean;
/** Refuses paths that leave the repository before anything is listed. */
export declare function checkPatterns(manifest: Manifest): void;
/**
 * The files each part's paths match, and the paths that matched nothing. `strictlySorted`:
 * `files` are sorted in UTF-8 byte order, each once (as git lists them).
 */
export declare function matchParts(manifest: Manifest, files: readonly string[], strictlySorted?: boolean): {
    parts: PartFiles[];
    unmatched: Unmatched[];
};
/** One error naming every path that matched nothing, and those that match only ignored files. */
export declare function unmatchedError(unmatched: readonly Unmatched[], ignored: readonly string[]): LeptonError;
