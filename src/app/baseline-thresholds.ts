import { basename } from 'node:path';
import type { Check } from '../core/gate/types.js';
import type { ThresholdSet } from '../core/gate/threshold-changes.js';
import type { RelativeBound, Threshold } from '../core/manifest/types.js';
import { validateManifest } from '../core/manifest/validate.js';
import type { VersionRecord } from '../core/registry/types.js';
import { fileAtCommit } from '../io/registry/worktree.js';
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

/** `10%` → percent 10, a number → absolute (a check keeps its bound as written, check.ts). */
function relative(bound: number | string): RelativeBound | null {
  if (typeof bound === 'number') return { kind: 'absolute', value: bound };
  const m = /^(\d+(?:\.\d+)?)%$/.exec(bound);
  return m ? { kind: 'percent', value: Number(m[1]) } : null;
}

/** The eval thresholds a record's checks were made by (one check per bound, contract §3). */
export function thresholdsOfChecks(checks: readonly Check[]): Threshold[] {
  const by = new Map<string, { -readonly [K in keyof Threshold]: Threshold[K] }>();
  for (const c of checks) {
    const t = by.get(c.metric) ?? { metric: c.metric, level: c.level };
    by.set(c.metric, t);
    if (c.rule === 'min' && typeof c.bound === 'number') t.min = c.bound;
    else if (c.rule === 'max' && typeof c.bound === 'number') t.max = c.bound;
    else {
      const r = relative(c.bound);
      if (r && c.rule === 'max_drop') t.maxDrop = r;
      if (r && c.rule === 'max_rise') t.maxRise = r;
    }
  }
  return [...by.values()];
}

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
export async function baselineThresholds(
  ctx: AppContext,
  record: VersionRecord | null,
): Promise<BaselineThresholds | null> {
  if (!record) return null;
  const name = basename(ctx.manifestPath);
  const text = /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(record.commit)
    ? await fileAtCommit(ctx.git.at(ctx.modelDir), record.commit, `./${name}`).catch(() => null)
    : null;
  const parsed = text === null ? null : validateManifest(text, name);
  if (parsed?.ok) {
    const m = parsed.manifest;
    return {
      thresholds: {
        eval: m.eval.thresholds,
        stages: m.stages.map((s) => ({ name: s.name, thresholds: s.thresholds })),
      },
      from: 'manifest',
    };
  }
  ctx.log.info(
    `thresholds compared with v${record.version}'s recorded checks: its ${name} at ${record.commit.slice(0, 12)} ${text === null ? 'could not be read' : 'is not valid now'}`,
  );
  return { thresholds: { eval: thresholdsOfChecks(record.checks), stages: [] }, from: 'checks' };
}
