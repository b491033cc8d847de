import type { Check } from '../core/gate/types.js';
import type { ThresholdSet } from '../core/gate/threshold-changes.js';
import type { Threshold } from '../core/manifest/types.js';
import type { VersionRecord } from '../core/registry/types.js';
import type { AppContext } from './context.js';
/** The baseline's thresholds, and where they were read. */
export interface BaselineThresholds {
    readonly thresholds: ThresholdSet;
    /**
     * `manifest`: its `lepton.yml` at its commit (every threshold, stages and `noise` included);
     * `checks`: its record's checks (eval thresholds' bounds and levels only), when that file is
     * gone or no longer valid.
     */
    readonly from: 'manifest' | 'checks';
}
/** The eval thresholds a record's checks were made by (one check per bound, contract §3). */
export declare function thresholdsOfChecks(checks: readonly Check[]): Threshold[];
/**
 * The thresholds the baseline was gated by. A version record holds its checks (the eval
 * thresholds' bounds and levels) but not the manifest's thresholds themselves: no `noise`, no
 * stage's own. `record` refuses a `lepton.yml` that differs from the commit (its thresholds
 * decide `passed`), so the manifest at the baseline's commit is exactly what decided it: read
 * with one `git show COMMIT:./FILE` (this manifest's name, run in its folder: `ctx.git` may sit
 * elsewhere in the work tree, as the Action's does) and parsed by the
 * validator. When the commit has no such file (the manifest moved) or it no longer validates,
 * the record's checks stand in for the eval thresholds. Null without a baseline record.
 */
export declare function baselineThresholds(ctx: AppContext, record: VersionRecord | null): Promise<BaselineThresholds | null>;
