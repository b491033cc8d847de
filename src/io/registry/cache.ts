import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { asRecord } from '../../core/registry/record-schema.js';
import type { StageRecord, VersionRecord } from '../../core/registry/types.js';

/**
 * What Lepton read from each tag object, kept in `<git dir>/lepton/tags/`. A tag object never
 * changes (its id is its content's hash), so an entry keyed by tag name and object id can
 * never be stale: a moved or re-made tag has another id and is read again. The cache may only
 * save work: a file in any other format, truncated or edited, is ignored and rewritten, and
 * every record in it is checked again as if read from the tag.
 */

const FORMAT = 'lepton-tag-cache';
const VERSION = 1;

export interface CachedTag {
  readonly name: string;
  /** The ref's object: the tag object (annotated) or the commit (lightweight). */
  readonly object: string;
  readonly annotated: boolean;
  readonly commit: string;
  readonly date: string;
  readonly record: VersionRecord | StageRecord | null;
}

type Row = [string, string, 0 | 1, string, string, unknown];

export const cacheKey = (name: string, object: string): string => `${name}\0${object}`;

export function tagCacheFile(gitDir: string, model: string): string {
  return join(gitDir, 'lepton', 'tags', `${encodeURIComponent(model)}.json`);
}

/** The cached tags by `cacheKey`; empty when there is no usable cache. Never throws. */
export async function loadTagCache(file: string, model: string): Promise<Map<string, CachedTag>> {
  const out = new Map<string, CachedTag>();
  let doc: { format?: unknown; version?: unknown; model?: unknown; tags?: unknown };
  try {
    doc = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return out;
  }
  if (doc?.format !== FORMAT || doc.version !== VERSION || doc.model !== model) return out;
  if (!Array.isArray(doc.tags)) return out;
  for (const row of doc.tags as unknown[]) {
    if (!Array.isArray(row) || row.length !== 6) continue;
    const [name, object, annotated, commit, date, record] = row as Row;
    if (typeof name !== 'string' || typeof object !== 'string') continue;
    if (typeof commit !== 'string' || typeof date !== 'string') continue;
    const checked = record === null ? null : asRecord(record);
    if (record !== null && checked === null) continue;
    out.set(cacheKey(name, object), {
      name,
      object,
      annotated: annotated === 1,
      commit,
      date,
      record: checked,
    });
  }
  return out;
}

/** Replaces the cache with these tags (written whole, then renamed into place). Never throws. */
export async function saveTagCache(
  file: string,
  model: string,
  tags: readonly CachedTag[],
): Promise<void> {
  const rows: Row[] = tags.map((t) => [
    t.name,
    t.object,
    t.annotated ? 1 : 0,
    t.commit,
    t.date,
    t.record,
  ]);
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(tmp, JSON.stringify({ format: FORMAT, version: VERSION, model, tags: rows }));
    await rename(tmp, file);
  } catch {
    // A read-only or vanished git directory only costs speed next time.
  }
}
