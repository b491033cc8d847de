import { isAscii } from 'node:buffer';
import type { RawTag } from '../../core/registry/types.js';

/**
 * The pure half of reading tags from git: byte streams in, tags out. No process is started
 * here (read.ts and records.ts run git and feed its output to these).
 */

/** One ref of a listing: its name and its own object. */
export interface Listed {
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
      const [id, type, size] = headerLine(buf.toString('latin1', at, eol));
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
    // The headers are read where they lie in git's output: only the values wanted are decoded.
    const to = headersEnd < 0 || headersEnd > end ? end : headersEnd;
    let text = NOTHING;
    if (annotated && headersEnd >= 0 && headersEnd < end) {
      const from = headersEnd + 2;
      const fence = lastFence(buf, from, end);
      text = buf.subarray(fence >= 0 ? fence : from, end);
    }
    const dateKey = annotated ? TAGGER : type === 'commit' ? COMMITTER : null;
    this.onTag(
      {
        name: ref.name,
        annotated,
        object: ref.object,
        commit: annotated ? (headerText(buf, start, to, OBJECT) ?? '') : ref.object,
        // A tag object says what it points at; a lightweight tag's object is its target.
        targetType: annotated ? (headerText(buf, start, to, TYPE) ?? '') : type,
        date: dateKey === null ? '' : identDate(buf, headerAt(buf, start, to, dateKey), to),
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

/** `<id> <type> <size>`'s first three fields, as `split(' ')` gives them (size undefined when missing). */
export function headerLine(line: string): [string, string | undefined, string | undefined] {
  const a = line.indexOf(' ');
  if (a < 0) return [line, undefined, undefined];
  const b = line.indexOf(' ', a + 1);
  if (b < 0) return [line.slice(0, a), line.slice(a + 1), undefined];
  const c = line.indexOf(' ', b + 1);
  return [line.slice(0, a), line.slice(a + 1, b), line.slice(b + 1, c < 0 ? line.length : c)];
}

const OBJECT = Buffer.from('object ');
const TYPE = Buffer.from('type ');
const TAGGER = Buffer.from('tagger ');
const COMMITTER = Buffer.from('committer ');

/**
 * Where the value of the first header line starting with `key` (`object `, `tagger `…) begins
 * in the headers `buf[from, to)`, or -1 when no line there does.
 */
function headerAt(buf: Buffer, from: number, to: number, key: Buffer): number {
  if (to - from >= key.length && buf.compare(key, 0, key.length, from, from + key.length) === 0) {
    return from + key.length;
  }
  // `\nkey` searched as bytes: a line start is a newline's next byte.
  for (
    let i = buf.indexOf(key, from);
    i >= 0 && i + key.length <= to;
    i = buf.indexOf(key, i + 1)
  ) {
    if (i > from && buf[i - 1] === NEWLINE) return i + key.length;
  }
  return -1;
}

/** Where a header value that starts at `at` ends: its line's end, within the headers. */
function valueEnd(buf: Buffer, at: number, to: number): number {
  const eol = buf.indexOf(NEWLINE, at);
  return eol < 0 || eol > to ? to : eol;
}

/** The value of a header line (`object …`, `type …`), Latin-1 as git's ids and types are. */
function headerText(buf: Buffer, from: number, to: number, key: Buffer): string | undefined {
  const at = headerAt(buf, from, to, key);
  return at < 0 ? undefined : buf.toString('latin1', at, valueEnd(buf, at, to));
}

const GT = 0x3e;
const SPACE = 0x20;

/**
 * The date of an ident line's value `Name <email> 1767225600 +0000` at `at` (-1: no such line),
 * git's `creatordate`, as ISO 8601: the digits after the last `> `, up to the next space.
 * '' when there are none, or when they name a time no JavaScript date can hold.
 */
function identDate(buf: Buffer, at: number, to: number): string {
  if (at < 0) return '';
  const end = valueEnd(buf, at, to);
  let email = end - 2;
  while (email >= at && !(buf[email] === GT && buf[email + 1] === SPACE)) email--;
  if (email < at) return '';
  const first = email + 2;
  let last = first;
  while (last < end && buf[last] !== SPACE) {
    const c = buf[last] as number;
    if (c < 0x30 || c > 0x39) return '';
    last++;
  }
  if (last === first) return '';
  return isoSeconds(Number(buf.toString('latin1', first, last)));
}

/** The first second of year 10000: from there on `toISOString` writes a signed six-digit year. */
const YEAR_10000 = 253_402_300_800;
/** The last second a JavaScript date holds (8.64e12 s = 8.64e15 ms). */
const MAX_SECONDS = 8.64e12;
/** `YYYY-MM-DDThh:mm:ss.000Z`, its day part written once per day and the time into it. */
const DATE = Buffer.from('0000-00-00T00:00:00.000Z', 'latin1');
let lastDay = -1;

/** Two digits at DATE[at]. */
function two(at: number, n: number): void {
  DATE[at] = 0x30 + Math.floor(n / 10);
  DATE[at + 1] = 0x30 + (n % 10);
}

/**
 * `new Date(seconds * 1000).toISOString()` for whole seconds ≥ 0, or '' beyond a date's range
 * (where `toISOString` throws). Thousands of tags are read per registry: a Date per tag was a
 * tenth of a cold read, so the day's part is written once while tags fall on one day, and the
 * string made at once from the bytes (one flat string, no chain of concatenations).
 */
export function isoSeconds(seconds: number): string {
  if (!(seconds <= MAX_SECONDS)) return '';
  if (seconds >= YEAR_10000 || !Number.isInteger(seconds) || seconds < 0) {
    return new Date(seconds * 1000).toISOString();
  }
  const day = Math.floor(seconds / 86_400);
  if (day !== lastDay) {
    DATE.write(new Date(day * 86_400_000).toISOString().slice(0, 11), 0, 'latin1');
    lastDay = day;
  }
  const s = seconds - day * 86_400;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s - h * 3600) / 60);
  two(11, h);
  two(14, m);
  two(17, s - h * 3600 - m * 60);
  return DATE.toString('latin1', 0, 24);
}

/**
 * Splits `for-each-ref --format=%(refname:strip=2)%00%(objectname)` output into refs as it
 * streams in. Chunks are cut after their last newline, as bytes (a chunk may end inside a
 * name's UTF-8 sequence), and the whole lines decoded at once.
 */
export class ListingStream {
  private pending = NOTHING;
  count = 0;

  constructor(private readonly onRef: (ref: Listed) => void) {}

  write(chunk: Buffer): void {
    const buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const end = buf.lastIndexOf(NEWLINE);
    this.pending = end + 1 < buf.length ? buf.subarray(end + 1) : NOTHING;
    if (end >= 0) this.lines(buf.toString('utf8', 0, end));
  }

  /** The last line, when the output did not end with a newline. */
  end(): void {
    if (this.pending.length) this.lines(this.pending.toString());
    this.pending = NOTHING;
  }

  private lines(text: string): void {
    let at = 0;
    while (at < text.length) {
      let eol = text.indexOf('\n', at);
      if (eol < 0) eol = text.length;
      const cut = text.indexOf('\0', at);
      if (cut > at && cut < eol) {
        this.count++;
        this.onRef({ name: text.slice(at, cut), object: text.slice(cut + 1, eol) });
      }
      at = eol + 1;
    }
  }
}
