import type { Manifest, ManifestIssue } from './types.js';
export type ValidationResult = {
    readonly ok: true;
    readonly manifest: Manifest;
    readonly issues: readonly [];
} | {
    readonly ok: false;
    readonly issues: readonly ManifestIssue[];
};
/**
 * Parses and validates manifest text; every problem at once, each with its position. Each issue's
 * key path, message and hint are printable and bounded (format.ts's printableIssue): the text may
 * be anything (a binary file named as the manifest), and an issue quotes it.
 */
export declare function validateManifest(text: string, file?: string): ValidationResult;
export { formatIssue } from './format.js';
