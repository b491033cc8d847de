/** The content hash of one component or data set. */
export interface PartHash {
    readonly name: string;
    /** `sha256:<hex>` over the canonical encoding of its files (see fingerprint/encoding.ts). */
    readonly hash: string;
    /** How many files its globs matched. */
    readonly files: number;
}
/** The model's identity by content: every component and data hash, combined. */
export interface Fingerprint {
    /** `sha256:<hex>` over the component and data hashes. */
    readonly fingerprint: string;
    readonly components: readonly PartHash[];
    readonly data: readonly PartHash[];
    /**
     * The eval's own files (named by `eval.command`, or by `eval.paths`), when it has any to look
     * for: not part of `fingerprint`; eval-files.ts folds it into the eval settings.
     */
    readonly evalFiles?: PartHash;
}
/** Which parts differ between two fingerprints (by name; a part absent from one side counts as changed). */
export interface Changed {
    readonly components: readonly string[];
    readonly data: readonly string[];
    /**
     * The eval settings (command, env, …, and the eval's own files) differ from the recorded
     * version's: its metrics were measured by another eval. Absent when not known to differ.
     */
    readonly eval?: boolean;
}
