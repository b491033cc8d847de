import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  changedParts,
  compareUtf8,
  modelFingerprint,
  parseDvcFile,
  parseLfsPointer,
  partHash,
  type FileEntry,
  type Fingerprint,
} from '../../src/core/fingerprint/index.js';
import { sha } from './helpers.js';

const file = (path: string, content: string): FileEntry => ({
  path,
  record: { kind: 'file', size: Buffer.byteLength(content), sha256: sha(content) },
});

describe('canonical part encoding', () => {
  it('is sha256 over the header and one JSON line per file, sorted by path', () => {
    const entries = [file('b.txt', 'bee'), file('a/x.csv', 'x,y\n')];
    const text =
      'lepton-part/1\n' +
      `["file","a/x.csv",4,"${sha('x,y\n')}"]\n` +
      `["file","b.txt",3,"${sha('bee')}"]\n`;
    expect(partHash(entries)).toBe('sha256:' + sha(text));
  });

  it('encodes a DVC record with its outs sorted, absent fields as null', () => {
    const entry: FileEntry = {
      path: 'data.dvc',
      record: {
        kind: 'dvc',
        outs: [
          { path: 'z', hashName: 'md5', md5: 'b'.repeat(32), size: 5, nfiles: null },
          { path: 'a', hashName: null, md5: 'a'.repeat(32) + '.dir', size: 9, nfiles: 2 },
        ],
      },
    };
    const text =
      'lepton-part/1\n' +
      `["dvc","data.dvc",[["a",null,"${'a'.repeat(32)}.dir",9,2],["z","md5","${'b'.repeat(32)}",5,null]]]\n`;
    expect(partHash([entry])).toBe('sha256:' + sha(text));
  });

  it('tells a DVC record from a file with the same path', () => {
    const dvc: FileEntry = {
      path: 'd.dvc',
      record: {
        kind: 'dvc',
        outs: [{ path: 'd', hashName: 'md5', md5: sha('x').slice(0, 32), size: 1, nfiles: null }],
      },
    };
    expect(partHash([dvc])).not.toBe(partHash([file('d.dvc', 'x')]));
  });

  it('changes with any path, size or content change', () => {
    const base = partHash([file('a', '1'), file('b', '2')]);
    expect(partHash([file('a', '1'), file('c', '2')])).not.toBe(base);
    expect(partHash([file('a', '1'), file('b', '3')])).not.toBe(base);
    expect(partHash([file('a', '1')])).not.toBe(base);
    expect(partHash([file('a', '1'), file('b', '2')])).toBe(base);
  });

  it('does not depend on the order files are listed in (property)', () => {
    const entries = fc.uniqueArray(
      fc.record({ path: fc.string({ unit: 'grapheme', minLength: 1 }), content: fc.string() }),
      { selector: (e) => e.path, maxLength: 30 },
    );
    fc.assert(
      fc.property(
        entries.chain((es) =>
          fc.tuple(fc.constant(es), fc.shuffledSubarray(es, { minLength: es.length })),
        ),
        ([listed, shuffled]) => {
          const a = partHash(listed.map((e) => file(e.path, e.content)));
          const b = partHash(shuffled.map((e) => file(e.path, e.content)));
          expect(b).toBe(a);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('orders paths as their UTF-8 bytes do, beyond the BMP too (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(Math.sign(compareUtf8(a, b))).toBe(
          Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b))),
        );
      }),
      { numRuns: 500 },
    );
    // '\uFFFD' sorts before '😀' (U+1F600) in UTF-8, after it in UTF-16 code units.
    expect(compareUtf8('\uFFFD', '😀')).toBeLessThan(0);
    expect('\uFFFD' < '😀').toBe(false);
  });
});

describe('model fingerprint', () => {
  const tok = { name: 'tokenizer', hash: partHash([file('t', 't')]) };
  const clf = { name: 'classifier', hash: partHash([file('c', 'c')]) };
  const train = { name: 'train', hash: partHash([file('d', 'd')]) };

  it('is sha256 over kind, name and hash per part, sorted by kind then name', () => {
    const text =
      'lepton-model/1\n' +
      `["component","classifier","${clf.hash}"]\n` +
      `["component","tokenizer","${tok.hash}"]\n` +
      `["data","train","${train.hash}"]\n`;
    expect(modelFingerprint([tok, clf], [train])).toBe('sha256:' + sha(text));
    expect(modelFingerprint([clf, tok], [train])).toBe(modelFingerprint([tok, clf], [train]));
  });

  it('names the parts: a rename or a move from components to data is a different model', () => {
    const base = modelFingerprint([tok, clf], [train]);
    expect(modelFingerprint([{ ...tok, name: 'tok2' }, clf], [train])).not.toBe(base);
    expect(modelFingerprint([tok], [clf, train])).not.toBe(base);
  });
});

describe('Git LFS pointers', () => {
  const oid = sha('hello');
  const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize 5\n`;

  it('reads the oid and size a pointer records', () => {
    expect(parseLfsPointer(pointer)).toEqual({ oid, size: 5 });
    expect(
      parseLfsPointer(
        `version https://git-lfs.github.com/spec/v1\next-0-foo sha256:${'0'.repeat(64)}\noid sha256:${oid}\nsize 5\n`,
      ),
    ).toEqual({ oid, size: 5 });
  });

  it.each([
    ['no trailing newline', pointer.trimEnd()],
    ['another version URL', pointer.replace('git-lfs.github.com', 'example.com')],
    [
      'version not first',
      `oid sha256:${oid}\nversion https://git-lfs.github.com/spec/v1\nsize 5\n`,
    ],
    ['no size', `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\n`],
    ['no oid', 'version https://git-lfs.github.com/spec/v1\nsize 5\n'],
    ['a short oid', pointer.replace(oid, oid.slice(1))],
    ['an uppercase oid', pointer.replace(oid, oid.toUpperCase())],
    ['another hash kind', pointer.replace('sha256:', 'sha1:')],
    ['a negative size', pointer.replace('size 5', 'size -5')],
    ['an unknown key', pointer.replace('size 5\n', 'size 5\nfoo bar\n')],
    ['a repeated key', pointer + 'size 6\n'],
    ['CRLF line ends', pointer.replace(/\n/g, '\r\n')],
    ['1024 bytes or more', pointer + 'ext-1-x ' + 'a'.repeat(1024) + '\n'],
  ])('is not a pointer with %s', (_why, text) => {
    expect(parseLfsPointer(text)).toBeNull();
  });
});

describe('DVC files', () => {
  it('reads a DVC 3 file output', () => {
    const text = `outs:\n- md5: 3863d0e317dd0ef3a9e8e4d1a3ee7a5d\n  size: 14445097\n  hash: md5\n  path: data.xml\n`;
    expect(parseDvcFile(text)).toEqual({
      ok: true,
      outs: [
        {
          path: 'data.xml',
          hashName: 'md5',
          md5: '3863d0e317dd0ef3a9e8e4d1a3ee7a5d',
          size: 14445097,
          nfiles: null,
        },
      ],
    });
  });

  it('reads a directory output with nfiles, and DVC 2 files without a hash marker', () => {
    const text = `outs:\n- md5: b8f4d5a78e55e88906d5f4aeaf43802e.dir\n  size: 7630\n  nfiles: 4\n  path: images\n`;
    expect(parseDvcFile(text)).toEqual({
      ok: true,
      outs: [
        {
          path: 'images',
          hashName: null,
          md5: 'b8f4d5a78e55e88906d5f4aeaf43802e.dir',
          size: 7630,
          nfiles: 4,
        },
      ],
    });
  });

  it.each([
    ['not YAML', 'outs: [\n', /not valid YAML/],
    ['no outs', 'deps: []\n', /outs/],
    ['an out without md5', 'outs:\n- path: x\n', /records no md5/],
    ['a malformed md5', 'outs:\n- md5: xyz\n  path: x\n', /records no md5/],
    ['a fractional size', `outs:\n- md5: ${'a'.repeat(32)}\n  size: 1.5\n  path: x\n`, /size/],
  ])('refuses %s', (_why, text, reason) => {
    const r = parseDvcFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe('changedParts', () => {
  const fp: Fingerprint = {
    fingerprint: 'sha256:x',
    components: [
      { name: 'a', hash: 'sha256:1', files: 1 },
      { name: 'b', hash: 'sha256:2', files: 1 },
    ],
    data: [{ name: 'd', hash: 'sha256:3', files: 1 }],
  };

  it('reports every part when no version is recorded', () => {
    expect(changedParts(fp, null)).toEqual({ components: ['a', 'b'], data: ['d'] });
  });

  it('reports different, new and removed parts, and nothing when all match', () => {
    expect(
      changedParts(fp, { components: { a: 'sha256:1', b: 'sha256:2' }, data: { d: 'sha256:3' } }),
    ).toEqual({
      components: [],
      data: [],
    });
    expect(
      changedParts(fp, {
        components: { a: 'sha256:9', old: 'sha256:2' },
        data: { d: 'sha256:3', gone: 'x' },
      }),
    ).toEqual({ components: ['a', 'b', 'old'], data: ['gone'] });
  });

  it('is not fooled by inherited property names', () => {
    const c = changedParts(
      { ...fp, components: [{ name: 'constructor', hash: 'sha256:1', files: 1 }] },
      { components: {}, data: { d: 'sha256:3' } },
    );
    expect(c.components).toEqual(['constructor']);
  });
});
