import { LeptonError } from '../../core/errors/index.js';
import { prepareTag, type PreparedTag } from '../../core/registry/build.js';
import { modelRefPatterns } from '../../core/registry/names.js';
import type { RawTag } from '../../core/registry/types.js';
import type { Git } from '../git.js';
import { hasTagCache, loadTagCache, saveTagCache, tagCacheFile, type CachedTag } from './cache.js';
import { lastLines } from './write.js';

interface Listed {
  readonly name: string;
  /** The ref's own object: the tag object (annotated) or the commit (lightweight). */
  readonly object: string;
}

const NEWLINE = 0x0a;
const FENCE = Buffer.from('```json');
const BLANK_LINE = Buffer.from('\n\n');
const NOTHING: Buffer = Buffer.alloc(0);

/**
 * Turns `git cat-file --batch` output (`<id> <type> <size>`, a newline, the object, a newline)
 * into tags as it streams in, the n-th object being the n-th listed ref's. Objects are cut by
 * their size, so a message may hold anything. Works on bytes: of a message only the part from
 * its last ```json fence on (all Lepton reads) is decoded. `onTag` also gets that part's bytes
 * (empty for a lightweight tag), a view into git's output that stays valid.
 */
export class ObjectStream {
  private pending = NOTHING;
  private next = 0;
  /** Set instead of throwing: this runs in a stream's data handler. */
  failure: string | null = null;

  constructor(
    private readonly refs: readonly Listed[],
    private readonly onTag: (tag: RawTag, text: Buffer) => void,
  ) {}

  get done(): boolean {
    return this.next === this.refs.length && this.pending.length === 0;
  }

  write(chunk: Buffer): void {
    if (this.failure !== null) return;
    const buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    let at = 0;
    for (;;) {
      const eol = buf.indexOf(NEWLINE, at);
      if (eol < 0) break;
      const [id, type, size] = buf.toString('latin1', at, eol).split(' ');
      const ref = this.refs[this.next];
      if (ref === undefined || id !== ref.object || type === 'missing' || size === undefined) {
        this.failure = `unexpected object ${id ?? ''} ${type ?? ''}`;
        return;
      }
      const start = eol + 1;
      const end = start + Number(size);
      if (end >= buf.length) break; // the object and its closing newline are not all here yet
      this.emit(ref, type ?? '', buf, start, end);
      this.next++;
      at = end + 1;
    }
    this.pending = at < buf.length ? buf.subarray(at) : NOTHING;
  }

  /** One object: a tag object (annotated tag), else the commit (or other) a lightweight tag names. */
  private emit(ref: Listed, type: string, buf: Buffer, start: number, end: number): void {
    const annotated = type === 'tag';
    const headersEnd = annotated || type === 'commit' ? buf.indexOf(BLANK_LINE, start) : -1;
    const headers = buf.toString(
      'latin1',
      start,
      headersEnd < 0 || headersEnd > end ? end : headersEnd,
    );
    let text = NOTHING;
    if (annotated && headersEnd >= 0 && headersEnd < end) {
      const from = headersEnd + 2;
      const fence = lastFence(buf, from, end);
      text = buf.subarray(fence >= 0 ? fence : from, end);
    }
    this.onTag(
      {
        name: ref.name,
        annotated,
        object: ref.object,
        commit: annotated ? (header(headers, 'object') ?? '') : ref.object,
        date: isoDate(header(headers, annotated ? 'tagger' : type === 'commit' ? 'committer' : '')),
        message: text.length ? text.toString() : '',
      },
      text,
    );
  }
}

/**
 * Where the last `\n```json` between `from` and `end` starts, else -1. Searched forwards for
 * the backticks (rare in a message, so the search skips ahead fast): a backward search for
 * the whole fence costs more than the rest of reading a tag.
 */
function lastFence(buf: Buffer, from: number, end: number): number {
  let found = -1;
  for (let i = buf.indexOf(FENCE, from); i >= 0 && i + FENCE.length <= end;) {
    if (i > from && buf[i - 1] === NEWLINE) found = i - 1;
    i = buf.indexOf(FENCE, i + FENCE.length);
  }
  return found;
}

/** The value of a header line (`object …`, `tagger …`) of a tag or commit object. */
function header(headers: string, key: string): string | undefined {
  if (key === '') return undefined;
  const prefix = `${key} `;
  const line = headers.startsWith(prefix) ? 0 : headers.indexOf(`\n${prefix}`) + 1;
  if (line === 0 && !headers.startsWith(prefix)) return undefined;
  const end = headers.indexOf('\n', line);
  return headers.slice(line + prefix.length, end < 0 ? headers.length : end);
}

/** The date of `Name <email> 1767225600 +0000` (git's `creatordate`), ISO 8601; '' when none. */
function isoDate(ident: string | undefined): string {
  const email = ident === undefined ? -1 : ident.lastIndexOf('> ');
  if (ident === undefined || email < 0) return '';
  const space = ident.indexOf(' ', email + 2);
  const digits = ident.slice(email + 2, space < 0 ? ident.length : space);
  return /^\d+$/.test(digits) ? new Date(Number(digits) * 1000).toISOString() : '';
}

/**
 * Every tag of one model (and only that model), records parsed. One `for-each-ref` lists
 * names and object ids (fast for any number of tags: no object is opened); the tag cache
 * says which are known already, and one `git cat-file --batch` reads the others, parsed while
 * git writes them. A cold read (no cache, as in a fresh clone) reads them all that way.
 */
export async function readPreparedTags(git: Git, model: string): Promise<PreparedTag[]> {
  const gitDir = await git.gitDir();
  if (gitDir === null) return []; // outside a repository there are no tags: not an error for a reader
  const file = tagCacheFile(gitDir, model);
  const [cache, listed] = await Promise.all([
    hasTagCache(file).then((has) =>
      has ? loadTagCache(file, model) : new Map<string, CachedTag>(),
    ),
    listTags(git, model),
  ]);

  const prepared: PreparedTag[] = [];
  const fresh: CachedTag[] = [];
  const missing: Listed[] = [];
  for (const t of listed) {
    const hit = cache.get(t.name);
    if (hit?.object !== t.object) {
      missing.push(t);
      continue;
    }
    fresh.push(hit);
    if (hit.prepared) prepared.push(hit.prepared);
  }
  if (missing.length === 0) return prepared;

  await readObjects(git, model, missing, (raw, text) => {
    const p = prepareTag(model, raw);
    // The message is read: keeping thousands of them only costs garbage collection.
    const kept = p && { raw: { ...raw, message: '' }, tag: p.tag, record: p.record };
    if (kept) prepared.push(kept);
    // A name the patterns catch that is no GTO tag (`sentiment@foo`) is remembered as such.
    fresh.push({ name: raw.name, object: raw.object ?? '', prepared: kept, text });
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

/** The objects of these refs, in one `git cat-file --batch`. */
async function readObjects(
  git: Git,
  model: string,
  refs: readonly Listed[],
  onTag: (raw: RawTag, text: Buffer) => void,
): Promise<void> {
  const stream = new ObjectStream(refs, onTag);
  const r = await git.run(['cat-file', '--batch', '--buffer'], {
    allowFailure: true,
    input: refs.map((t) => `${t.object}\n`).join(''),
    onStdout: (chunk) => stream.write(chunk),
  });
  const failure =
    r.code !== 0
      ? lastLines(r.stderr)
      : !stream.done
        ? (stream.failure ?? 'output cut short')
        : null;
  if (failure !== null) {
    throw new LeptonError('git', `could not read the tags of ${model}: ${failure}`);
  }
}
