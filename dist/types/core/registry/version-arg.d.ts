/**
 * A VERSION argument in any accepted form — `1.2.0`, `v1.2.0` or `sentiment@v1.2.0` — as
 * `X.Y.Z`; null when the text is none of them (it may be a git revision). A tag of another
 * model is an error rather than a silent miss.
 */
export declare function parseVersionArg(text: string, model: string): string | null;
