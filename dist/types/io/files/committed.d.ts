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
 * What may make git convert the scope's files between their blobs and the work tree:
 * - `'none'`: nothing: no config git reads names core.autocrlf (nor a core.attributesFile, nor
 *   an include), and no attributes file exists (a `.gitattributes` listed or in a folder above,
 *   the repository's `info/attributes`, the user's and the system's);
 * - `'attributes'`: attributes files exist, but no config may set core.autocrlf: only files
 *   whose attributes ask for it (`text`, `eol`, `crlf`, `filter`, `ident`,
 *   `working-tree-encoding`) may be converted (git's convert.c: with core.autocrlf false, a file
 *   with no text attribute is binary; core.eol applies to text files only);
 * - `'any'`: config may set core.autocrlf, so any file not marked `-text` may be converted.
 * Conservative: a file it cannot read, an unknown git directory or system prefix, config given
 * in the environment, or Windows (whose Git sets core.autocrlf in its own system config) all
 * say `'any'`. Reads a few small files; never throws.
 */
export type ConversionScopeAnswer = 'none' | 'attributes' | 'any';
export declare function conversionIn(scope: ConversionScope): ConversionScopeAnswer;
/** Whether git may convert any file of the scope at all ({@link conversionIn} is not 'none'). */
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
/** What git may do to one tracked file at checkout, and its blob's size where that matters. */
export interface CheckoutFact {
    /**
     * A `filter`, `ident` or `working-tree-encoding` attribute: the checkout may differ from the
     * blob while keeping its size, so the record comes from the blob.
     */
    readonly rewrites: boolean;
    /**
     * Line endings may be converted, so the file is its blob only at the blob's size: `text`,
     * `eol` or `crlf` set, or (where config may set core.autocrlf) any file not `-text`.
     */
    readonly lineEndings: boolean;
    /** The blob id its size was taken for ('' when none was needed). */
    readonly blob: string;
    /** That blob's size in bytes (NaN for one git does not have), or -1 when not needed. */
    readonly blobSize: number;
}
/**
 * The checkout facts of `files` (names relative to `git`'s folder): one `git check-attr --all`
 * (it answers only for files that have attributes), then one `git cat-file --batch-check` for
 * the files whose line endings may be converted (none where the attributes only mark LFS files
 * and no config may set core.autocrlf). Started early on a cold run, beside the hashing
 * (index.ts). Throws LeptonError 'git' when git fails.
 */
export declare function checkoutFacts(git: Git, files: readonly {
    readonly rel: string;
    readonly blob: string;
}[], where: Exclude<ConversionScopeAnswer, 'none'>): Promise<Map<string, CheckoutFact>>;
/**
 * The records, by name, of the files among `all` whose content is their blob's but whose bytes
 * git may have converted (see the top of this file), read from their blobs; the others
 * (modified files, files whose bytes are their blob's) are left out. `git` runs in the model's
 * folder; `where` is {@link conversionIn}'s answer; `facts`, those already taken for some of
 * the files ({@link checkoutFacts}; one whose size was taken for another blob id is taken
 * again). Throws LeptonError 'git' when git fails, or 'invalid' when a blob cannot be read or
 * a `.dvc` blob is not one.
 */
export declare function committedRecords(git: Git, all: readonly ReadFile[], where?: Exclude<ConversionScopeAnswer, 'none'>, facts?: ReadonlyMap<string, CheckoutFact> | null): Promise<Map<string, FileRecord>>;
/**
 * Whether a file needs nothing more than its bytes on disk by `facts` (taken for it, with no
 * attribute and no possible line-ending conversion): lets a caller skip it before building
 * its {@link ReadFile}.
 */
export declare function plainlyItsBytes(facts: ReadonlyMap<string, CheckoutFact>, rel: string): boolean;
