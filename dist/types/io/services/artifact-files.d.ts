export interface ArtifactFiles {
    /** Matched files, relative to the model's directory, POSIX, sorted. */
    readonly files: readonly string[];
    /** Patterns that matched no file (the build may not have produced them). */
    readonly unmatched: readonly string[];
    /** Files skipped because they resolve outside the repository (symlinks). */
    readonly outside: readonly string[];
}
/**
 * Expands the manifest's `artifacts:` globs (relative to `modelDir`). A pattern naming a
 * directory takes everything under it. Only the static base of each glob is walked.
 */
export declare function expandArtifacts(patterns: readonly string[], modelDir: string, repoRoot: string): Promise<ArtifactFiles>;
