/** The manifest's value patterns, shared by the zod schema (schema.ts) and its quick check (quick.ts). */

export const NAME = /^[a-z]([a-z0-9-]*[a-z0-9])?$/;
/**
 * The longest model or stage name, in characters (NAME's are ASCII: bytes too). Each is part of
 * git tag names (`MODEL@vX.Y.Z`, `MODEL#STAGE#N`, GTO's `MODEL#STAGE!#N`), and git writes a tag
 * as a file named by it, with `.lock` added while it writes, which the file system limits to
 * 255 bytes (NAME_MAX). 100 + 100 leaves room for the separators, `.lock`, a counter and any
 * `--version` (X.Y.Z, each at most 16 digits): `MODEL#STAGE!#N.lock` is at most 255 bytes for N
 * below 10^47, `MODEL@vX.Y.Z.lock` at most 157.
 */
export const NAME_MAX_LENGTH = 100;
/** Whether `v` is a model or stage name: NAME, at most NAME_MAX_LENGTH characters. */
export const isName = (v: string): boolean => v.length <= NAME_MAX_LENGTH && NAME.test(v);
export const PART_NAME = /^[A-Za-z0-9]([A-Za-z0-9_.-]*[A-Za-z0-9])?$/;
export const PERCENT = /^(\d+(?:\.\d+)?)\s*%$/;
export const DURATION = /^(\d+(?:\.\d+)?)(s|m|h)$/;
/** `oci://HOST[:PORT]/PREFIX`; path components as the distribution spec allows them (lowercase). */
export const OCI_STORE =
  /^oci:\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\])(:\d+)?(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*\/?$/;
export const HTTP_URL = /^https?:\/\/\S+$/;
export const ENV_NAME = /^[^=\0]+$/;
