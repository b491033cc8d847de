import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ListingStream, ObjectStream } from '../../src/io/registry/tag-objects.js';
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
