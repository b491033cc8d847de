export type RawAnswer = {
    readonly kind: 'written';
    /** `sha256:<hex>` of the bytes written, and how many. */
    readonly digest: string;
    readonly size: number;
} | {
    readonly kind: 'redirect';
    readonly status: number;
    readonly location: string;
} | {
    readonly kind: 'other';
    readonly status: number;
};
/**
 * GETs `url` and, on a plain `200`, writes the body to a new file `path` (`wx`: never over one
 * that exists), hashing it on the way.
 *
 * @param headers request headers (authorization among them), sent as given.
 * @throws Error when the connection fails or closes before `Content-Length` bytes arrived,
 *   or the file cannot be written (the file may then exist, partly written: the caller removes it).
 */
export declare function downloadRaw(url: URL, headers: Readonly<Record<string, string>>, path: string): Promise<RawAnswer>;
