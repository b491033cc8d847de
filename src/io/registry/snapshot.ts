import type { RegistryOverview } from '../../core/registry/build.js';
import type { ParsedTag } from '../../core/registry/names.js';
import type { AssignEvent, Registry, StageEvent, VersionEntry } from '../../core/registry/types.js';
import { pack, Tables, unpack, type Packed } from './cache.js';

/**
 * The assembled registry as the tag cache keeps it (cache.ts): what a warm read returns without
 * looking at a single tag. Versions, thousands of them, are flat arrays (what `JSON.parse` builds
 * fastest) whose summaries are packed as the cache's rows pack them; the few stage events, the
 * skipped tags and the rest are kept as they are. Stage holders are indexes into the events, so
 * a decoded registry shares its objects as an assembled one does.
 *
 *   version: [version, tag (0: `MODEL@vVERSION`), object, commit, date, flags (1 lightweight,
 *             2 deregistered), packed summary or null]
 */
interface Encoded {
  readonly model: string;
  readonly strings: string[];
  readonly names: string[][];
  readonly versions: unknown[][];
  /** [action (0 assign, 1 unassign), stage, n, tag, object, version, target, commit, date, packed summary or null] */
  readonly events: unknown[][];
  readonly stages: Record<string, number | null>;
  readonly maxN: number;
  readonly deprecated?: boolean;
  readonly skipped: Registry['skipped'];
}

const inTag = (model: string) => model.replace(':', '=');

function versionRow(v: VersionEntry, model: string, prefix: string, t: Tables): unknown[] {
  const tag: ParsedTag = { kind: 'version', model, version: v.version };
  return [
    v.version,
    v.tag === prefix + v.version ? 0 : v.tag,
    v.object,
    v.commit,
    v.date,
    (v.lightweight ? 1 : 0) + (v.deregistered ? 2 : 0),
    v.summary && pack(v.summary, tag, v.commit, t),
  ];
}

/** What `ls` reads of a registry, in the cache's form: `{model, strings, names, latest, stages}`. */
export function encodeOverview(o: RegistryOverview): unknown {
  const t = new Tables();
  const latest = o.latest && versionRow(o.latest, o.model, `${inTag(o.model)}@v`, t);
  return { model: o.model, strings: t.strings, names: t.names, latest, stages: o.stages };
}

/** The overview back from the cache's form, or null when it is not one of `model`. */
export function decodeOverview(doc: unknown, model: string): RegistryOverview | null {
  try {
    if (!isPlainObject(doc) || doc.model !== model || !isPlainObject(doc.stages)) return null;
    const strings = list(doc.strings).map(str);
    const names = list(doc.names).map((n) => list(n).map(str));
    const latest =
      doc.latest === null
        ? null
        : versionOf(doc.latest, model, `${inTag(model)}@v`, strings, names);
    const stages: Record<string, { version: string; tag: string } | null> = {};
    for (const [stage, h] of Object.entries(doc.stages)) {
      if (h === null) stages[stage] = null;
      else if (isPlainObject(h) && Object.keys(h).length === 2) {
        stages[stage] = { version: str(h.version), tag: str(h.tag) };
      } else return null;
    }
    return { model, latest, stages };
  } catch (e) {
    if (e instanceof NotASnapshot) return null;
    throw e;
  }
}

/** The registry in the cache's form. */
export function encodeSnapshot(registry: Registry, t = new Tables()): Encoded {
  const prefix = `${inTag(registry.model)}@v`;
  const versions = registry.versions.map((v) => versionRow(v, registry.model, prefix, t));
  const events = registry.events.map((e) => {
    const tag: ParsedTag = { kind: e.action, model: registry.model, stage: e.stage };
    return [
      e.action === 'assign' ? 0 : 1,
      e.stage,
      e.n,
      e.tag,
      e.object,
      e.version,
      e.target,
      e.commit,
      e.date,
      e.summary && pack(e.summary, tag, e.commit, t),
    ];
  });
  const stages: Record<string, number | null> = {};
  for (const [stage, e] of Object.entries(registry.stages)) {
    stages[stage] = e === null ? null : registry.events.indexOf(e);
  }
  return {
    model: registry.model,
    strings: t.strings,
    names: t.names,
    versions,
    events,
    stages,
    maxN: registry.maxN,
    ...(registry.deprecated !== undefined && { deprecated: registry.deprecated }),
    skipped: registry.skipped,
  };
}

class NotASnapshot extends Error {}

const str = (v: unknown): string => {
  if (typeof v !== 'string') throw new NotASnapshot();
  return v;
};
const strOrNull = (v: unknown): string | null => (v === null ? null : str(v));
const int = (v: unknown): number => {
  if (!Number.isSafeInteger(v)) throw new NotASnapshot();
  return v as number;
};
const list = (v: unknown, length?: number): unknown[] => {
  if (!Array.isArray(v) || (length !== undefined && v.length !== length)) {
    throw new NotASnapshot();
  }
  return v;
};
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The registry back from the cache's form (as `JSON.parse` gave it), or null when it is not one
 * of `model`. Every value's type is checked, as the rows' are (cache.ts): bytes that pass the
 * checksum yet were not written by this code give null, never a registry of the wrong shape.
 */
export function decodeSnapshot(doc: unknown, model: string): Registry | null {
  try {
    return decode(doc, model);
  } catch (e) {
    if (e instanceof NotASnapshot) return null;
    throw e;
  }
}

function decode(doc: unknown, model: string): Registry | null {
  if (!isPlainObject(doc) || doc.model !== model) return null;
  const strings = list(doc.strings).map(str);
  const names = list(doc.names).map((n) => list(n).map(str));
  const prefix = `${inTag(model)}@v`;
  const summaryOf = (packed: unknown, sub: string, commit: string) =>
    unpacked(packed, model, sub, commit, strings, names);
  const versions: VersionEntry[] = list(doc.versions).map((r) =>
    versionOf(r, model, prefix, strings, names),
  );
  const events: StageEvent[] = list(doc.events).map((r) => {
    const [action, stage, n, tag, object, version, target, commit, date, packed] = list(r, 10);
    if (action !== 0 && action !== 1) throw new NotASnapshot();
    const s = str(stage);
    const c = str(commit);
    const summary = summaryOf(packed, s, c);
    const wanted = action === 0 ? 'stage' : 'unassign';
    if (summary !== null && summary.kind !== wanted) throw new NotASnapshot();
    return {
      action: action === 0 ? 'assign' : 'unassign',
      stage: s,
      n: int(n),
      tag: str(tag),
      object: str(object),
      version: strOrNull(version),
      target: strOrNull(target),
      commit: c,
      date: str(date),
      summary: summary as StageEvent['summary'],
    };
  });
  if (!isPlainObject(doc.stages)) return null;
  const stages: Record<string, AssignEvent | null> = {};
  for (const [stage, i] of Object.entries(doc.stages)) {
    if (i === null) {
      stages[stage] = null;
      continue;
    }
    const ev = events[int(i)];
    if (ev === undefined || ev.action !== 'assign' || ev.stage !== stage) return null;
    stages[stage] = ev as AssignEvent;
  }
  const skipped = list(doc.skipped).map((x) => {
    if (!isPlainObject(x)) throw new NotASnapshot();
    const keys = Object.keys(x).length;
    if (keys !== (x.version === undefined ? 2 : 3)) throw new NotASnapshot();
    return {
      tag: str(x.tag),
      ...(x.version !== undefined && { version: str(x.version) }),
      reason: str(x.reason),
    };
  });
  if (doc.deprecated !== undefined && doc.deprecated !== true) return null;
  return {
    model,
    versions,
    stages,
    events,
    maxN: int(doc.maxN),
    ...(doc.deprecated === true && { deprecated: true }),
    skipped,
  };
}

function unpacked(
  packed: unknown,
  model: string,
  sub: string,
  commit: string,
  strings: readonly string[],
  names: readonly (readonly string[])[],
) {
  if (packed === null) return null;
  try {
    return unpack(list(packed) as Packed, model, sub, commit, strings, names);
  } catch {
    throw new NotASnapshot();
  }
}

function versionOf(
  r: unknown,
  model: string,
  prefix: string,
  strings: readonly string[],
  names: readonly (readonly string[])[],
): VersionEntry {
  // Indexed, not destructured, and the optional keys set where they are: ten thousand rows
  // are decoded before the code is optimized, where an iterator (or a spread) per row costs.
  const row = list(r, 7);
  const v = str(row[0]);
  const tag = row[1];
  const c = str(row[3]);
  const f = int(row[5]);
  if (f < 0 || f > 3) throw new NotASnapshot();
  const summary = unpacked(row[6], model, v, c, strings, names);
  if (summary !== null && summary.kind !== 'version') throw new NotASnapshot();
  const entry: { -readonly [K in keyof VersionEntry]: VersionEntry[K] } = {
    version: v,
    tag: tag === 0 ? prefix + v : str(tag),
    object: str(row[2]),
    commit: c,
    date: str(row[4]),
    summary,
  };
  if ((f & 1) !== 0) entry.lightweight = true;
  if ((f & 2) !== 0) entry.deregistered = true;
  return entry;
}
