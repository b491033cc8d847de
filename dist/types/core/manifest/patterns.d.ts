/** The manifest's value patterns, shared by the zod schema (schema.ts) and its quick check (quick.ts). */
export declare const NAME: RegExp;
export declare const PART_NAME: RegExp;
export declare const PERCENT: RegExp;
export declare const DURATION: RegExp;
/** `oci://HOST[:PORT]/PREFIX`; path components as the distribution spec allows them (lowercase). */
export declare const OCI_STORE: RegExp;
export declare const HTTP_URL: RegExp;
export declare const ENV_NAME: RegExp;
