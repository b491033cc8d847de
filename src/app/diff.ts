import { LeptonError } from '../core/errors/index.js';
import type { VersionEntry, VersionRef } from '../core/registry/types.js';
import { readRegistry, resolveBaseline } from '../io/registry/index.js';
import type { AppContext } from './context.js';

export interface MetricDiff {
  readonly metric: string;
  readonly a: number | null;
  readonly b: number | null;
  /** b − a, null when either is missing. */
  readonly change: number | null;
  /** change / |a| (so a rise is positive whatever a's sign), null where a is 0 or missing. */
  readonly relative: number | null;
}

/** The contract's `diff --json` shape. */
export interface DiffResult {
  readonly a: VersionRef;
  readonly b: VersionRef;
  readonly metrics: readonly MetricDiff[];
}

// Differences of floats carry rounding noise (0.93 − 0.9 = 0.030000000000000027); 12
// significant digits keep every real digit and drop the noise.
const clean = (v: number): number => Number(v.toPrecision(12));

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
    if (!v.record) ctx.log.warn(`${v.tag} carries no Lepton record: no metrics to compare`);
  }
  return {
    a: { version: va.version, tag: va.tag },
    b: { version: vb.version, tag: vb.tag },
    metrics: diffMetrics(va.record?.metrics ?? {}, vb.record?.metrics ?? {}),
  };
}

export function diffMetrics(
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
): MetricDiff[] {
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const num = (r: Readonly<Record<string, number>>, k: string) =>
    Object.prototype.hasOwnProperty.call(r, k) && Number.isFinite(r[k]) ? (r[k] as number) : null;
  return names.map((metric) => {
    const x = num(a, metric);
    const y = num(b, metric);
    const change = x === null || y === null ? null : clean(y - x);
    const relative = change === null || x === null || x === 0 ? null : clean(change / Math.abs(x));
    return { metric, a: x, b: y, change, relative };
  });
}
