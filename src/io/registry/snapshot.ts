import type { ParsedTag } from '../../core/registry/names.js';
import type {
  AssignEvent,
  Registry,
  StageEvent,
  VersionEntry,
  VersionSummary,
} from '../../core/registry/types.js';
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
  readonly events: StageEvent[];
  readonly stages: Record<string, number | null>;
  readonly maxN: number;
  readonly deprecated?: boolean;
  readonly skipped: Registry['skipped'];
}

const inTag = (model: string) => model.replace(':', '=');

/** The registry in the cache's form. */
export function encodeSnapshot(registry: Registry): Encoded {
  const t = new Tables();
  const prefix = `${inTag(registry.model)}@v`;
  const versions = registry.versions.map((v) => {
    const tag: ParsedTag = { kind: 'version', model: registry.model, version: v.version };
    return [
      v.version,
      v.tag === prefix + v.version ? 0 : v.tag,
      v.object,
      v.commit,
      v.date,
      (v.lightweight ? 1 : 0) + (v.deregistered ? 2 : 0),
      v.summary && pack(v.summary, tag, v.commit, t),
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
    events: [...registry.events],
    stages,
    maxN: registry.maxN,
    ...(registry.deprecated !== undefined && { deprecated: registry.deprecated }),
    skipped: registry.skipped,
  };
}

const str = (v: unknown): string => {
  if (typeof v !== 'string') throw new Error('not a snapshot');
  return v;
};

/**
 * The registry back from the cache's form (as `JSON.parse` gave it), or null when it is not one
 * of `model`. Throws on a malformed one (the caller treats that as no cache).
 */
export function decodeSnapshot(doc: unknown, model: string): Registry | null {
  const e = doc as Encoded;
  if (
    typeof e !== 'object' ||
    e === null ||
    e.model !== model ||
    !Array.isArray(e.versions) ||
    !Array.isArray(e.events) ||
    !Array.isArray(e.skipped) ||
    !Array.isArray(e.strings) ||
    !Array.isArray(e.names) ||
    typeof e.stages !== 'object' ||
    e.stages === null ||
    typeof e.maxN !== 'number'
  ) {
    return null;
  }
  const prefix = `${inTag(model)}@v`;
  const versions: VersionEntry[] = e.versions.map((row) => {
    const [version, tag, object, commit, date, flags, packed] = row;
    const v = str(version);
    const c = str(commit);
    const summary =
      packed === null
        ? null
        : (unpack(packed as Packed, model, v, c, e.strings, e.names) as VersionSummary);
    return {
      version: v,
      tag: tag === 0 ? prefix + v : str(tag),
      object: str(object),
      commit: c,
      date: str(date),
      summary,
      ...(((flags as number) & 1) !== 0 && { lightweight: true }),
      ...(((flags as number) & 2) !== 0 && { deregistered: true }),
    };
  });
  const stages: Record<string, AssignEvent | null> = {};
  for (const [stage, i] of Object.entries(e.stages)) {
    if (i === null) stages[stage] = null;
    else {
      const ev = e.events[i];
      if (ev === undefined || ev.action !== 'assign') return null;
      stages[stage] = ev as AssignEvent;
    }
  }
  return {
    model,
    versions,
    stages,
    events: e.events,
    maxN: e.maxN,
    ...(e.deprecated !== undefined && { deprecated: e.deprecated }),
    skipped: e.skipped,
  };
}
