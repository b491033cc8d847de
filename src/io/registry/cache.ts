import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import type { PreparedTag } from '../../core/registry/build.js';
import { parseTagName } from '../../core/registry/names.js';
import { lazyRecord, type RecordSummary } from './lazy-record.js';

/**
 * What Lepton read from each tag object, kept in `<git dir>/lepton/tags/`. A tag object never
 * changes (its id is its content's hash), so an entry keyed by tag name and object id can
 * never be stale: a moved or re-made tag has another id and is read again.
 *
 * The cache may only save work. It holds only what Lepton itself parsed and checked from the
 * tags, and its first line is a checksum of the rest: a file truncated, edited or written by
 * anything else fails that check and is ignored and rewritten. That check is what lets a warm
 * read skip re-checking thousands of records (`lepton show` on a large registry). It guards
 * against accidents, not against a forger, who could rewrite any checksum kept beside the data.
 *
 * It holds each record's summary (all a listing reads), not the record: the few reads that
 * want a whole record (a baseline, the version being promoted) get it from git again, which
 * costs one small git process each and keeps the cache small enough to write on a cold read.
 * Layout: the checksum line, then one line of JSON with a row per tag.
 */

const FORMAT = 'lepton-tag-cache';
const VERSION = 5;

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

const NEWLINE = 0x0a;

/**
 * zlib's CRC-32 where this Node has it (20.15 on), else SHA-1: either catches a truncated or
 * edited file. A cache checked the other way only fails the check and is rewritten.
 */
function checksum(bytes: Uint8Array): string {
  if (typeof zlib.crc32 === 'function') return `crc32:${zlib.crc32(bytes).toString(16)}`;
  return `sha1:${createHash('sha1').update(bytes).digest('hex')}`;
}

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
  let bytes: Buffer;
  try {
    // Read at once, while git lists the tags.
    bytes = readFileSync(file);
  } catch {
    return out;
  }
  // The check runs on the bytes as they are on disk, before any decoding.
  const lineEnd = bytes.indexOf(NEWLINE);
  if (lineEnd < 0 || lineEnd > 80) return out;
  if (checksum(bytes.subarray(lineEnd + 1)) !== bytes.toString('latin1', 0, lineEnd)) return out;
  let doc: Doc;
  try {
    doc = JSON.parse(bytes.toString('utf8', lineEnd + 1)) as Doc;
  } catch {
    return out;
  }
  if (doc.format !== FORMAT || doc.version !== VERSION || doc.model !== model) return out;
  for (const [name, object, annotated, commit, date, summary, targetType] of doc.tags) {
    const raw = { name, annotated: annotated === 1, commit, targetType, date, message: '' };
    const tag = parseTagName(name);
    const record = summary && lazyRecord(summary, () => loadRecord(object) ?? summary);
    // A name this model's patterns catch but no GTO tag (`sentiment@foo`) is kept as such.
    const prepared = tag?.model === model ? { raw, tag, record } : null;
    out.set(name, { name, object, summary, prepared });
  }
  return out;
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
  // One JSON.stringify of everything: a third of the cost of one per row.
  const doc = Buffer.from(
    `${JSON.stringify({ format: FORMAT, version: VERSION, model, tags: tags.map(rowOf) })}\n`,
  );
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(tmp, Buffer.concat([Buffer.from(`${checksum(doc)}\n`), doc]));
    await rename(tmp, file);
  } catch {
    // A read-only or vanished git directory only costs speed next time.
    await rm(tmp, { force: true }).catch(() => {});
  }
}
