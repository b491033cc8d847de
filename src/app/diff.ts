import { LeptonError } from '../core/errors/index.js';
import type { VersionEntry, VersionRef } from '../core/registry/types.js';
import { metricDiff, type DiffRow } from '../core/report/diff.js';
import { readRegistry, resolveBaseline } from '../io/registry/index.js';
import type { AppContext } from './context.js';

/** One metric of the diff: b − a and that change over |a| (null where a is 0 or missing). */
export type MetricDiff = DiffRow;

/** The contract's `diff --json` shape. */
export interface DiffResult {
  readonly a: VersionRef;
  readonly b: VersionRef;
  readonly metrics: readonly MetricDiff[];
}

/** Compares recorded metrics; A and B as VERSION or git revision, B defaulting to the latest version. */
export async function diff(ctx: AppContext, a: string, b?: string): Promise<DiffResult> {
  const registry = await readRegistry(ctx.git, ctx.manifest.model);
  const pick = async (ref: string): Promise<VersionEntry> => {
    const v = await resolveBaseline(ctx.git, registry, ref);
    if (!v) throw new LeptonError('invalid', `no version of ${registry.model} at ${ref}`);
    return v;
  };
  const va = await pick(a);
  const vb = b === undefined ? registry.versions[0] : await pick(b);
  if (!vb) throw new LeptonError('invalid', `${registry.model} has no recorded version`);
  for (const v of [va, vb]) {
    if (!v.summary) ctx.log.warn(`${v.tag} carries no Lepton record: no metrics to compare`);
  }
  return {
    a: { version: va.version, tag: va.tag },
    b: { version: vb.version, tag: vb.tag },
    metrics: metricDiff(va.summary?.metrics ?? {}, vb.summary?.metrics ?? {}),
  };
}
