import type { FileRecord } from '../../core/fingerprint/encoding.js';
import { type Git } from '../git.js';
/**
 * Each file's record from one `git cat-file --batch`, hashed as the bytes stream in (a large
 * blob is never held whole). Rules as for the work tree: a `.dvc` file by its outs, a small
 * blob that is an LFS pointer by its oid and size, anything else by size and SHA-256.
 */
export declare function readBlobRecords(git: Git, blobOf: ReadonlyMap<string, string>): Promise<Map<string, FileRecord> | string>;
