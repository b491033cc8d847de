import { createHash } from 'node:crypto';
import { access, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as zlib from 'node:zlib';
import type { PreparedTag } from '../../core/registry/build.js';
import { parseRecord } from '../../core/registry/message.js';
import type { ParsedTag } from '../../core/registry/names.js';
import { lazyRecord, summaryOf, type RecordSummary } from './lazy-record.js';

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
 * Layout: the checksum line; one line of JSON with a row per tag, holding each record's
 * summary (all a listing reads); then each record's text exactly as its tag message holds it,
 * back to back. Writing copies those bytes as git gave them, and reading parses a record's
 * text only when something asks for more than its summary.
 */

const FORMAT = 'lepton-tag-cache';
const VERSION = 3;

export interface CachedTag {
  readonly name: string;
  /** The ref's object: the tag object (annotated) or the commit (lightweight). */
  readonly object: string;
  /** null for a name the model's patterns catch that is no GTO tag (`sentiment@foo`). */
  readonly prepared: PreparedTag | null;
  /** The tag message from its last ```json fence on (UTF-8), when `prepared` has a record. */
  readonly text: Uint8Array;
}

interface Doc {
  readonly format: string;
  readonly version: number;
  readonly model: string;
  /** [name, object, annotated, commit, date, parsed name, record summary, record text bytes] */
  readonly tags: readonly Row[];
}
type Row = [string, string, 0 | 1, string, string, ParsedTag | null, RecordSummary | null, number];

const NEWLINE = 0x0a;
const NO_TEXT = new Uint8Array(0);

/**
 * zlib's CRC-32 where this Node has it (20.15 on), else SHA-1: either catches a truncated or
 * edited file, and the CRC costs a third of the hash on a large cache. A cache checked the
 * other way only fails the check and is rewritten.
 */
function checksum(pieces: readonly Uint8Array[]): string {
  if (typeof zlib.crc32 === 'function') {
    let crc = 0;
    for (const p of pieces) crc = zlib.crc32(p, crc);
    return `crc32:${crc.toString(16)}`;
  }
  const hash = createHash('sha1');
  for (const p of pieces) hash.update(p);
  return `sha1:${hash.digest('hex')}`;
}

export function tagCacheFile(gitDir: string, model: string): string {
  return join(gitDir, 'lepton', 'tags', `${encodeURIComponent(model)}.json`);
}

/** Whether a cache file is there at all (a fresh clone has none). */
export async function hasTagCache(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** The cached tags by name; empty when there is no usable cache. Never throws. */
export async function loadTagCache(file: string, model: string): Promise<Map<string, CachedTag>> {
  const out = new Map<string, CachedTag>();
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return out;
  }
  // The check runs on the bytes as they are on disk, before any decoding.
  const lineEnd = bytes.indexOf(NEWLINE);
  if (lineEnd < 0 || lineEnd > 80) return out;
  if (checksum([bytes.subarray(lineEnd + 1)]) !== bytes.toString('latin1', 0, lineEnd)) return out;
  const docEnd = bytes.indexOf(NEWLINE, lineEnd + 1);
  if (docEnd < 0) return out;
  let doc: Doc;
  try {
    doc = JSON.parse(bytes.toString('utf8', lineEnd + 1, docEnd)) as Doc;
  } catch {
    return out;
  }
  if (doc.format !== FORMAT || doc.version !== VERSION || doc.model !== model) return out;
  let at = docEnd + 1;
  for (const [name, object, annotated, commit, date, tag, summary, length] of doc.tags) {
    const text = length ? bytes.subarray(at, (at += length)) : NO_TEXT;
    const raw = { name, annotated: annotated === 1, commit, date, message: '' };
    // The text was parsed and checked when the cache was written, and the checksum says it is
    // unchanged: parsing it again gives that record (the summary stands in only if it did not).
    const record = summary && lazyRecord(summary, () => parseRecord(text.toString()) ?? summary);
    out.set(name, { name, object, text, prepared: tag ? { raw, tag, record } : null });
  }
  return at === bytes.length ? out : new Map();
}

/** Replaces the cache with these tags (written whole, then renamed into place). Never throws. */
export async function saveTagCache(
  file: string,
  model: string,
  tags: readonly CachedTag[],
): Promise<void> {
  const texts: Uint8Array[] = [];
  const rows = tags.map(({ name, object, prepared: p, text }): Row => {
    const record = p?.record ?? null;
    if (record) texts.push(text);
    return [
      name,
      object,
      p?.raw.annotated ? 1 : 0,
      p?.raw.commit ?? '',
      p?.raw.date ?? '',
      p?.tag ?? null,
      record && summaryOf(record),
      record ? text.length : 0,
    ];
  });
  const doc: Doc = { format: FORMAT, version: VERSION, model, tags: rows };
  const body = [Buffer.from(JSON.stringify(doc) + '\n'), ...texts];
  const pieces = [Buffer.from(checksum(body) + '\n'), ...body];
  const size = pieces.reduce((n, p) => n + p.length, 0);
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    // Written piece by piece: the record texts are views into git's output, never copied.
    const out = await open(tmp, 'w');
    let written = 0;
    try {
      written = (await out.writev(pieces)).bytesWritten;
    } finally {
      await out.close();
    }
    if (written === size) await rename(tmp, file);
    else await rm(tmp, { force: true });
  } catch {
    // A read-only or vanished git directory only costs speed next time.
    await rm(tmp, { force: true }).catch(() => {});
  }
}
