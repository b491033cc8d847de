import { isAscii } from 'node:buffer';
import { LeptonError } from '../../core/errors/index.js';
import { prepareTag, type PreparedTag } from '../../core/registry/build.js';
import { parseRecord } from '../../core/registry/message.js';
import { modelRefPatterns } from '../../core/registry/names.js';
import type { RawTag } from '../../core/registry/types.js';
import { lastLines, type Git } from '../git.js';
import { loadTagCache, saveTagCache, tagCacheFile, type CachedTag } from './cache.js';
import { lazyRecord, summaryOf } from './lazy-record.js';

interface Listed {
  readonly name: string;
  /** The ref's own object: the tag object (annotated) or the commit (lightweight). */
  readonly object: string;
}

const NEWLINE = 0x0a;
const FENCE = Buffer.from('```json');
const BLANK_LINE = Buffer.from('\n\n');
const NOTHING: Buffer = Buffer.alloc(0);
/** Longer than any `<id> <type> <size>` line cat-file writes (a SHA-256 id is 64 digits). */
const HEADER_MAX = 128;

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
    let buf = chunk;
    let at = 0;
    if (this.pending.length) {
      // Complete the object the last chunk cut with as many bytes of this one as it needs:
      // copying the whole chunk onto it would copy all of git's output once more.
      const p = this.pending;
      const head = Buffer.concat([p, chunk.subarray(0, HEADER_MAX)]);
      const eol = head.indexOf(NEWLINE);
      const size = eol < 0 ? NaN : Number(head.toString('latin1', 0, eol).split(' ')[2]);
      const needed = eol + 1 + size + 1; // header line, object, newline
      if (!(needed <= p.length + chunk.length)) {
        // Not all here yet (or no size to go by: the loop below reports a bad header).
        buf = Buffer.concat([p, chunk]);
      } else {
        at = needed - p.length;
        this.pending = NOTHING;
        const joined = Buffer.concat([p, chunk.subarray(0, at)]);
        const used = this.cut(joined);
        if (used !== joined.length) {
          this.failure ??= 'an object was cut short';
          return;
        }
      }
    }
    const rest = this.cut(buf, at);
    if (rest < 0) return;
    this.pending = rest < buf.length ? buf.subarray(rest) : NOTHING;
  }

  /** Emits every whole object in buf from `at` on; where the first incomplete one starts, or -1 on a failure. */
  private cut(buf: Buffer, from = 0): number {
    let at = from;
    for (;;) {
      const eol = buf.indexOf(NEWLINE, at);
      if (eol < 0) return at;
      const [id, type, size] = buf.toString('latin1', at, eol).split(' ');
      const ref = this.refs[this.next];
      if (ref === undefined || id !== ref.object || type === 'missing' || size === undefined) {
        this.failure = `unexpected object ${id ?? ''} ${type ?? ''}`;
        return -1;
      }
      const start = eol + 1;
      const end = start + Number(size);
      if (end >= buf.length) return at; // the object and its closing newline are not all here yet
      this.emit(ref, type ?? '', buf, start, end);
      this.next++;
      at = end + 1;
    }
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
        // A tag object says what it points at; a lightweight tag's object is its target.
        targetType: annotated ? (header(headers, 'type') ?? '') : type,
        date: isoDate(header(headers, annotated ? 'tagger' : type === 'commit' ? 'committer' : '')),
        message: decode(text),
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

/** UTF-8 text; most records are ASCII, which decodes several times faster as Latin-1. */
function decode(bytes: Buffer): string {
  if (bytes.length === 0) return '';
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
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
 * says which are known already, and one `git cat-file --batch`, started at the first tag the
 * cache lacks, reads the others while the listing goes on, parsed as git writes them. A cold
 * read (no cache, as in a fresh clone) reads them all that way.
 */
export async function readPreparedTags(git: Git, model: string): Promise<PreparedTag[]> {
  const gitDir = await git.gitDir();
  if (gitDir === null) return []; // outside a repository there are no tags: not an error for a reader
  const file = tagCacheFile(gitDir, model);

  const prepared: PreparedTag[] = [];
  const known: CachedTag[] = [];
  const fresh: CachedTag[] = [];
  const finish = (raw: RawTag) => {
    const p = prepareTag(model, raw);
    // Only the summary is kept: thousands of whole records (or git's output) would only cost
    // garbage collection, and the few reads that want more ask git for that one tag again.
    const full = p?.record ?? null;
    const summary = full && summaryOf(full);
    const object = raw.object ?? '';
    const record = summary && lazyRecord(summary, () => recordOf(git, object) ?? summary);
    const kept = p && { raw: { ...raw, message: '' }, tag: p.tag, record };
    if (kept) prepared.push(kept);
    // A name the patterns catch that is no GTO tag (`sentiment@foo`) is remembered as such.
    fresh.push({ name: raw.name, object, prepared: kept, summary });
  };
  // A tag on a tag is peeled to what the innermost tag points at, once all are read (rare).
  const onTags: RawTag[] = [];
  const onTag = (raw: RawTag) => (raw.targetType === 'tag' ? onTags.push(raw) : finish(raw));
  // Two git processes, each asked for every other tag: one alone leaves Node waiting on
  // its pipe, and the pipe, not the parsing, is the slower half of a cold read.
  let fetches: ObjectFetch[] | null = null;
  let asked = 0;
  // Assigned below, after git is started; read only by the listing's callbacks, which run later.
  // eslint-disable-next-line prefer-const
  let cache: Map<string, CachedTag> | undefined;
  const listing = listTags(
    git,
    model,
    (ref) => {
      const hit = cache?.get(ref.name);
      if (hit !== undefined && hit.object === ref.object) {
        known.push(hit);
        if (hit.prepared) prepared.push(hit.prepared);
        return;
      }
      fetches ??= [fetchObjects(git, onTag), fetchObjects(git, onTag)];
      (fetches[asked++ % fetches.length] as ObjectFetch).request(ref);
    },
    () => fetches?.forEach((f) => f.flush()),
  );
  // Read while git lists: the listing's lines are handled once this returns.
  cache = loadTagCache(file, model, (object) => recordOf(git, object));
  const listed = await listing.finally(() => fetches?.forEach((f) => f.end()));
  if (fetches === null) return prepared;
  for (const failure of await Promise.all((fetches as ObjectFetch[]).map((f) => f.done))) {
    if (failure !== null) {
      throw new LeptonError('git', `could not read the tags of ${model}: ${failure}`);
    }
  }
  for (const raw of await peel(git, onTags)) finish(raw);
  if (listed !== known.length + fresh.length) {
    throw new LeptonError('git', `could not read the tags of ${model}: output cut short`);
  }
  await saveTagCache(file, model, [...known, ...fresh]);
  return prepared;
}

/**
 * Tags whose target is another tag, with `commit` and `targetType` of the object at the end
 * of the chain (`X^{}`), from one `git cat-file --batch-check`.
 */
async function peel(git: Git, raws: readonly RawTag[]): Promise<RawTag[]> {
  if (raws.length === 0) return [];
  const r = await git.run(['cat-file', '--batch-check'], {
    input: raws.map((t) => `${t.commit}^{}\n`).join(''),
    allowFailure: true,
  });
  const lines = r.stdout.split('\n');
  return raws.map((raw, i) => {
    const [id = '', type = ''] = (lines[i] ?? '').split(' ');
    // `X^{} missing` when the chain is broken: the tag then points at nothing usable.
    return type === 'missing' || id === ''
      ? { ...raw, targetType: 'missing object' }
      : { ...raw, commit: id, targetType: type };
  });
}

/** The record a tag object holds, read again from git (null when there is none to be had). */
function recordOf(git: Git, object: string): object | null {
  const r = git.runSync(['cat-file', 'tag', object]);
  const body = r.stdout.indexOf('\n\n');
  return r.code === 0 && body >= 0 ? parseRecord(r.stdout.slice(body + 2)) : null;
}

/**
 * Names and object ids only: no tag object is opened, so this is fast for any number of tags.
 * Each ref goes to `onRef` as its line arrives; resolves with how many there were.
 */
async function listTags(
  git: Git,
  model: string,
  onRef: (ref: Listed) => void,
  onChunkEnd: () => void,
): Promise<number> {
  let pending = NOTHING;
  let count = 0;
  const lines = (text: string) => {
    for (const line of text.split('\n')) {
      const cut = line.indexOf('\0');
      if (cut > 0) {
        count++;
        onRef({ name: line.slice(0, cut), object: line.slice(cut + 1) });
      }
    }
  };
  const r = await git.run(
    ['for-each-ref', '--format=%(refname:strip=2)%00%(objectname)', ...modelRefPatterns(model)],
    {
      allowFailure: true,
      // Cut after the chunk's last newline, as bytes (a chunk may end inside a name's UTF-8
      // sequence), and decode the whole lines at once.
      onStdout: (chunk) => {
        const buf = pending.length ? Buffer.concat([pending, chunk]) : chunk;
        const end = buf.lastIndexOf(NEWLINE);
        pending = end + 1 < buf.length ? buf.subarray(end + 1) : NOTHING;
        if (end >= 0) lines(buf.toString('utf8', 0, end));
        onChunkEnd();
      },
    },
  );
  if (r.code !== 0) {
    if ((await git.gitDir()) === null) return 0;
    throw new LeptonError('git', `could not read the tags of ${model}: ${lastLines(r.stderr)}`);
  }
  if (pending.length) lines(pending.toString());
  return count;
}

interface ObjectFetch {
  /** Asks for one more ref's object (sent to git at the next flush). */
  request(ref: Listed): void;
  /** Sends what was asked for since the last flush, in one write. */
  flush(): void;
  /** No more requests. */
  end(): void;
  /** Settles once git is done: null, or why not every object was read. */
  readonly done: Promise<string | null>;
}

/** One `git cat-file --batch` that reads objects as they are asked for, in that order. */
function fetchObjects(git: Git, onTag: (raw: RawTag, text: Buffer) => void): ObjectFetch {
  const refs: Listed[] = [];
  const stream = new ObjectStream(refs, onTag);
  let write: (text: string) => void = () => {};
  let end!: () => void;
  const fed = new Promise<void>((resolve) => (end = resolve));
  const done = git
    .run(['cat-file', '--batch', '--buffer'], {
      allowFailure: true,
      feed: (w) => {
        write = w;
        return fed;
      },
      onStdout: (chunk) => stream.write(chunk),
    })
    .then(
      (r) =>
        r.code !== 0
          ? lastLines(r.stderr)
          : !stream.done
            ? (stream.failure ?? 'output cut short')
            : null,
      (e: Error) => e.message,
    );
  let ids = '';
  const flush = () => {
    if (ids) write(ids);
    ids = '';
  };
  return {
    request: (ref) => {
      refs.push(ref);
      ids += `${ref.object}\n`;
    },
    flush,
    end: () => {
      flush();
      end();
    },
    done,
  };
}
