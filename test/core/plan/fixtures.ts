// Fixture registries for the planners: tags as git would report them (names, commits, the
// messages Lepton writes), turned into a Registry by the same pure builder the readers use.
import { validateManifest } from '../../../src/core/manifest/validate.js';
import type { Manifest } from '../../../src/core/manifest/types.js';
import { buildRegistry } from '../../../src/core/registry/build.js';
import {
  formatStageMessage,
  formatVersionMessage,
  parseRecord,
} from '../../../src/core/registry/message.js';
import type {
  RawTag,
  Registry,
  StageRecord,
  TagRecord,
  VersionRecord,
} from '../../../src/core/registry/types.js';
import { stageRecord, versionRecord } from '../../registry/records.js';

/** A commit id made of one repeated character. */
export const C = (c: string | number): string => String(c).repeat(40).slice(0, 40);

export const H = (n: number): string => `sha256:${String(n).repeat(64).slice(0, 64)}`;

/** One tag of model `sentiment`: `v` a version, `s` a stage assignment, `raw` anything else. */
export type TagSpec =
  | { readonly v: string; readonly at: string; readonly record?: Partial<VersionRecord> | null }
  | {
      readonly s: string;
      readonly n: number;
      readonly version: string;
      readonly at: string;
      readonly record?: Partial<StageRecord>;
    }
  | { readonly raw: Partial<RawTag> & { readonly name: string; readonly commit: string } };

/** The registry `buildRegistry` makes of these tags (dates in list order). */
export function registry(tags: readonly TagSpec[] = []): Registry {
  const raw = tags.map((t, i): RawTag => {
    const date = `2026-01-01T00:00:${String(i).padStart(2, '0')}+00:00`;
    if ('raw' in t) return { annotated: true, message: '', date, ...t.raw };
    if ('v' in t) {
      const message =
        t.record === null
          ? `Registering artifact sentiment version v${t.v}`
          : formatVersionMessage(versionRecord({ version: t.v, commit: t.at, ...t.record }));
      return { name: `sentiment@v${t.v}`, commit: t.at, annotated: true, message, date };
    }
    const record = stageRecord({ version: t.version, stage: t.s, n: t.n, ...t.record });
    return {
      name: `sentiment#${t.s}#${t.n}`,
      commit: t.at,
      annotated: true,
      message: formatStageMessage(record),
      date,
    };
  });
  const built = buildRegistry('sentiment', raw);
  const records = new Map<string, TagRecord>();
  for (const r of raw) {
    const record = parseRecord(r.message);
    if (record) records.set(r.name, record);
  }
  wholeRecords.set(built, records);
  return built;
}

// What `readRecord` would read from git for a fixture registry's tags (a registry keeps summaries).
const wholeRecords = new WeakMap<Registry, Map<string, TagRecord>>();

/** The whole record of a fixture registry's tag (as `readRecord` gives it), or null. */
export function wholeRecord(reg: Registry, tag: string | undefined): TagRecord | null {
  return (tag !== undefined && wholeRecords.get(reg)?.get(tag)) || null;
}

export function manifest(yaml: string): Manifest {
  const r = validateManifest(yaml);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.manifest;
}

export const MANIFEST = manifest(`version: 1
model: sentiment
components:
  classifier:
    paths: [src/**]
data:
  train:
    paths: [data/**]
eval:
  command: node eval.mjs
  metrics: out/metrics.json
  thresholds:
    accuracy: { min: 0.9 }
    f1_macro: { max_drop: 0.02 }
stages:
  staging: {}
  production:
    after: staging
    thresholds:
      accuracy: { min: 0.93 }
      latency_ms: { max_rise: "10%" }
versioning:
  first: 0.1.0
  bump:
    components: minor
    data: patch
`);
