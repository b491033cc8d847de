import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isoSeconds, ListingStream, ObjectStream } from '../../src/io/registry/tag-objects.js';
import type { RawTag } from '../../src/core/registry/types.js';

// `git cat-file --batch` output for tag objects whose messages hold records, as git writes it:
// `<id> <type> <size>\n<object>\n` each.
function tagObject(i: number, message: string): { id: string; bytes: Buffer } {
  const body = Buffer.from(
    `object ${'c'.repeat(39)}${i % 10}\ntype commit\ntag sentiment@v0.${i}.0\n` +
      `tagger T <t@example.com> ${1767225600 + i} +0000\n\n${message}`,
  );
  const id = i.toString(16).padStart(40, '0');
  return {
    id,
    bytes: Buffer.concat([Buffer.from(`${id} tag ${body.length}\n`), body, Buffer.from('\n')]),
  };
}

const message = (i: number, pad: string) =>
  `v0.${i}.0: accuracy 0.9 ${pad}\n\n\`\`\`json\n${JSON.stringify({ i, pad, name: 'modèle ✓' }, null, 2)}\n\`\`\`\n`;

function readAll(chunks: readonly Buffer[], ids: readonly string[]) {
  const tags: { tag: RawTag; text: string }[] = [];
  const stream = new ObjectStream(
    ids.map((object, i) => ({ name: `sentiment@v0.${i}.0`, object })),
    (tag, text) => tags.push({ tag, text: text.toString() }),
  );
  for (const c of chunks) stream.write(c);
  return { tags, done: stream.done, failure: stream.failure };
}

/** Cuts `all` at the given offsets (any, in any order). */
function cut(all: Buffer, at: readonly number[]): Buffer[] {
  const points = [...new Set(at.map((n) => n % (all.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const p of [...points, all.length]) {
    if (p > from) out.push(all.subarray(from, p));
    from = Math.max(from, p);
  }
  return out;
}

describe('reading cat-file output as it streams in', () => {
  it('gives the same tags however git’s output is cut into chunks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 300 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        (pads, offsets) => {
          const objects = pads.map((pad, i) => tagObject(i, message(i, pad)));
          const all = Buffer.concat(objects.map((o) => o.bytes));
          const ids = objects.map((o) => o.id);
          const whole = readAll([all], ids);
          expect(whole.done).toBe(true);
          expect(whole.tags).toHaveLength(objects.length);
          const pieces = readAll(cut(all, offsets), ids);
          expect(pieces.failure).toBeNull();
          expect(pieces.done).toBe(true);
          expect(pieces.tags).toEqual(whole.tags);
          // One byte at a time too: every object cut everywhere.
          if (offsets.length === 0) {
            const bytes = [...all].map((b) => Buffer.from([b]));
            expect(readAll(bytes, ids).tags).toEqual(whole.tags);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads each record from its last ```json fence, in UTF-8', () => {
    const o = tagObject(3, message(3, 'x'));
    const { tags } = readAll([o.bytes], [o.id]);
    expect(JSON.parse(tags[0]?.tag.message.replace(/^\n?```json\n|\n```\n$/g, '') ?? '')).toEqual({
      i: 3,
      pad: 'x',
      name: 'modèle ✓',
    });
    expect(tags[0]?.tag.date).toBe(new Date((1767225600 + 3) * 1000).toISOString());
  });

  it('stops at an object it did not ask for', () => {
    const o = tagObject(1, message(1, 'x'));
    const r = readAll([o.bytes], ['f'.repeat(40)]);
    expect(r.failure).toMatch(/unexpected object/);
    expect(r.done).toBe(false);
  });
});

describe('ListingStream (for-each-ref name NUL object lines, as they stream in)', () => {
  const listing = Buffer.from(
    [
      `sentiment@v1.0.0\0${'a'.repeat(40)}`,
      `sentiment#prod✓#2\0${'b'.repeat(40)}`,
      'a line without a NUL is no ref',
      `sentiment@v1.1.0\0${'c'.repeat(40)}`,
    ].join('\n'),
  );
  const expected = [
    { name: 'sentiment@v1.0.0', object: 'a'.repeat(40) },
    { name: 'sentiment#prod✓#2', object: 'b'.repeat(40) },
    { name: 'sentiment@v1.1.0', object: 'c'.repeat(40) },
  ];

  const read = (chunks: readonly Buffer[]) => {
    const refs: { name: string; object: string }[] = [];
    const stream = new ListingStream((r) => refs.push(r));
    for (const c of chunks) stream.write(c);
    stream.end();
    return { refs, count: stream.count };
  };

  it.each([
    ['whole', [listing]],
    ['with a trailing newline', [listing, Buffer.from('\n')]],
    // Inside `✓` (3 bytes in UTF-8): the cut must not decode half a character.
    ['cut inside a UTF-8 character', [listing.subarray(0, 73), listing.subarray(73)]],
    ['one byte at a time', [...listing].map((b) => Buffer.from([b]))],
  ])('reads every ref %s', (_, chunks) => {
    expect(read(chunks)).toEqual({ refs: expected, count: 3 });
  });

  it('reads nothing from empty output', () => {
    expect(read([Buffer.alloc(0)])).toEqual({ refs: [], count: 0 });
  });
});

// The reader finds header values in git's bytes without decoding the headers; this is the
// reading it replaced (decode all headers, search the text), the oracle for any headers at all,
// except that a date no JavaScript date can hold is '' where it threw.
function oracle(bytes: Buffer, type: string): { commit: string; targetType: string; date: string } {
  const annotated = type === 'tag';
  const end = bytes.length;
  const headersEnd = annotated || type === 'commit' ? bytes.indexOf('\n\n') : -1;
  const headers = bytes.toString('latin1', 0, headersEnd < 0 ? end : headersEnd);
  const header = (key: string) => {
    if (key === '') return undefined;
    const prefix = `${key} `;
    const line = headers.startsWith(prefix) ? 0 : headers.indexOf(`\n${prefix}`) + 1;
    if (line === 0 && !headers.startsWith(prefix)) return undefined;
    const eol = headers.indexOf('\n', line);
    return headers.slice(line + prefix.length, eol < 0 ? headers.length : eol);
  };
  const ident = header(annotated ? 'tagger' : type === 'commit' ? 'committer' : '');
  const email = ident === undefined ? -1 : ident.lastIndexOf('> ');
  let date = '';
  if (ident !== undefined && email >= 0) {
    const space = ident.indexOf(' ', email + 2);
    const digits = ident.slice(email + 2, space < 0 ? ident.length : space);
    const ms = Number(digits) * 1000;
    if (/^\d+$/.test(digits) && Math.abs(ms) <= 8.64e15) date = new Date(ms).toISOString();
  }
  return {
    commit: annotated ? (header('object') ?? '') : 'x'.repeat(40),
    targetType: annotated ? (header('type') ?? '') : type,
    date,
  };
}

describe('tag and commit headers, read where they lie', () => {
  const id = 'f'.repeat(40);
  const read = (type: string, body: Buffer) => {
    const out: RawTag[] = [];
    const stream = new ObjectStream([{ name: 'sentiment@v1.0.0', object: id }], (t) => out.push(t));
    stream.write(
      Buffer.concat([Buffer.from(`${id} ${type} ${body.length}\n`), body, Buffer.from('\n')]),
    );
    expect(stream.failure).toBeNull();
    const t = out[0] as RawTag;
    return {
      commit: t.annotated ? t.commit : 'x'.repeat(40),
      targetType: t.targetType,
      date: t.date,
    };
  };

  // Header lines as git writes them and as hand-made or damaged objects may have them.
  const line = fc.oneof(
    fc.constantFrom(
      'object ',
      'type ',
      'tagger ',
      'committer ',
      'tag ',
      'tree ',
      'objects ',
      ' object ',
    ),
    fc.string({ maxLength: 8 }),
  );
  const value = fc.oneof(
    fc.constantFrom(
      'c'.repeat(40),
      'commit',
      'tag',
      'T <t@x> 1767225600 +0000',
      'T <t@x>  12',
      '> 9',
      '>',
      '> ',
      '<a> > 5 6',
    ),
    fc.stringMatching(/^[ -~\n>]{0,20}$/),
    fc.bigInt({ min: 0n, max: 10n ** 22n }).map((n) => `T <t@x> ${n} +0000`),
  );
  const block = fc
    .array(fc.tuple(line, value), { maxLength: 6 })
    .map((lines) => lines.map(([k, v]) => `${k}${v}`).join('\n'));
  it('gives what decoding the headers gave, for any headers', () => {
    fc.assert(
      fc.property(
        block,
        fc.constantFrom('', '\n\n', '\n\nmessage\n```json\n{}\n```\n', '\n'),
        fc.constantFrom('tag', 'commit', 'tree'),
        (h, rest, type) => {
          const body = Buffer.from(h + rest, 'latin1');
          expect(read(type, body)).toEqual(oracle(body, type));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['a tagger line first', 'tagger T <t@x> 5 +0000\nobject abc\ntype commit\n\n'],
    ['no newline before the blank line', 'object abc\ntype commit'],
    ['a key only inside a value', 'tag x\nobject\ntype commit tagger T <t@x> 5\n\n'],
    [
      'two tagger lines (the first counts)',
      'object a\ntagger A <a> 5 +0000\ntagger B <b> 6 +0000\n\n',
    ],
    ['`> ` twice in the ident', 'object a\ntagger A <a> b> 7 +0000\n\n'],
    ['a date past any date', 'object a\ntagger A <a> 99999999999999999999 +0000\n\n'],
  ])('%s', (_, text) => {
    const body = Buffer.from(text, 'latin1');
    expect(read('tag', body)).toEqual(oracle(body, 'tag'));
  });
});

describe('isoSeconds (a tag date)', () => {
  it('is toISOString of the second, for every second a date holds, and "" past them', () => {
    const big = 8.64e12;
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 4_102_444_800 }), fc.integer({ min: 0, max: big })),
        (s) => {
          expect(isoSeconds(s)).toBe(new Date(s * 1000).toISOString());
        },
      ),
      { numRuns: 20_000 },
    );
    for (const s of [
      0,
      59,
      60,
      3599,
      3600,
      86_399,
      86_400,
      951_782_400,
      253_402_300_799,
      253_402_300_800,
      big,
    ]) {
      expect(isoSeconds(s)).toBe(new Date(s * 1000).toISOString());
    }
    for (const s of [big + 1, 1e20, Infinity, NaN]) expect(isoSeconds(s)).toBe('');
  });
});
