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
}
/** Which parts differ between two fingerprints (by name; a part absent from one side counts as changed). */
export interface Changed {
    readonly components: readonly string[];
    readonly data: readonly string[];
}
