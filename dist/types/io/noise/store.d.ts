import type { Samples } from '../../core/noise/samples.js';
import type { Git } from '../git.js';
/**
 * Where a version's per-example values live in git: a ref straight to the blob (refs may name
 * any object), pushed beside the version tag so a later pull request can pair with them.
 */
export declare const samplesRef: (model: string, version: string) => string;
/** Stores samples as a git blob; returns its object id. */
export declare function writeSamplesBlob(git: Git, samples: Samples): Promise<string>;
/**
 * Points `samplesRef(model, version)` at a blob, never moving one that names another.
 * @returns false when the ref existed already (it is left as it was)
 */
export declare function writeSamplesRef(git: Git, model: string, version: string, blob: string): Promise<boolean>;
/**
 * Reads a version's samples: the blob the record names, fetched from `remote` by its ref when
 * this clone lacks it. Null when neither has it (the caller falls back to unpaired, or to no
 * interval at all, and says so).
 */
export declare function readSamplesBlob(git: Git, blob: string, fetchFrom?: {
    readonly remote: string;
    readonly ref: string;
}): Promise<Samples | null>;
