/**
 * Reading a file a user named (a manifest, a shard result, a metrics or samples file the eval
 * wrote): only a regular file of bounded size is read. `fs.readFile` on anything else never
 * returns or floods memory: a FIFO waits for a writer forever, `/dev/zero` never ends, a
 * folder fails with a bare EISDIR. A symlink is followed (a user may link a manifest); what it
 * points to must be a regular file.
 *
 * The file is looked at (stat) before it is opened, so a device is never opened (opening some
 * has effects: a tape rewinds), then opened without waiting for a FIFO's writer (O_NONBLOCK) and
 * checked again on the descriptor (the same file, still regular); reading stops one byte past the
 * bound, so a file that grows while read is still bounded.
 */
/**
 * The largest manifest read: a lepton.yml is a few KiB; a file a thousand times that is not one
 * (a data file named by mistake), and reading it whole only to report pages of YAML errors helps
 * nobody.
 */
export declare const MANIFEST_MAX_BYTES: number;
/** Why a user-named file was not read. `code` is the errno (ENOENT…) or Lepton's own. */
export declare class InputFileError extends Error {
    /** ENOENT, ENOTDIR, EACCES… from the system; `EISDIR`, `ENOTREG` (a FIFO, device, socket) or `EFBIG` (over the bound) from the checks. */
    readonly code: string;
    /** Says why in a few words: `no such file`, `is a folder`, `is a FIFO (named pipe), not a regular file`. */
    readonly reason: string;
    readonly name = "InputFileError";
    constructor(
    /** ENOENT, ENOTDIR, EACCES… from the system; `EISDIR`, `ENOTREG` (a FIFO, device, socket) or `EFBIG` (over the bound) from the checks. */
    code: string, 
    /** Says why in a few words: `no such file`, `is a folder`, `is a FIFO (named pipe), not a regular file`. */
    reason: string);
}
/** `1 MiB`, `300 KiB`, `12 bytes`: a size for a message. */
export declare function sizeText(bytes: number): string;
/**
 * The bytes of the regular file at `path`, at most `maxBytes` of them.
 * @throws InputFileError when it is missing or unreadable (the system's code), not a regular
 *   file (`EISDIR`, `ENOTREG`) or larger than `maxBytes` (`EFBIG`); never blocks on a FIFO
 */
export declare function readInputFile(path: string, maxBytes: number): Promise<Buffer>;
/** As readInputFile, decoded as UTF-8 (a byte that is not UTF-8 becomes U+FFFD). */
export declare function readInputText(path: string, maxBytes: number): Promise<string>;
