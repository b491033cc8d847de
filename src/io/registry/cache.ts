import { join } from 'node:path';
import type { PreparedTag } from '../../core/registry/build.js';
import type { ParsedTag, TagKind } from '../../core/registry/names.js';
import type { Registry, TagSummary, VersionRef } from '../../core/registry/types.js';
import { isAscii } from 'node:buffer';
import { readSealedFile, writeSealedFile } from '../files/sealed-file.js';
import { decodeSnapshot, encodeSnapshot } from './snapshot.js';

/**
 * What Lepton read from each tag object, kept in `<git dir>/lepton/tags/`. A tag object never
 * changes (its id is its content's hash), so an entry keyed by tag name and object id can
 * never be stale: a moved or re-made tag has another id and is read again.
 *
 * The cache may only save work. It holds only what Lepton itself parsed and checked from the
 * tags, in a sealed cache file (io/files/sealed-file.ts: a CRC-32 over every byte, read only as
 * a bounded regular file, written atomically): a file truncated, edited, replaced by a FIFO or
 * a link, or written by anything else fails that check and is ignored and rewritten. That
 * check is what lets a warm read skip re-checking thousands of records (`lepton show` on a
 * large registry). It guards against accidents, not against a forger, who could rewrite any
 * checksum kept beside the data.
 *
 * It holds each record's summary (all a listing reads), not the record: the few reads that
 * want a whole record (a baseline, the version being promoted) get it from git again
 * (`readRecord`), which keeps the cache small enough to write on a cold read.
 *
 * Layout: two sealed files. `MODEL.json`: (0) `[format, version, model, listing digest]`, then
 * (1) one line of JSON: a header array, then one flat array per tag, which a read after tags
 * changed uses to open only the new tag objects. `MODEL.registry.json`: the same head, then the
 * registry assembled from those tags (snapshot.ts), valid while the model's `for-each-ref`
 * listing (names and object ids) hashes to that digest, which a warm read checks before parsing
 * a single tag name: a warm read reads this file alone. Flat arrays of strings and numbers are what `JSON.parse` builds fastest, and
 * the tag name's parts are kept with it, so a warm read runs no regular expression per tag.
 */

const FORMAT = 'lepton-tag-cache';
// 8: unassignment tags' summaries (a rollback's record), packed; main's own format 7 kept whole
// unassign records and the registry branch's format 7 had none: both are rebuilt.
const VERSION = 8;
/** The sealed files' kinds. */
const KIND = 'tag-cache';
const SNAPSHOT_KIND = 'tag-registry';
/** Some 500,000 tags' summaries: beyond it, a file found there is not read (and none is written). */
const MAX_BYTES = 256 << 20;

export interface CachedTag {
  readonly name: string;
  /** The ref's object: the tag object (annotated) or the commit (lightweight). */
  readonly object: string;
  /** null for a name the model's patterns catch that is no GTO tag (`sentiment@foo`). */
  readonly prepared: PreparedTag | null;
}

/**
 * [name, object, code, commit, date, version or stage ('' when none), N (-1 when none),
 * summary (null when none), peeled target's type (only when not `commit`)]. `code` is
 * 1 for an annotated tag, plus twice the tag kind's place in KINDS (0: no GTO tag of the model).
 */
type Row =
  | [string, string, number, string, string, string, number, Packed | null]
  | [string, string, number, string, string, string, number, Packed | null, string];

/**
 * A summary as values only. Model, version and commit are 0 when they are the tag's own (as in
 * every record Lepton itself writes); strings many records share (eval settings, metric names)
 * are indexes into the file's tables.
 *
 *   version: [0, model|0, version|0, commit|0, created, fingerprint, passed, evalSettings#,
 *             metric names# (-1: the metrics object follows instead), ...metric values]
 *   stage:   [1, model|0, version, stage|0, n, created, promotedBy, runUrl]
 *   unassign: [2, model|0, version, stage|0, n, from, to, reason, by, at, runUrl(, exitCode)]
 *             (`from`/`to` as [version, tag], `to` null when the stage was left empty;
 *             exitCode only when the record has the key)
 */
export type Packed = (string | number | boolean | null | Record<string, number> | string[])[];

const KINDS: readonly (TagKind | '')[] = [
  '',
  'version',
  'deregister',
  'assign',
  'unassign',
  'deprecate',
  'create',
];

export function tagCacheFile(gitDir: string, model: string): string {
  return join(gitDir, 'lepton', 'tags', `${encodeURIComponent(model)}.json`);
}

/** Where the assembled registry is kept (read alone by a warm read: the rows stay unread). */
const snapshotFile = (file: string): string => file.replace(/\.json$/, '.registry.json');

/** The cached tags by name; empty when there is no usable cache. Never throws. */
export function loadTagCache(file: string, model: string): Map<string, CachedTag> {
  const out = new Map<string, CachedTag>();
  // Read at once, while git lists the tags; checked on the bytes as they are on disk.
  const sealed = readSealedFile(file, KIND, MAX_BYTES);
  if (sealed === null || headOf(sealed.section(0), model) === null) return out;
  const body = sealed.section(1);
  if (!body) return out;
  try {
    const doc = JSON.parse(body.toString('utf8')) as unknown;
    if (!Array.isArray(doc) || !Array.isArray(doc[0])) return out;
    const [format, version, forModel, strings, names] = doc[0] as unknown[];
    if (format !== FORMAT || version !== VERSION || forModel !== model) return out;
    if (!isStrings(strings) || !Array.isArray(names) || !names.every(isStrings)) return out;
    for (let i = 1; i < doc.length; i++) {
      const row: unknown = doc[i];
      if (!isRow(row)) return new Map();
      const [name, object, code, commit, date, sub, n, packed] = row;
      const kind = KINDS[code >> 1] as TagKind | '';
      // A name this model's patterns catch but no GTO tag (`sentiment@foo`) is kept as such.
      let prepared: PreparedTag | null = null;
      if (kind !== '') {
        const targetType = row[8] ?? 'commit';
        const raw = {
          name,
          annotated: (code & 1) === 1,
          object,
          commit,
          targetType,
          date,
          message: '',
        };
        const tag: ParsedTag =
          kind === 'version' || kind === 'deregister'
            ? { kind, model, version: sub }
            : kind === 'assign' || kind === 'unassign'
              ? { kind, model, stage: sub }
              : { kind, model };
        if (n >= 0) (tag as { n?: number }).n = n;
        const summary = packed && unpack(packed, model, sub, commit, strings, names as string[][]);
        prepared = { raw, tag, summary };
      }
      out.set(name, { name, object, prepared });
    }
    return out;
  } catch {
    // Only a file that passed the checksum yet was not written by this code gets here.
    return new Map();
  }
}

/** The listing digest a cache file's head section names, when it is this format's and model's. */
function headOf(bytes: Buffer | null, model: string): string | null {
  if (bytes === null) return null;
  try {
    const head = JSON.parse(bytes.toString('utf8')) as unknown;
    if (!Array.isArray(head) || head.length !== 4) return null;
    const [format, version, forModel, digest] = head as unknown[];
    if (format !== FORMAT || version !== VERSION || forModel !== model) return null;
    return typeof digest === 'string' ? digest : null;
  } catch {
    return null;
  }
}

/**
 * The registry kept with the tags, when the model's listing still hashes to `digest`: no tag
 * was added, moved or deleted since, so the registry assembled then is the one the tags make
 * now (tag objects never change). Null otherwise. Never throws.
 */
export function loadRegistrySnapshot(file: string, model: string, digest: string): Registry | null {
  const sealed = readSealedFile(snapshotFile(file), SNAPSHOT_KIND, MAX_BYTES);
  if (sealed === null || headOf(sealed.section(0), model) !== digest) return null;
  const body = sealed.section(1);
  if (body === null) return null;
  try {
    return decodeSnapshot(JSON.parse(body.toString(isAscii(body) ? 'latin1' : 'utf8')), model);
  } catch {
    // Only a file that passed the checksum yet was not written by this code gets here.
    return null;
  }
}

const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');

/** A row's shape (its summary is Lepton's own, under the checksum: `unpack` checks its types). */
function isRow(row: unknown): row is Row {
  return (
    Array.isArray(row) &&
    (row.length === 8 || (row.length === 9 && typeof row[8] === 'string')) &&
    typeof row[0] === 'string' &&
    typeof row[1] === 'string' &&
    Number.isInteger(row[2]) &&
    row[2] >= 0 &&
    row[2] >> 1 < KINDS.length &&
    typeof row[3] === 'string' &&
    typeof row[4] === 'string' &&
    typeof row[5] === 'string' &&
    Number.isSafeInteger(row[6]) &&
    (row[7] === null || Array.isArray(row[7]))
  );
}

class Unreadable extends Error {}

const str = (v: unknown): string => {
  if (typeof v !== 'string') throw new Unreadable();
  return v;
};
const num = (v: unknown): number => {
  if (typeof v !== 'number') throw new Unreadable();
  return v;
};
const at = <T>(list: readonly T[], i: unknown): T => {
  const v = list[num(i)];
  if (v === undefined) throw new Unreadable();
  return v;
};

export function unpack(
  p: Packed,
  model: string,
  sub: string,
  commit: string,
  strings: readonly string[],
  names: readonly (readonly string[])[],
): TagSummary {
  if (p[0] === 0) {
    let metrics: Record<string, number>;
    if (p[8] === -1) {
      metrics = p[9] as Record<string, number>;
      if (typeof metrics !== 'object' || metrics === null) throw new Unreadable();
    } else {
      const keys = at(names, p[8]);
      metrics = {};
      for (let k = 0; k < keys.length; k++) metrics[keys[k] as string] = num(p[9 + k]);
    }
    if (typeof p[6] !== 'boolean') throw new Unreadable();
    return {
      kind: 'version',
      model: p[1] === 0 ? model : str(p[1]),
      version: p[2] === 0 ? sub : str(p[2]),
      commit: p[3] === 0 ? commit : str(p[3]),
      created: str(p[4]),
      fingerprint: str(p[5]),
      metrics,
      passed: p[6],
      evalSettings: at(strings, p[7]),
    };
  }
  if (p[0] === 2) return unpackUnassign(p, model, sub);
  if (p[0] !== 1 || !(p[7] === null || typeof p[7] === 'string')) throw new Unreadable();
  return {
    kind: 'stage',
    model: p[1] === 0 ? model : str(p[1]),
    version: str(p[2]),
    stage: p[3] === 0 ? sub : str(p[3]),
    n: num(p[4]),
    created: str(p[5]),
    promotedBy: str(p[6]),
    runUrl: p[7],
  };
}

const strOrNull = (v: unknown): string | null => (v === null ? null : str(v));
const ref = (v: unknown): VersionRef => {
  if (!Array.isArray(v) || v.length !== 2) throw new Unreadable();
  return { version: str(v[0]), tag: str(v[1]) };
};

function unpackUnassign(p: Packed, model: string, sub: string): TagSummary {
  if (p.length !== 11 && p.length !== 12) throw new Unreadable();
  const exit = p[11];
  if (!(exit === undefined || exit === null || typeof exit === 'number')) throw new Unreadable();
  return {
    kind: 'unassign',
    model: p[1] === 0 ? model : str(p[1]),
    version: str(p[2]),
    stage: p[3] === 0 ? sub : str(p[3]),
    n: num(p[4]),
    from: ref(p[5]),
    to: p[6] === null ? null : ref(p[6]),
    reason: str(p[7]),
    by: str(p[8]),
    at: str(p[9]),
    runUrl: strOrNull(p[10]),
    ...(p.length === 12 && { exitCode: exit as number | null }),
  };
}

/** Interns strings and metric-name lists as the rows are packed. */
export class Tables {
  readonly strings: string[] = [];
  readonly names: string[][] = [];
  private readonly stringAt = new Map<string, number>();
  private readonly namesAt = new Map<string, number>();

  string(s: string): number {
    let i = this.stringAt.get(s);
    if (i === undefined) this.stringAt.set(s, (i = this.strings.push(s) - 1));
    return i;
  }

  nameList(keys: string[]): number {
    const key = keys.join('\0');
    let i = this.namesAt.get(key);
    if (i === undefined) this.namesAt.set(key, (i = this.names.push(keys) - 1));
    return i;
  }
}

export function pack(s: TagSummary, tag: ParsedTag, commit: string, t: Tables): Packed {
  const model = s.model === tag.model ? 0 : s.model;
  if (s.kind === 'unassign') {
    const packed: Packed = [
      2,
      model,
      s.version,
      s.stage === tag.stage ? 0 : s.stage,
      s.n,
      [s.from.version, s.from.tag],
      s.to && [s.to.version, s.to.tag],
      s.reason,
      s.by,
      s.at,
      s.runUrl,
    ];
    if (s.exitCode !== undefined) packed.push(s.exitCode);
    return packed;
  }
  if (s.kind === 'version') {
    const keys = Object.keys(s.metrics);
    const packed: Packed = [
      0,
      model,
      s.version === tag.version ? 0 : s.version,
      s.commit === commit ? 0 : s.commit,
      s.created,
      s.fingerprint,
      s.passed,
      t.string(s.evalSettings),
    ];
    // A name JSON reads as an own key but an assignment would not (`__proto__`) keeps the object.
    if (keys.includes('__proto__')) packed.push(-1, s.metrics);
    else {
      packed.push(t.nameList(keys));
      for (const k of keys) packed.push(s.metrics[k] as number);
    }
    return packed;
  }
  return [
    1,
    model,
    s.version,
    s.stage === tag.stage ? 0 : s.stage,
    s.n,
    s.created,
    s.promotedBy,
    s.runUrl,
  ];
}

function rowOf({ name, object, prepared: p }: CachedTag, t: Tables): Row {
  const tag = p?.tag;
  const commit = p?.raw.commit ?? '';
  const row: Row = [
    name,
    object,
    (p?.raw.annotated ? 1 : 0) + 2 * Math.max(0, KINDS.indexOf(tag?.kind ?? '')),
    commit,
    p?.raw.date ?? '',
    tag?.version ?? tag?.stage ?? '',
    tag?.n ?? -1,
    p?.summary && tag ? pack(p.summary, tag, commit, t) : null,
  ];
  const targetType = p?.raw.targetType ?? 'commit';
  return targetType === 'commit' ? row : [...row, targetType];
}

/** Replaces the cache with these tags (written whole, then renamed into place). Never throws. */
export async function saveTagCache(
  file: string,
  model: string,
  tags: readonly CachedTag[],
  /** The registry those tags make, and the digest of the listing that named them. */
  snapshot: { readonly digest: string; readonly registry: Registry },
): Promise<void> {
  // Rows by name: the tags arrive in whatever order git's two readers finish them, and the
  // same tags must give the same bytes. One JSON.stringify of everything: a third of the cost
  // of one per row.
  const sorted = [...tags].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const t = new Tables();
  const rows = sorted.map((tag) => rowOf(tag, t));
  const header = [FORMAT, VERSION, model, t.strings, t.names];
  const doc = Buffer.from(`${JSON.stringify([header, ...rows])}\n`);
  // A read-only or vanished git directory, or one where `lepton` is a file, only costs speed.
  const head = Buffer.from(JSON.stringify([FORMAT, VERSION, model, snapshot.digest]));
  const registry = Buffer.from(JSON.stringify(encodeSnapshot(snapshot.registry)));
  // The rows first: a registry file is trusted only beside the rows it was assembled from.
  if (await writeSealedFile(file, KIND, [[head], [doc]], MAX_BYTES)) {
    await writeSealedFile(snapshotFile(file), SNAPSHOT_KIND, [[head], [registry]], MAX_BYTES);
  }
}
