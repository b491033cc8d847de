import { LeptonError } from '../../core/errors/index.js';
import { prepareTag, type PreparedTag } from '../../core/registry/build.js';
import { modelRefPatterns } from '../../core/registry/names.js';
import type { RawTag } from '../../core/registry/types.js';
import type { Git } from '../git.js';
import { loadTagCache, saveTagCache, tagCacheFile, type CachedTag } from './cache.js';
import { lastLines } from './write.js';

// Each field ends in NUL (a tag message cannot hold one); each record then ends in a newline.
const FIELDS = [
  '%(refname:strip=2)',
  '%(objecttype)',
  '%(objectname)',
  '%(*objectname)',
  '%(creatordate:unix)',
  '%(contents)',
];
const FORMAT = FIELDS.join('%00') + '%00';

const FENCE = Buffer.from('\n```json');

/**
 * Splits `for-each-ref` output into tags as it streams in. Fields are counted, not searched
 * for, so a message may hold anything but NUL. Works on bytes: of a message only the part
 * from its last ```json fence on (all Lepton reads) is decoded, which keeps `show` over
 * thousands of tags close to git's own speed.
 */
export class TagStream {
  private pending: Buffer = Buffer.alloc(0);
  constructor(private readonly onTag: (tag: RawTag) => void) {}

  write(chunk: Buffer): void {
    const buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    let recordStart = 0;
    // A record is FIELDS.length NUL-terminated fields; find them all or wait for more bytes.
    for (;;) {
      const ends: number[] = [];
      let at = recordStart;
      while (ends.length < FIELDS.length) {
        const end = buf.indexOf(0, at);
        if (end < 0) break;
        ends.push(end);
        at = end + 1;
      }
      if (ends.length < FIELDS.length) break;
      this.emit(buf, recordStart, ends);
      recordStart = at;
    }
    this.pending = recordStart < buf.length ? buf.subarray(recordStart) : Buffer.alloc(0);
  }

  private emit(buf: Buffer, start: number, ends: number[]): void {
    const field = (i: number) => {
      const from = i === 0 ? start : (ends[i - 1] as number) + 1;
      return buf.toString('utf8', from, ends[i]);
    };
    const annotated = field(1) === 'tag';
    const unix = field(4);
    const seconds = Number(unix);
    let message = '';
    if (annotated) {
      const from = (ends[4] as number) + 1;
      const to = ends[5] as number;
      const fence = buf.lastIndexOf(FENCE, to - FENCE.length);
      message = buf.toString('utf8', fence >= from ? fence : from, to);
    }
    const name = field(0);
    this.onTag({
      // The previous record's closing newline leads every record but the first.
      name: name.startsWith('\n') ? name.slice(1) : name,
      annotated,
      object: field(2),
      commit: annotated ? field(3) : field(2),
      date: unix !== '' && Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : '',
      message,
    });
  }
}

export function parseForEachRef(stdout: string): RawTag[] {
  const tags: RawTag[] = [];
  new TagStream((t) => tags.push(t)).write(Buffer.from(stdout));
  return tags;
}

/** How many changed tags are read by name; more than this and the whole model is read again. */
const BY_NAME_LIMIT = 256;

interface Listed {
  readonly name: string;
  readonly object: string;
}

/**
 * Every tag of one model (and only that model), records parsed. A cold read is one
 * `git for-each-ref` whose output is parsed while git writes it. With the tag cache, one
 * `for-each-ref` of names and object ids says what is known already; only new or re-made
 * tags are read again.
 */
export async function readPreparedTags(git: Git, model: string): Promise<PreparedTag[]> {
  const [gitDir, listed] = await Promise.all([git.gitDir(), listTags(git, model)]);
  if (gitDir === null) return []; // outside a repository there are no tags: not an error for a reader
  const file = tagCacheFile(gitDir, model);
  const cache = await loadTagCache(file, model);

  const prepared: PreparedTag[] = [];
  const fresh: CachedTag[] = [];
  const missing: string[] = [];
  for (const t of listed) {
    const hit = cache.get(t.name);
    if (hit?.object !== t.object) {
      missing.push(t.name);
      continue;
    }
    fresh.push(hit);
    if (hit.prepared) prepared.push(hit.prepared);
  }
  if (missing.length === 0) return prepared;

  const patterns =
    missing.length <= BY_NAME_LIMIT && fresh.length > 0
      ? missing.map((name) => `refs/tags/${name}`)
      : modelRefPatterns(model);
  const wanted = new Set(missing);
  await streamTags(git, model, patterns, (raw) => {
    // A by-name pattern also matches `name/…`; a full read repeats the cached ones.
    if (!wanted.has(raw.name)) return;
    const p = prepareTag(model, raw);
    if (p) prepared.push(p);
    // A name the patterns catch that is no GTO tag (`sentiment@foo`) is remembered as such.
    const kept = p && { ...p, raw: { ...raw, message: '' } };
    fresh.push({ name: raw.name, object: raw.object ?? '', prepared: kept });
  });
  await saveTagCache(file, model, fresh);
  return prepared;
}

/** Names and object ids only: no tag object is opened, so this is fast for any number of tags. */
async function listTags(git: Git, model: string): Promise<Listed[]> {
  const r = await git.run(
    ['for-each-ref', '--format=%(refname:strip=2)%00%(objectname)', ...modelRefPatterns(model)],
    { allowFailure: true },
  );
  if (r.code !== 0) {
    if ((await git.gitDir()) === null) return [];
    throw new LeptonError('git', `could not read the tags of ${model}: ${lastLines(r.stderr)}`);
  }
  const out: Listed[] = [];
  for (const line of r.stdout.split('\n')) {
    const cut = line.indexOf('\0');
    if (cut > 0) out.push({ name: line.slice(0, cut), object: line.slice(cut + 1) });
  }
  return out;
}

async function streamTags(
  git: Git,
  model: string,
  patterns: readonly string[],
  onTag: (raw: RawTag) => void,
): Promise<void> {
  const stream = new TagStream(onTag);
  const r = await git.run(['for-each-ref', `--format=${FORMAT}`, ...patterns], {
    allowFailure: true,
    onStdout: (chunk) => stream.write(chunk),
  });
  if (r.code !== 0) {
    throw new LeptonError('git', `could not read the tags of ${model}: ${lastLines(r.stderr)}`);
  }
}
