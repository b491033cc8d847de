import type { Changed, Fingerprint } from './types.js';
/** The per-part hashes a version records. */
export interface RecordedHashes {
    readonly components: Readonly<Record<string, string>>;
    readonly data: Readonly<Record<string, string>>;
}
/**
 * Which components and data sets differ from a recorded version: a different
 * hash, or present on one side only (a new, removed or renamed part). With no
 * recorded version (`null`) every current part counts as changed, since
 * nothing vouches for any of them. Current parts come in their order, removed
 * ones after them, sorted.
 */
export declare function changedParts(current: Fingerprint, recorded: RecordedHashes | null): Changed;
