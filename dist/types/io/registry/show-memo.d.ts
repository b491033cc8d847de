/** Everything a memo's bytes depend on besides the release and the model. */
export interface ShowMemoKey {
    /** The digest of the model's tag listing (`listModel`). */
    readonly digest: string;
    /** The renderer's name for its output's form (e.g. `Output.RESULT_FORMAT`). */
    readonly format: string;
    /** The manifest's stage names, in its order. */
    readonly stages: readonly string[];
}
export interface ShowMemo {
    /** The rendered output, byte for byte. */
    readonly bytes: Buffer;
    readonly skipped: readonly {
        readonly tag: string;
        readonly reason: string;
    }[];
}
/** Where a model's memo is kept, beside its tag cache (no other cache file ends so). */
export declare const showMemoFile: (gitDir: string, model: string) => string;
/**
 * The memo kept for `model` under exactly `key` (and this release), or null: none, another
 * key's, damaged, or anything but a bounded regular file. Never throws.
 */
export declare function loadShowMemo(gitDir: string, model: string, key: ShowMemoKey): ShowMemo | null;
/**
 * Keeps `memo` under `key` (written whole, then renamed into place; without fsync: a torn file
 * fails its checksum). A read-only or vanished git directory, or an output past the bound, only
 * costs speed. Never throws.
 */
export declare function saveShowMemo(gitDir: string, model: string, key: ShowMemoKey, memo: ShowMemo): void;
