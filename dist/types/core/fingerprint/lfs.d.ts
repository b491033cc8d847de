/**
 * Git LFS pointer files (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md).
 * A pointer records the SHA-256 and size of the content it stands for, so
 * reading it as (size, oid) makes a pointer and its smudged content hash alike.
 */
/** git-lfs never treats a blob of this size or more as a pointer. */
export declare const LFS_POINTER_MAX_SIZE = 1024;
export interface LfsPointer {
    /** Lowercase hex SHA-256 of the content. */
    readonly oid: string;
    readonly size: number;
}
/** True when the bytes could be a pointer at all (cheap test before decoding). */
export declare function mayBeLfsPointer(size: number, head: string): boolean;
/** The pointer's oid and size, or null when the text is not a well-formed pointer. */
export declare function parseLfsPointer(text: string): LfsPointer | null;
