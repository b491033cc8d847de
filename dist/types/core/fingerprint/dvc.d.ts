/**
 * A DVC `.dvc` file stands for data DVC keeps out of git: it contributes the
 * hashes and sizes it records for each output, never the data.
 *
 * DVC 3 writes, per output, `md5`, `size`, `hash: md5` and `path`, and for a
 * directory `md5: <hex>.dir` plus `nfiles`; DVC 2 omits `hash` (its md5 is of
 * a different kind, so the marker is kept in the record).
 */
export interface DvcOut {
    readonly path: string;
    /** DVC's hash-kind marker (`md5` in DVC 3), null when absent (DVC 2). */
    readonly hashName: string | null;
    /** `<hex>` for a file, `<hex>.dir` for a directory. */
    readonly md5: string;
    readonly size: number | null;
    readonly nfiles: number | null;
}
export type DvcParse = {
    readonly ok: true;
    readonly outs: readonly DvcOut[];
} | {
    readonly ok: false;
    readonly reason: string;
};
export declare function isDvcFile(path: string): boolean;
/** The outputs a `.dvc` file records, or why it cannot be read as one. */
export declare function parseDvcFile(text: string): DvcParse;
