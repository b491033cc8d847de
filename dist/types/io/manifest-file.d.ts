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
 */
export declare function loadManifest(path: string, displayName?: string): Promise<Manifest>;
