import type { ValidationResult } from './validate.js';
/**
 * A valid manifest's result without loading zod, or null: not sure (then ask validate.ts).
 * Same arguments and, when not null, the same result as `validateManifest`.
 */
export declare function quickValidate(text: string, file?: string): ValidationResult | null;
/**
 * `validateManifest`, loading zod only for a manifest the quick check is not sure of.
 * @returns the same result as validate.ts `validateManifest(text, file)`
 */
export declare function validateManifestLazily(text: string, file?: string): Promise<ValidationResult>;
