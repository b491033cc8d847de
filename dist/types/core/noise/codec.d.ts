import type { Samples } from './samples.js';
/** Encodes samples for storage (see the format above). */
export declare function encodeSamples(samples: Samples): Uint8Array;
/**
 * Decodes what `encodeSamples` wrote.
 * @throws LeptonError kind `git` when the bytes are not a samples blob of this format
 */
export declare function decodeSamples(bytes: Uint8Array, source: string): Samples;
