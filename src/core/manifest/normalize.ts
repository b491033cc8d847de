import type { Manifest, Part, RelativeBound, Threshold } from './types.js';
import { DURATION, PERCENT } from './patterns.js';
import type { RawManifest } from './schema.js';

type RawThresholds = NonNullable<RawManifest['eval']['thresholds']>;

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000 } as const;

export function parseDuration(text: string): number {
  const m = DURATION.exec(text);
  if (!m) throw new Error(`not a duration: ${text}`);
  return Math.round(Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS]);
}

function bound(raw: number | string | undefined): RelativeBound | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'number') return { kind: 'absolute', value: raw };
  const m = PERCENT.exec(raw);
  return { kind: 'percent', value: Number(m?.[1]) };
}

function thresholds(raw: RawThresholds | undefined): Threshold[] {
  return Object.entries(raw ?? {}).map(([metric, t]) =>
    Object.freeze({
      metric,
      ...(t.min !== undefined && { min: t.min }),
      ...(t.max !== undefined && { max: t.max }),
      ...(t.max_drop !== undefined && { maxDrop: bound(t.max_drop) }),
      ...(t.max_rise !== undefined && { maxRise: bound(t.max_rise) }),
      level: t.level ?? 'error',
      ...('noise' in t && t.noise === 'warn' && { noise: 'warn' as const }),
    }),
  );
}

function parts(raw: Record<string, { paths: string[] }> | undefined): Part[] {
  return Object.entries(raw ?? {}).map(([name, p]) =>
    Object.freeze({ name, paths: Object.freeze(p.paths.map(posix)) }),
  );
}

const posix = (p: string) => p.replace(/\\/g, '/').replace(/^\.\//, '');

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Fills defaults and converts units; the input has already passed validation. */
export function normalize(raw: RawManifest): Manifest {
  const metrics = typeof raw.eval.metrics === 'string' ? [raw.eval.metrics] : raw.eval.metrics;
  return deepFreeze({
    version: 1,
    model: raw.model,
    description: raw.description ?? null,
    components: parts(raw.components),
    data: parts(raw.data),
    eval: {
      command: raw.eval.command,
      workdir: posix(raw.eval.workdir ?? '.'),
      metrics: metrics.map(posix),
      paths: (raw.eval.paths ?? []).map(posix),
      ...(raw.eval.samples !== undefined && { samples: posix(raw.eval.samples) }),
      ...(raw.eval.min_samples !== undefined && { minSamples: raw.eval.min_samples }),
      timeoutMs: raw.eval.timeout === undefined ? null : parseDuration(raw.eval.timeout),
      env: Object.fromEntries(Object.entries(raw.eval.env ?? {}).map(([k, v]) => [k, String(v)])),
      thresholds: thresholds(raw.eval.thresholds),
      ...(raw.eval.shards !== undefined && { shards: raw.eval.shards }),
      ...(raw.eval.merge && { merge: { ...raw.eval.merge } }),
    },
    artifacts: (raw.artifacts?.paths ?? []).map(posix),
    store: raw.artifacts?.store ?? null,
    stages: Object.entries(raw.stages ?? {}).map(([name, s]) => ({
      name,
      after: s?.after ?? null,
      thresholds: thresholds(s?.thresholds),
      monitor: s?.monitor
        ? {
            prometheus: s.monitor.prometheus ?? null,
            queries: { ...s.monitor.queries },
            thresholds: thresholds(s.monitor.thresholds),
            rollback: s.monitor.rollback ?? false,
          }
        : null,
      deploy: s?.deploy
        ? {
            command: s.deploy.command,
            timeoutMs: s.deploy.timeout === undefined ? null : parseDuration(s.deploy.timeout),
            environment: s.deploy.environment ?? name,
            url: s.deploy.url ?? null,
            rollbackOnFailure: s.deploy.rollback_on_failure ?? true,
          }
        : null,
    })),
    versioning: {
      first: raw.versioning?.first ?? '0.1.0',
      bump: {
        components: raw.versioning?.bump?.components ?? 'minor',
        data: raw.versioning?.bump?.data ?? 'patch',
      },
    },
  });
}

/** The thresholds a stage applies: the eval's, with the stage's own for the same metric added on top. */
export function stageThresholds(
  manifest: Pick<Manifest, 'eval' | 'stages'>,
  stage: string,
): readonly Threshold[] {
  const s = manifest.stages.find((x) => x.name === stage);
  return [...manifest.eval.thresholds, ...(s?.thresholds ?? [])];
}
