/** The manifest's value patterns, shared by the zod schema (schema.ts) and its quick check (quick.ts). */
export declare const NAME: RegExp;
/**
 * The longest model or stage name, in characters (NAME's are ASCII: bytes too). Each is part of
 * git tag names (`MODEL@vX.Y.Z`, `MODEL#STAGE#N`, GTO's `MODEL#STAGE!#N`), and git writes a tag
 * as a file named by it, with `.lock` added while it writes, which the file system limits to
 * 255 bytes (NAME_MAX). 100 + 100 leaves room for the separators, `.lock`, a counter and any
 * `--version` (X.Y.Z, each at most 16 digits): `MODEL#STAGE!#N.lock` is at most 255 bytes for N
 * below 10^47, `MODEL@vX.Y.Z.lock` at most 157.
 */
export declare const NAME_MAX_LENGTH = 100;
/** Whether `v` is a model or stage name: NAME, at most NAME_MAX_LENGTH characters. */
export declare const isName: (v: string) => boolean;
export declare const PART_NAME: RegExp;
export declare const PERCENT: RegExp;
export declare const DURATION: RegExp;
/** `oci://HOST[:PORT]/PREFIX`; path components as the distribution spec allows them (lowercase). */
export declare const OCI_STORE: RegExp;
export declare const HTTP_URL: RegExp;
export declare const ENV_NAME: RegExp;
