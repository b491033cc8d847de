import type { AppContext } from './context.js';
/**
 * Where a key of the manifest is, for a hint: `models/a/lepton.yml:21:12 eval.metrics` (the file
 * relative to the repository's top level). Parses the manifest again, so call it only on the way
 * to an error. Never throws: without the file it names the key alone.
 */
export declare function keyLocation(app: AppContext, path: readonly string[]): Promise<string>;
/** `keyLocation` of `eval.metrics` (a list of one file is written as that file alone). */
export declare const metricsKeyLocation: (app: AppContext) => Promise<string>;
