import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { overviewOf, type PreparedTag, type RegistryOverview } from '../../core/registry/build.js';
import type { ParsedTag, TagKind } from '../../core/registry/names.js';
import type { Registry, TagSummary, VersionRef } from '../../core/registry/types.js';
import { readSealedFile, writeSealedFileSync } from '../files/sealed-file.js';
import { VERSION as LEPTON_VERSION } from '../../version.js';
import { decodeOverview, decodeSnapshot, encodeOverview, encodeSnapshot } from './snapshot.js';

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
 * Layout: one sealed file, three sections, each under its own CRC-32:
 *   0. the head, `[format, version, Lepton's version, model, listing digest]`;
 *   1. the registry assembled from the tags (snapshot.ts);
 *   2. one line of JSON: a header array, then one flat array per tag (the rows).
 * Beside it, `MODEL.overview`: the same head, then the registry's overview (its latest version
 * and stage holders: all `ls` reads), so that `ls` over many models reads a few bytes each.
 * It stands alone on the same terms: believed only with the digest of the current listing.
 * The digest is the SHA-256 of the model's `for-each-ref` listing (every tag's name and object
 * id, as git printed them) the file was written from. A warm read whose listing hashes to it
 * returns the registry of section 1 (or the overview) without parsing a tag name: tag objects never change, so
 * the same names on the same objects make the same registry. Any other read uses the rows, to
 * open only the tag objects they lack. Both are checked on every read that believes either
 * (a damaged section means a cold read and a rewrite, whichever was damaged), and a file
 * written by another release of Lepton is not read at all: the assembly's rules may differ.
 * Flat arrays of strings and numbers are what `JSON.parse` builds fastest, and the tag name's
 * parts are kept with it, so a read from the rows runs no regular expression per tag.
 */

const FORMAT = 'lepton-tag-cache';
// 9: one file of three sections (head, assembled registry, rows) and an overview file. 8: unassignment tags'
// summaries packed. Bump it whenever the bytes, or what a tag or a registry is read as, change.
const VERSION = 9;
/** The sealed files' kinds. */
const KIND = 'tag-cache';
const OVERVIEW_KIND = 'tag-overview';
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

/**
 * A tag cache file whose envelope and head checked out: of this format, this release of
 * Lepton and this model. Its sections are checked when read.
 */
export interface TagCache {
  /** The digest of the listing it was written from (`listingDigest`). */
  readonly digest: string;
  /**
   * The registry kept, when `digest` is the one it was written from and every section checks
   * out (the rows too, unread: a damaged file is rebuilt, whichever part is damaged); else null.
   */
  registry(digest: string): Registry | null;
  /** The cached tags by name; empty when the rows do not check out. */
  tags(): Map<string, CachedTag>;
}

/** Where a model's overview is kept, beside its tag cache (no model's cache file is named so). */
export const overviewFile = (file: string): string => file.replace(/\.json$/, '.overview');

/**
 * The overview kept for the model, when its head is this format's, release's and model's and
 * names `digest` (the current listing's); else null. Never throws.
 */
export function loadOverview(file: string, model: string, digest: string): RegistryOverview | null {
  const sealed = readSealedFile(overviewFile(file), OVERVIEW_KIND, MAX_BYTES);
  if (sealed === null || sealed.count !== 2 || headOf(sealed.section(0), model) !== digest) {
    return null;
  }
  const body = sealed.section(1);
  if (body === null) return null;
  try {
    return decodeOverview(JSON.parse(body.toString('utf8')), model);
  } catch {
    return null;
  }
}

/** SHA-256 (hex) of a model's listing, as `for-each-ref` printed it. */
export function listingDigest(listing: readonly Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const chunk of listing) hash.update(chunk);
  return hash.digest('hex');
}

/** The cache at `file`, or null when there is no usable one. Never throws. */
export function openTagCache(file: string, model: string): TagCache | null {
  // Checked on the bytes as they are on disk.
  const sealed = readSealedFile(file, KIND, MAX_BYTES);
  if (sealed === null || sealed.count !== 3) return null;
  const digest = headOf(sealed.section(0), model);
  if (digest === null) return null;
  const json = (i: number): unknown => {
    const body = sealed.section(i) as Buffer;
    return JSON.parse(body.toString(isAscii(body) ? 'latin1' : 'utf8'));
  };
  return {
    digest,
    registry: (wanted) => {
      // Believed only whole: the rows, unused here, must check out too (checksummed, their
      // ends checked: megabytes are not parsed for nothing).
      if (wanted !== digest || !rowsLookSound(sealed.section(2), model)) return null;
      if (sealed.section(1) === null) return null;
      try {
        return decodeSnapshot(json(1), model);
      } catch {
        // Only a file that passed the checksum yet was not written by this code gets here.
        return null;
      }
    },
    tags: () => rowsOf(sealed.section(2), model),
  };
}

/**
 * Whether the rows pass their checksum and open and close as this code writes them: checked
 * before the registry beside them is believed (unparsed: a warm read does not need them), so
 * that a file damaged anywhere is rebuilt at once.
 */
function rowsLookSound(rows: Buffer | null, model: string): boolean {
  if (rows === null) return false;
  const open = `[${JSON.stringify([FORMAT, VERSION, model]).slice(0, -1)},[`;
  return (
    rows.length > open.length + 3 &&
    rows.toString('utf8', 0, Buffer.byteLength(open)) === open &&
    rows.toString('latin1', rows.length - 3) === ']]\n'
  );
}

/** The cached tags by name; empty when there is no usable cache. Never throws. */
export function loadTagCache(file: string, model: string): Map<string, CachedTag> {
  return openTagCache(file, model)?.tags() ?? new Map();
}

function rowsOf(body: Buffer | null, model: string): Map<string, CachedTag> {
  const out = new Map<string, CachedTag>();
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
      // Indexed, not destructured: an iterator per row, before the code is optimized, costs.
      const name = row[0];
      const object = row[1];
      const code = row[2];
      const commit = row[3];
      const date = row[4];
      const sub = row[5];
      const n = row[6];
      const packed = row[7];
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

/** The listing digest a cache file's head section names, when it is this format's, release's and model's. */
function headOf(bytes: Buffer | null, model: string): string | null {
  if (bytes === null) return null;
  try {
    const head = JSON.parse(bytes.toString('utf8')) as unknown;
    if (!Array.isArray(head) || head.length !== 5) return null;
    const [format, version, release, forModel, digest] = head as unknown[];
    if (format !== FORMAT || version !== VERSION || release !== LEPTON_VERSION) return null;
    if (forModel !== model) return null;
    return typeof digest === 'string' && /^[0-9a-f]{64}$/.test(digest) ? digest : null;
  } catch {
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
  /** Each summary's packed form, by object: packed once for rows and registry alike. */
  readonly packed = new Map<
    TagSummary,
    {
      readonly version: string | undefined;
      readonly stage: string | undefined;
      readonly commit: string;
      readonly packed: Packed;
    }
  >();
  private readonly stringAt = new Map<string, number>();
  private readonly namesAt = new Map<string, number>();

  string(s: string): number {
    let i = this.stringAt.get(s);
    if (i === undefined) this.stringAt.set(s, (i = this.strings.push(s) - 1));
    return i;
  }

  private lastKeys: readonly string[] = [];
  private lastAt = -1;

  nameList(keys: string[]): number {
    // Most records name the same metrics as the one before: compared before any string is joined.
    const last = this.lastKeys;
    if (this.lastAt >= 0 && keys.length === last.length && keys.every((k, j) => k === last[j])) {
      return this.lastAt;
    }
    const key = keys.join('\0');
    let i = this.namesAt.get(key);
    if (i === undefined) this.namesAt.set(key, (i = this.names.push(keys) - 1));
    this.lastKeys = keys;
    this.lastAt = i;
    return i;
  }
}

export function pack(s: TagSummary, tag: ParsedTag, commit: string, t: Tables): Packed {
  // Packed relative to the tag and commit: the same object under another tag is packed again.
  // (Compared field by field: a joined key is two strings made and flattened per tag.)
  const known = t.packed.get(s);
  if (
    known !== undefined &&
    known.version === tag.version &&
    known.stage === tag.stage &&
    known.commit === commit
  ) {
    return known.packed;
  }
  const packed = packFresh(s, tag, commit, t);
  t.packed.set(s, { version: tag.version, stage: tag.stage, commit, packed });
  return packed;
}

function packFresh(s: TagSummary, tag: ParsedTag, commit: string, t: Tables): Packed {
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
export function saveTagCache(
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
  // One set of tables for rows and registry, and each summary packed once for both: the
  // registry's versions hold the very summary objects the rows do.
  const t = new Tables();
  const rows = sorted.map((tag) => rowOf(tag, t));
  const registry = Buffer.from(JSON.stringify(encodeSnapshot(snapshot.registry, t)));
  const header = [FORMAT, VERSION, model, t.strings, t.names];
  const doc = Buffer.from(`${JSON.stringify([header, ...rows])}\n`);
  const head = Buffer.from(
    JSON.stringify([FORMAT, VERSION, LEPTON_VERSION, model, snapshot.digest]),
  );
  const overview = Buffer.from(JSON.stringify(encodeOverview(overviewOf(snapshot.registry))));
  // One file, written whole and renamed into place: the registry is never found beside rows
  // or a digest of another listing (two runs writing at once: one file wins, whole).
  // A read-only or vanished git directory, or one where `lepton` is a file, only costs speed.
  // Without fsync, as the stat cache: a file torn by a crash fails its checksum and is read as
  // no cache (a cold read), so waiting for the disk (twice, ~30 ms) would buy a reader nothing.
  if (writeSealedFileSync(file, KIND, [[head], [registry], [doc]], MAX_BYTES)) {
    writeSealedFileSync(overviewFile(file), OVERVIEW_KIND, [[head], [overview]], MAX_BYTES);
  }
  return Promise.resolve();
}

/** Replaces the overview file alone (the tag cache beside it was found sound). Never throws. */
export function saveOverview(
  file: string,
  model: string,
  snapshot: { readonly digest: string; readonly registry: Registry },
): Promise<void> {
  const head = Buffer.from(
    JSON.stringify([FORMAT, VERSION, LEPTON_VERSION, model, snapshot.digest]),
  );
  const overview = Buffer.from(JSON.stringify(encodeOverview(overviewOf(snapshot.registry))));
  writeSealedFileSync(overviewFile(file), OVERVIEW_KIND, [[head], [overview]], MAX_BYTES);
  return Promise.resolve();
}
