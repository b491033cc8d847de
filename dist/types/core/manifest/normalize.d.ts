import type { Manifest, Threshold } from './types.js';
import type { RawManifest } from './schema.js';
export declare function parseDuration(text: string): number;
/** Fills defaults and converts units; the input has already passed validation. */
export declare function normalize(raw: RawManifest): Manifest;
/** The thresholds a stage applies: the eval's, with the stage's own for the same metric added on top. */
export declare function stageThresholds(manifest: Pick<Manifest, 'eval' | 'stages'>, stage: string): readonly Threshold[];
