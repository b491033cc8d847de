import { LeptonError } from '../core/errors/index.js';
import type { Manifest, ManifestIssue } from '../core/manifest/types.js';
export declare class ManifestInvalidError extends LeptonError {
    readonly file: string;
    readonly issues: readonly ManifestIssue[];
    constructor(file: string, issues: readonly ManifestIssue[]);
}
/**
 * Reads and validates a manifest. `displayName` is how errors name the file
 * (relative to the repository, as annotations need).
 * @throws LeptonError `invalid` (exit 2) when the file is missing, unreadable, not a regular file
 *   (a folder, FIFO, device, socket: never waited on) or over MANIFEST_MAX_BYTES;
 *   ManifestInvalidError when it does not validate
 */
export declare function loadManifest(path: string, displayName?: string): Promise<Manifest>;
