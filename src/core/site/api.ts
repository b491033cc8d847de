// The read-only JSON API written beside the HTML pages. Shapes are documented in docs/site.md and
// checked by the JSON Schemas in schema/api/. Paths: api/models.json, api/models/MODEL.json,
// api/models/MODEL/versions/X.Y.Z.json, api/models/MODEL/stages/STAGE.json.
import type { Manifest } from '../manifest/types.js';
import type {
  ArtifactRef,
  RecordedEvent,
  RecordedRegistry,
  RecordedVersion,
  VersionRecord,
} from '../registry/types.js';
import { stageTimeline, type TimelineStep } from '../registry/stages.js';

/** One model as the site reads it (the same shape as `readAllModels` returns). */
export interface SiteModelInput {
  /** The manifest's path, relative to the repository's top level. */
  readonly manifest: string;
  readonly model: Manifest;
  /** With every version's and event's whole record (the pages show them all). */
  readonly registry: RecordedRegistry;
}

export interface ApiRef {
  readonly version: string;
  readonly tag: string;
}

export interface ApiStageHolder extends ApiRef {
  /** The assignment tag, `MODEL#STAGE#N`. */
  readonly stageTag: string;
}

/** `api/models.json` */
export interface ApiModels {
  readonly schema: 1;
  readonly models: readonly {
    readonly model: string;
    readonly manifest: string;
    readonly description: string | null;
    readonly versions: number;
    readonly latest: (ApiRef & { readonly passed: boolean | null }) | null;
    readonly stages: Readonly<Record<string, ApiStageHolder | null>>;
    /** Relative to the site's root. */
    readonly url: string;
  }[];
}

export interface ApiVersionSummary extends ApiRef {
  readonly commit: string;
  readonly created: string;
  readonly passed: boolean | null;
  readonly metrics: Readonly<Record<string, number>>;
  readonly stages: readonly string[];
  readonly deregistered: boolean;
  readonly url: string;
}

/**
 * One stage event. `version` is the version the event is about, as GTO's `history` attributes
 * it: the one assigned, or the one an unassignment withdrew (the version at its tag's commit,
 * or the one Lepton's rollback record names); null only for a commit no version tag names.
 * `target` says the same (kept for readers of the first API). `heldBefore`/`heldAfter` replay
 * the stage's events (GTO's rule): after a rollback, `heldAfter` is the version the stage fell
 * back to.
 */
export interface ApiStageEvent {
  readonly action: 'assign' | 'unassign';
  readonly stage: string;
  readonly n: number;
  readonly tag: string;
  readonly version: string | null;
  readonly target: string | null;
  readonly commit: string;
  readonly date: string;
  /** Who promoted, or who rolled back (the records' `promotedBy` and `by`). */
  readonly promotedBy: string | null;
  readonly runUrl: string | null;
  /** A rollback's reason (free text, whole); null for an assignment or a tag without a record. */
  readonly reason: string | null;
  /** The failed deploy's exit code, when a failed deploy caused the rollback; else null. */
  readonly exitCode: number | null;
  /** The version holding the stage just before the event; null: empty (or an unversioned commit). */
  readonly heldBefore: string | null;
  /** The version holding the stage just after the event; null: empty (or an unversioned commit). */
  readonly heldAfter: string | null;
  /**
   * An assignment's: the unassignment tag (`MODEL#STAGE!#N`) that later withdrew it; null while
   * it stands, once the same version was promoted there again, and for an unassignment.
   */
  readonly withdrawnBy: string | null;
}

/** `api/models/MODEL.json`: versions newest first, stages, and every stage event newest first. */
export interface ApiModel {
  readonly schema: 1;
  readonly model: string;
  readonly manifest: string;
  readonly description: string | null;
  readonly deprecated: boolean;
  readonly versions: readonly ApiVersionSummary[];
  readonly stages: Readonly<Record<string, ApiStageHolder | null>>;
  readonly events: readonly ApiStageEvent[];
}

/** `api/models/MODEL/versions/X.Y.Z.json`: the tag and its record (null for a tag Lepton did not write). */
export interface ApiVersion extends ApiRef {
  readonly schema: 1;
  readonly model: string;
  readonly commit: string;
  readonly date: string;
  readonly stages: readonly string[];
  readonly deregistered: boolean;
  readonly record: VersionRecord | null;
}

/**
 * `api/models/MODEL/stages/STAGE.json`: what a deploy script needs in one GET — the holder's
 * version, tag, commit, artifact reference and metrics. Every holder field is null when the
 * stage is empty.
 */
export interface ApiStage {
  readonly schema: 1;
  readonly model: string;
  readonly stage: string;
  readonly version: string | null;
  readonly tag: string | null;
  readonly stageTag: string | null;
  readonly commit: string | null;
  /** When the holder was assigned (the stage tag's date). */
  readonly assigned: string | null;
  /** The Actions artifact, the model store's reference, or both (`ArtifactRef`). */
  readonly artifact: ArtifactRef | null;
  readonly runUrl: string | null;
  readonly fingerprint: string | null;
  readonly passed: boolean | null;
  readonly metrics: Readonly<Record<string, number>> | null;
}

export const modelApiPath = (model: string): string => `api/models/${model}.json`;
export const versionApiPath = (model: string, version: string): string =>
  `api/models/${model}/versions/${version}.json`;
export const stageApiPath = (model: string, stage: string): string =>
  `api/models/${model}/stages/${stage}.json`;

/** Every stage the manifest declares, then any other a tag names; each with its holder now. */
export function stageHolders(m: SiteModelInput): Record<string, ApiStageHolder | null> {
  const tagOf = new Map(m.registry.versions.map((v) => [v.version, v.tag]));
  const out: Record<string, ApiStageHolder | null> = {};
  for (const s of m.model.stages) out[s.name] = null;
  for (const [name, e] of Object.entries(m.registry.stages)) {
    out[name] =
      e?.version != null
        ? { version: e.version, tag: tagOf.get(e.version) ?? e.tag, stageTag: e.tag }
        : null;
  }
  return out;
}

/** Version → the stages it holds now. */
export function heldBy(
  stages: Readonly<Record<string, ApiStageHolder | null>>,
): Map<string, string[]> {
  const held = new Map<string, string[]>();
  for (const [name, h] of Object.entries(stages)) {
    if (h) held.set(h.version, [...(held.get(h.version) ?? []), name]);
  }
  return held;
}

const summary = (
  v: RecordedVersion,
  model: string,
  stages: readonly string[],
): ApiVersionSummary => ({
  version: v.version,
  tag: v.tag,
  commit: v.commit,
  created: v.record?.created ?? v.date,
  passed: v.record ? v.record.passed : null,
  metrics: v.record?.metrics ?? {},
  stages,
  deregistered: Boolean(v.deregistered),
  url: versionApiPath(model, v.version),
});

const event = (step: TimelineStep<RecordedEvent>): ApiStageEvent => {
  const e = step.event;
  const r = e.record;
  return {
    action: e.action,
    stage: e.stage,
    n: e.n,
    tag: e.tag,
    version: e.target,
    target: e.target,
    commit: e.commit,
    date: e.date,
    promotedBy: (r?.kind === 'unassign' ? r.by : r?.promotedBy) ?? null,
    runUrl: r?.runUrl ?? null,
    reason: r?.kind === 'unassign' ? r.reason : null,
    exitCode: r?.kind === 'unassign' ? (r.exitCode ?? null) : null,
    heldBefore: step.before?.version ?? null,
    heldAfter: step.after?.version ?? null,
    withdrawnBy: step.withdrawnBy?.tag ?? null,
  };
};

/**
 * The model's stage events (newest first, as the registry lists them), each with what it did
 * to its stage: GTO's replay (`stageTimeline`), deregistered versions holding nothing, so the
 * newest step of each stage ends on the stage's holder.
 */
export function timelineOf(m: SiteModelInput): TimelineStep<RecordedEvent>[] {
  const deregistered = new Set(
    m.registry.versions.filter((v) => v.deregistered).map((v) => v.version),
  );
  return stageTimeline(m.registry.events, deregistered);
}

/** The JSON API's documents, path (from the site's root) → value. Pure. */
export function apiDocuments(models: readonly SiteModelInput[]): Map<string, unknown> {
  const docs = new Map<string, unknown>();
  const index: ApiModels['models'][number][] = [];
  for (const m of models) {
    const name = m.model.model;
    const stages = stageHolders(m);
    const held = heldBy(stages);
    const latest = m.registry.versions.find((v) => !v.deregistered) ?? null;
    index.push({
      model: name,
      manifest: m.manifest,
      description: m.model.description,
      versions: m.registry.versions.length,
      latest: latest
        ? {
            version: latest.version,
            tag: latest.tag,
            passed: latest.record ? latest.record.passed : null,
          }
        : null,
      stages,
      url: modelApiPath(name),
    });
    const doc: ApiModel = {
      schema: 1,
      model: name,
      manifest: m.manifest,
      description: m.model.description,
      deprecated: Boolean(m.registry.deprecated),
      versions: m.registry.versions.map((v) => summary(v, name, held.get(v.version) ?? [])),
      stages,
      events: timelineOf(m).map(event),
    };
    docs.set(modelApiPath(name), doc);
    for (const v of m.registry.versions) {
      const d: ApiVersion = {
        schema: 1,
        model: name,
        version: v.version,
        tag: v.tag,
        commit: v.commit,
        date: v.date,
        stages: held.get(v.version) ?? [],
        deregistered: Boolean(v.deregistered),
        record: v.record,
      };
      docs.set(versionApiPath(name, v.version), d);
    }
    const byVersion = new Map(m.registry.versions.map((v) => [v.version, v]));
    for (const [stage, h] of Object.entries(stages)) {
      const v = h ? byVersion.get(h.version) : undefined;
      const assignedAt = h ? (m.registry.stages[stage]?.date ?? null) : null;
      const d: ApiStage = {
        schema: 1,
        model: name,
        stage,
        version: h?.version ?? null,
        tag: h?.tag ?? null,
        stageTag: h?.stageTag ?? null,
        commit: h ? (v?.commit ?? m.registry.stages[stage]?.commit ?? null) : null,
        assigned: assignedAt,
        artifact: v?.record?.artifact ?? null,
        runUrl: v?.record?.runUrl ?? null,
        fingerprint: v?.record?.fingerprint ?? null,
        passed: v?.record ? v.record.passed : null,
        metrics: v?.record?.metrics ?? null,
      };
      docs.set(stageApiPath(name, stage), d);
    }
  }
  const list: ApiModels = { schema: 1, models: index };
  docs.set('api/models.json', list);
  return docs;
}
