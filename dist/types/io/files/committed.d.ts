import type { FileRecord } from '../../core/fingerprint/encoding.js';
import type { Git } from '../git.js';
/** Where a run looks for attributes and config, besides the listing. */
export interface ConversionScope {
    /** The work tree's top level. */
    readonly repoRoot: string;
    /** The folder git listed (the model's, or the ancestor its paths climb to). */
    readonly listedDir: string;
    /** The files git listed there (relative to listedDir, POSIX). */
    readonly listed: readonly string[];
    /** The git directory when known (`<git dir>/lepton` less its last part), else null. */
    readonly gitDir: string | null;
    readonly env: Readonly<NodeJS.ProcessEnv>;
}
/**
 * Whether git may convert any file of the scope between its blob and the work tree: false only
 * when no config git reads names core.autocrlf (nor a core.attributesFile, nor an include), and
 * no attributes file exists (a `.gitattributes` listed or in a folder above, the repository's
 * `info/attributes`, the user's and the system's). Conservative: a file it cannot read, an
 * unknown git directory or system prefix, config given in the environment, or Windows (whose
 * Git sets core.autocrlf in its own system config) all say true. Reads a few small files; never
 * throws.
 */
export declare function conversionMayApply(scope: ConversionScope): boolean;
/** A tracked regular file read from disk in this run. */
export interface ReadFile {
    /** Relative to the model's folder (POSIX), as git's names are there. */
    readonly rel: string;
    /** The blob id the index holds for it. */
    readonly blob: string;
    /** Its size in the work tree (lstat), in bytes. */
    readonly size: number;
    /**
     * Git vouched that it is unmodified (`diff-files`). Else git said it differs from the index,
     * which it also says of a file whose stat data alone changed (a `touch`, a copy): such a file
     * is hashed by git as `git add` would (`hash-object`, with its filters) and counts as
     * unmodified when that gives its blob.
     */
    readonly vouched: boolean;
}
/**
 * The records, by name, of the files among `files` whose content is their blob's but whose
 * bytes git may have converted (see the top of this file), read from their blobs; the others
 * (modified files, files whose bytes are their blob's) are left out. `git` runs in the model's
 * folder. Throws LeptonError 'git' when git fails, or 'invalid' when a blob cannot be read or a
 * `.dvc` blob is not one.
 */
export declare function committedRecords(git: Git, all: readonly ReadFile[]): Promise<Map<string, FileRecord>>;
