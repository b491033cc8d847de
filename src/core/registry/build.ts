// One function file, not semver's index: the index loads every function and range (~57 KB).
import rcompare from 'semver/functions/rcompare.js';
import { parseRecord } from './message.js';
import { parseTagName, type ParsedTag } from './names.js';
import { byHistory, holders } from './stages.js';
import { summarize } from './summary.js';
import type {
  RawTag,
  Registry,
  SkippedTag,
  StageEvent,
  TagSummary,
  VersionEntry,
} from './types.js';

const PLAIN = /^(\d+)\.(\d+)\.(\d+)$/;
/** Each part of a plain version below this sorts as one number: (major·2²⁰ + minor)·2²⁰ + patch < 2⁵³. */
const PART = 2 ** 20;
const MAJOR = 2 ** 13;

/** One number ordering plain `X.Y.Z` versions with small parts, else null. */
function plainKey(version: string): number | null {
  const m = PLAIN.exec(version);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const c = Number(m[3]);
  return a < MAJOR && b < PART && c < PART ? (a * PART + b) * PART + c : null;
}

/**
 * Highest semver first. Thousands of tags sort here, so plain `X.Y.Z` (all Lepton writes)
 * compares as one number, computed once; anything else goes to semver.
 */
function newestFirst(versions: VersionEntry[]): VersionEntry[] {
  const keyed = versions.map((v) => ({ v, k: plainKey(v.version) }));
  return keyed
    .sort((a, b) => (a.k !== null && b.k !== null ? b.k - a.k : rcompare(a.v.version, b.v.version)))
    .map((x) => x.v);
}

/**
 * A tag of the model, its name parsed and its record (if any) read and summarized: the costly
 * part, done once per tag.
 */
export interface PreparedTag {
  readonly raw: RawTag;
  readonly tag: ParsedTag;
  readonly summary: TagSummary | null;
}

/** Whether Lepton reads a record from this tag: annotated versions, assignments and unassignments. */
export const wantsRecord = (raw: RawTag, tag: ParsedTag): boolean =>
  raw.annotated && (tag.kind === 'version' || tag.kind === 'assign' || tag.kind === 'unassign');

/**
 * Parses one raw tag for `model`; null when it is another model's or not a GTO tag. Readers
 * call it as each tag arrives, so parsing overlaps git's own work.
 */
export function prepareTag(
  model: string,
  raw: RawTag,
  /** The record's summary when already read (from a cache); otherwise parsed from the message. */
  known?: TagSummary | null,
): PreparedTag | null {
  const tag = parseTagName(raw.name);
  if (!tag || tag.model !== model) return null;
  if (!wantsRecord(raw, tag)) return { raw, tag, summary: null };
  if (known !== undefined) return { raw, tag, summary: known };
  const record = parseRecord(raw.message);
  return { raw, tag, summary: record && summarize(record) };
}

/**
 * One model's registry from its raw tags (any order, other models' tags ignored). Pure, so
 * every rule of the tag format is testable without git.
 */
export function buildRegistry(model: string, tags: readonly RawTag[]): Registry {
  const prepared: PreparedTag[] = [];
  for (const raw of tags) {
    const p = prepareTag(model, raw);
    if (p) prepared.push(p);
  }
  return assembleRegistry(model, prepared);
}

export function assembleRegistry(model: string, mine: readonly PreparedTag[]): Registry {
  let maxN = 0;
  // GTO: a model is deprecated while its deprecation is its latest event (a later one revives it).
  let deprecatedAt: number | null = null;
  const deregistered = new Set<string>();
  for (const { raw, tag } of mine) {
    if (tag.n !== undefined && tag.n > maxN) maxN = tag.n;
    if (tag.kind === 'deprecate' && raw.annotated) {
      deprecatedAt = Math.max(deprecatedAt ?? -1, tag.n ?? Number.MAX_SAFE_INTEGER);
    }
    if (tag.kind === 'deregister' && raw.annotated && tag.version) deregistered.add(tag.version);
  }
  const deprecated = deprecatedAt !== null && deprecatedAt >= maxN;
  const skipped: SkippedTag[] = [];
  const byVersion = new Map<string, { entry: VersionEntry; rank: number }>();
  for (const { raw, tag, summary: found } of mine) {
    if (tag.kind !== 'version' || tag.version === undefined) continue;
    const why = untrusted(model, raw, tag.version, found);
    if (why !== null) {
      skipped.push({ tag: raw.name, version: tag.version, reason: why });
      continue;
    }
    const summary = found?.kind === 'version' ? found : null;
    // The optional keys set where they are, in this order (no spread per version).
    const entry: { -readonly [K in keyof VersionEntry]: VersionEntry[K] } = {
      version: tag.version,
      tag: raw.name,
      object: raw.object ?? '',
      commit: raw.commit,
      date: raw.date,
      summary,
    };
    if (!raw.annotated) entry.lightweight = true;
    if (deregistered.has(tag.version)) entry.deregistered = true;
    // GTO may also write `NAME@vX.Y.Z#N`: one version, the plain annotated tag with a record preferred.
    const rank = (summary ? 4 : 0) + (raw.annotated ? 2 : 0) + (tag.n === undefined ? 1 : 0);
    const prev = byVersion.get(tag.version);
    if (!prev || rank > prev.rank) byVersion.set(tag.version, { entry, rank });
  }

  const versions = newestFirst([...byVersion.values()].map((x) => x.entry));

  // A stage tag points at its version's commit; several versions on one commit: the record says which.
  const atCommit = new Map<string, string>();
  for (const v of [...versions].reverse()) atCommit.set(v.commit, v.version);
  const known = new Set(versions.map((v) => v.version));

  const events: StageEvent[] = [];
  for (const { raw, tag, summary: found } of mine) {
    if ((tag.kind !== 'assign' && tag.kind !== 'unassign') || !tag.stage) continue;
    // GTO reads only annotated tags for stages; a lightweight one still took its N above.
    if (!raw.annotated) continue;
    if (!pointsAtCommit(raw)) {
      skipped.push({ tag: raw.name, reason: notCommit(raw) });
      continue;
    }
    // A record counts only on its own kind of tag, of this model and stage (a copied one does not).
    const wanted = tag.kind === 'assign' ? 'stage' : 'unassign';
    const summary =
      (found?.kind === 'stage' || found?.kind === 'unassign') &&
      found.kind === wanted &&
      found.model === model &&
      found.stage === tag.stage
        ? found
        : null;
    const target =
      summary && known.has(summary.version) ? summary.version : (atCommit.get(raw.commit) ?? null);
    // An assignment of a commit no version tag names still takes the stage (as in GTO), though
    // Lepton can name no version for it: the stage then shows as held by no version.
    events.push({
      action: tag.kind,
      stage: tag.stage,
      n: tag.n ?? 0,
      tag: raw.name,
      object: raw.object ?? '',
      version: tag.kind === 'assign' ? target : null,
      target,
      commit: raw.commit,
      date: raw.date,
      summary,
    });
  }
  events.sort((a, b) => byHistory(b, a));

  // By name: the readers hand tags over in whatever order git's processes finish them.
  skipped.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  return {
    model,
    versions,
    stages: holders(events, deregistered),
    events,
    maxN,
    ...(deprecated && { deprecated }),
    skipped,
  };
}

const pointsAtCommit = (raw: RawTag) => raw.targetType === undefined || raw.targetType === 'commit';
const notCommit = (raw: RawTag) =>
  `it points at a ${raw.targetType ?? 'non-commit'} (${raw.commit.slice(0, 12)}), not a commit`;

/**
 * Why a version tag is not a version although its name says so, or null when it is one: its
 * target is not a commit, or its record (when it has one) names another model, version or
 * commit than the tag — a record copied from another tag, or edited, describes other content.
 * A tag without a record (GTO's, lightweight, hand-made) is a version with no record.
 */
function untrusted(
  model: string,
  raw: RawTag,
  version: string,
  found: TagSummary | null,
): string | null {
  if (!pointsAtCommit(raw)) return notCommit(raw);
  if (found === null) return null;
  if (found.kind !== 'version') return 'it carries a stage record, not a version record';
  if (found.model !== model) return `its record is of model ${JSON.stringify(found.model)}`;
  if (found.version !== version) return `its record is of version ${JSON.stringify(found.version)}`;
  if (found.commit !== raw.commit) {
    return `its record names commit ${found.commit.slice(0, 12)}, the tag points at ${raw.commit.slice(0, 12)}`;
  }
  return null;
}

/** The version with this fingerprint, if one was recorded. */
export function findByFingerprint(registry: Registry, fingerprint: string): VersionEntry | null {
  return registry.versions.find((v) => v.summary?.fingerprint === fingerprint) ?? null;
}

export function findVersion(registry: Registry, version: string): VersionEntry | null {
  return registry.versions.find((v) => v.version === version) ?? null;
}

/** The stages a version holds now. */
export function stagesHeldBy(registry: Registry, version: string): string[] {
  return Object.entries(registry.stages)
    .filter(([, e]) => e?.version === version)
    .map(([s]) => s);
}

/**
 * What `lepton ls` shows of a registry: its latest version and who holds each stage. Kept
 * beside the whole registry in the tag cache, so a warm `ls` over many models reads a few
 * bytes per model instead of every version.
 */
export interface RegistryOverview {
  readonly model: string;
  /** The highest version (`versions[0]`), null before the first. */
  readonly latest: VersionEntry | null;
  /** Stage → the version holding it now (its version tag's name), or null. */
  readonly stages: Readonly<
    Record<string, { readonly version: string; readonly tag: string } | null>
  >;
}

/** A registry's overview (pure: the cache keeps what this gives). */
export function overviewOf(registry: Registry): RegistryOverview {
  // A few stages: each holder's version looked up, not a map of thousands of versions built.
  const tagOf = (version: string) => registry.versions.find((v) => v.version === version)?.tag;
  const stages: Record<string, { version: string; tag: string } | null> = {};
  for (const [name, e] of Object.entries(registry.stages)) {
    stages[name] = e?.version ? { version: e.version, tag: tagOf(e.version) ?? e.tag } : null;
  }
  return { model: registry.model, latest: registry.versions[0] ?? null, stages };
}
