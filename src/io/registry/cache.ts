import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PreparedTag } from '../../core/registry/build.js';
import type { ParsedTag } from '../../core/registry/names.js';
import type { StageRecord, VersionRecord } from '../../core/registry/types.js';

/**
 * What Lepton read from each tag object, kept in `<git dir>/lepton/tags/`. A tag object never
 * changes (its id is its content's hash), so an entry keyed by tag name and object id can
 * never be stale: a moved or re-made tag has another id and is read again.
 *
 * The cache may only save work. It holds only what Lepton itself parsed and checked from the
 * tags, and its first line is the SHA-1 of the rest: a file truncated, edited or written by
 * anything else fails that check and is ignored and rewritten. That check is what lets a warm
 * read skip re-checking thousands of records (`lepton show` on a large registry).
 */

const FORMAT = 'lepton-tag-cache';
const VERSION = 2;

export interface CachedTag {
  readonly name: string;
  /** The ref's object: the tag object (annotated) or the commit (lightweight). */
  readonly object: string;
  /** null for a name the model's patterns catch that is no GTO tag (`sentiment@foo`). */
  readonly prepared: PreparedTag | null;
}

interface Doc {
  readonly format: string;
  readonly version: number;
  readonly model: string;
  /** [name, object, annotated, commit, date, parsed name, record] */
  readonly tags: readonly Row[];
}
type Row = [
  string,
  string,
  0 | 1,
  string,
  string,
  ParsedTag | null,
  VersionRecord | StageRecord | null,
];

const sha1 = (bytes: Buffer | string) => createHash('sha1').update(bytes).digest('hex');
const NEWLINE = 0x0a;

export function tagCacheFile(gitDir: string, model: string): string {
  return join(gitDir, 'lepton', 'tags', `${encodeURIComponent(model)}.json`);
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
  if (bytes.indexOf(NEWLINE) !== 40) return out;
  if (sha1(bytes.subarray(41)) !== bytes.toString('latin1', 0, 40)) return out;
  let doc: Doc;
  try {
    doc = JSON.parse(bytes.toString('utf8', 41)) as Doc;
  } catch {
    return out;
  }
  if (doc.format !== FORMAT || doc.version !== VERSION || doc.model !== model) return out;
  for (const [name, object, annotated, commit, date, tag, record] of doc.tags) {
    const raw = { name, annotated: annotated === 1, commit, date, message: '' };
    out.set(name, { name, object, prepared: tag ? { raw, tag, record } : null });
  }
  return out;
}

/** Replaces the cache with these tags (written whole, then renamed into place). Never throws. */
export async function saveTagCache(
  file: string,
  model: string,
  tags: readonly CachedTag[],
): Promise<void> {
  const doc: Doc = {
    format: FORMAT,
    version: VERSION,
    model,
    tags: tags.map(({ name, object, prepared: p }) => [
      name,
      object,
      p?.raw.annotated ? 1 : 0,
      p?.raw.commit ?? '',
      p?.raw.date ?? '',
      p?.tag ?? null,
      p?.record ?? null,
    ]),
  };
  const body = JSON.stringify(doc);
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(tmp, `${sha1(body)}\n${body}`);
    await rename(tmp, file);
  } catch {
    // A read-only or vanished git directory only costs speed next time.
  }
}
