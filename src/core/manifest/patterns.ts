/** The manifest's value patterns, shared by the zod schema (schema.ts) and its quick check (quick.ts). */

export const NAME = /^[a-z]([a-z0-9-]*[a-z0-9])?$/;
export const PART_NAME = /^[A-Za-z0-9]([A-Za-z0-9_.-]*[A-Za-z0-9])?$/;
export const PERCENT = /^(\d+(?:\.\d+)?)\s*%$/;
export const DURATION = /^(\d+(?:\.\d+)?)(s|m|h)$/;
/** `oci://HOST[:PORT]/PREFIX`; path components as the distribution spec allows them (lowercase). */
export const OCI_STORE =
  /^oci:\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\])(:\d+)?(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*\/?$/;
export const HTTP_URL = /^https?:\/\/\S+$/;
export const ENV_NAME = /^[^=\0]+$/;
