import { LeptonError } from '../../core/errors/index.js';
import type { Manifest, Part } from '../../core/manifest/types.js';
/** `eval`: the eval's own files (command-named and `eval.paths`), hashed into the eval settings. */
export type PartKind = 'component' | 'data' | 'eval';
/** What one part selects from: its paths in order (`!` excludes, gitignore-style). */
export interface SelectPart {
    readonly kind: PartKind;
    readonly name: string;
    /** Manifest paths: each positive one must match a file. */
    readonly paths: readonly string[];
    /** Paths that may match nothing (the words of the eval command). */
    readonly optional?: readonly string[];
}
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
    /** The pattern matched files, but its part's exclusions took every one (the part is empty). */
    readonly allExcluded?: boolean;
}
/** The name the eval's files go by in selections (never a valid part name). */
export declare const EVAL_PART = "eval";
/** Every part of the manifest with its kind, components first. */
export declare function partsOf(manifest: Manifest): {
    kind: 'component' | 'data';
    part: Part;
}[];
/**
 * What a fingerprint run selects: the components and data sets, then the eval's own files
 * when it has any to look for (`eval.paths`, or words of the command that may be files).
 */
export declare function selectionParts(manifest: Manifest): SelectPart[];
/**
 * The eval's files as a part: `eval.paths` (which must match), and each path the command
 * names (commandPaths: its words, a `python -m` module's files, make's makefile), resolved from
 * `eval.workdir` (which may match nothing: `python` is a word too). Words naming the manifest's folder or one above it, and the metrics files (the
 * eval's output), are left out.
 */
export declare function evalFilesPart(manifest: Manifest): SelectPart | null;
/** A manifest path in the form files are listed in: `./` and `.`/`..` segments resolved. */
export declare function normalizePath(pattern: string): string;
/** Whether the path is an exclusion (`!pattern`; `\!` starts a literal `!`). */
export declare function isExclusion(pattern: string): boolean;
/**
 * A path of the manifest as a test on listed files. Globs follow picomatch
 * with dotfiles included (a changed `.config` under a component's folder is a
 * change of that component) and with `*`, `?` and `**` matching any character
 * a name can hold, newlines included. A path without glob characters names a
 * file or a folder; a folder covers every file under it. A leading `!` is
 * not read here (see partMatcher).
 */
export declare function pathMatcher(pattern: string): (file: string) => boolean;
/**
 * A part's paths as one test, gitignore-style: a file is in the part when the last path that
 * matches it is not an exclusion (`!pattern`).
 */
export declare function partMatcher(paths: readonly string[]): (file: string) => boolean;
/**
 * The files each part's paths match, and the paths that matched nothing (a part whose
 * exclusions take every file it matched is named by its first path, `allExcluded`).
 * `strictlySorted`: `files` are sorted in UTF-8 byte order, each once (as git lists them).
 */
export declare function matchParts(parts: readonly SelectPart[], files: readonly string[], strictlySorted?: boolean): {
    parts: PartFiles[];
    unmatched: Unmatched[];
};
/**
 * Why a path matches no file: nothing, only files git ignores, or (given without `.dvc`) a
 * DVC pointer beside it. `listed`: the files git would track.
 */
export declare function unmatchedReason(u: Unmatched, ignored: readonly string[], listed: readonly string[]): string;
/** One error naming every path that matched nothing, and those that match only ignored files. */
export declare function unmatchedError(unmatched: readonly Unmatched[], ignored: readonly string[], listed?: readonly string[]): LeptonError;
/**
 * Names listed relative to `base` (POSIX), relative to the model's folder `prefix` below it
 * (`models/a`) instead, in the shortest form: `models/a/x` → `x`, `data/y` → `../../data/y`.
 */
export declare function rebaseName(name: string, prefix: string): string;
