import { join } from 'node:path';
import type { PreparedTag } from '../../core/registry/build.js';
import { parseTagName } from '../../core/registry/names.js';
import { readSealedFile, writeSealedFile } from '../files/sealed-file.js';
import { lazyRecord, type RecordSummary } from './lazy-record.js';

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
 * want a whole record (a baseline, the version being promoted) get it from git again, which
 * costs one small git process each and keeps the cache small enough to write on a cold read.
 * Layout: the sealed file's first line, then one line of JSON with a row per tag.
 */

const FORMAT = 'lepton-tag-cache';
// 7: unassignment tags carry records (a rollback's); older caches hold none for them.
const VERSION = 7;
/** The sealed file's kind. */
const KIND = 'tag-cache';
/** Some 500,000 tags' summaries: beyond it, a file found there is not read (and none is written). */
const MAX_BYTES = 256 << 20;

export interface CachedTag {
  readonly name: string;
  /** The ref's object: the tag object (annotated) or the commit (lightweight). */
  readonly object: string;
  /** null for a name the model's patterns catch that is no GTO tag (`sentiment@foo`). */
  readonly prepared: PreparedTag | null;
  /** What listings read of the record (null without one), kept so no row needs the record. */
  readonly summary: RecordSummary | null;
}

interface Doc {
  readonly format: string;
  readonly version: number;
  readonly model: string;
  /** [name, object, annotated, commit, date, record summary, peeled target's type] */
  readonly tags: readonly Row[];
}
/** The parsed name is not kept: parsing it again costs less than reading it back. */
type Row = [string, string, 0 | 1, string, string, RecordSummary | null, string];

export function tagCacheFile(gitDir: string, model: string): string {
  return join(gitDir, 'lepton', 'tags', `${encodeURIComponent(model)}.json`);
}

/**
 * The cached tags by name; empty when there is no usable cache. Never throws. A record is
 * lazy: its summary answers listings, and anything more asks `loadRecord` for the tag object's
 * record (null when it cannot be had: the summary then stands in).
 */
export function loadTagCache(
  file: string,
  model: string,
  loadRecord: (object: string) => object | null,
): Map<string, CachedTag> {
  const out = new Map<string, CachedTag>();
  // Read at once, while git lists the tags; checked on the bytes as they are on disk.
  const body = readSealedFile(file, KIND, MAX_BYTES)?.section(0);
  if (!body) return out;
  try {
    const doc = JSON.parse(body.toString('utf8')) as Partial<Doc>;
    const { format, version, tags } = doc;
    if (format !== FORMAT || version !== VERSION || doc.model !== model || !Array.isArray(tags)) {
      return out;
    }
    for (const row of tags) {
      if (!isRow(row)) return new Map();
      const [name, object, annotated, commit, date, summary, targetType] = row;
      const raw = { name, annotated: annotated === 1, commit, targetType, date, message: '' };
      const tag = parseTagName(name);
      const record = summary && lazyRecord(summary, () => loadRecord(object) ?? summary);
      // A name this model's patterns catch but no GTO tag (`sentiment@foo`) is kept as such.
      const prepared = tag?.model === model ? { raw, tag, record } : null;
      out.set(name, { name, object, summary, prepared });
    }
    return out;
  } catch {
    // Only a file that passed the checksum yet was not written by this code gets here.
    return new Map();
  }
}

/** A row's shape (its summary is Lepton's own, under the checksum). */
function isRow(row: unknown): row is Row {
  return (
    Array.isArray(row) &&
    row.length === 7 &&
    typeof row[0] === 'string' &&
    typeof row[1] === 'string' &&
    (row[2] === 0 || row[2] === 1) &&
    typeof row[3] === 'string' &&
    typeof row[4] === 'string' &&
    (row[5] === null || (typeof row[5] === 'object' && !Array.isArray(row[5]))) &&
    typeof row[6] === 'string'
  );
}

function rowOf({ name, object, prepared: p, summary }: CachedTag): Row {
  return [
    name,
    object,
    p?.raw.annotated ? 1 : 0,
    p?.raw.commit ?? '',
    p?.raw.date ?? '',
    p?.record ? summary : null,
    p?.raw.targetType ?? 'commit',
  ];
}

/** Replaces the cache with these tags (written whole, then renamed into place). Never throws. */
export async function saveTagCache(
  file: string,
  model: string,
  tags: readonly CachedTag[],
): Promise<void> {
  // Rows by name: the tags arrive in whatever order git's two readers finish them, and the
  // same tags must give the same bytes. One JSON.stringify of everything: a third of the cost
  // of one per row.
  const rows = tags.map(rowOf).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const doc = Buffer.from(
    `${JSON.stringify({ format: FORMAT, version: VERSION, model, tags: rows })}\n`,
  );
  // A read-only or vanished git directory, or one where `lepton` is a file, only costs speed.
  await writeSealedFile(file, KIND, [[doc]], MAX_BYTES);
}
