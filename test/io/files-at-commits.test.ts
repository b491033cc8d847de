// filesAtCommits reads files at commits with one real `git cat-file --batch`; parseBatch is the
// pure half, checked on git's own output and on output cut short.
import { afterAll, describe, expect, it } from '@jest/globals';
import { filesAtCommits, parseBatch } from '../../src/io/changes.js';
import { Git } from '../../src/io/git.js';
import { GIT_ENV, makeRepo } from '../helpers/repo.js';

const repo = makeRepo({
  'a.yml': 'model: a\n',
  'dir/b.yml': 'one\ntwo\n\nthree',
  'empty.yml': '',
  'bin.dat': Buffer.from([0, 10, 255, 10, 0]),
});
repo.commit('first');
const first = repo.git('rev-parse', 'HEAD').trim();
afterAll(() => repo.cleanup());

const git = new Git(repo.dir, { ...process.env, ...GIT_ENV });

describe('filesAtCommits', () => {
  it.each([
    ['a file', 'a.yml', 'model: a\n'],
    ['a file in a folder, blank lines and no final newline', 'dir/b.yml', 'one\ntwo\n\nthree'],
    ['an empty file', 'empty.yml', ''],
    ['bytes with newlines and NULs', 'bin.dat', '\0\n\xff\n\0'],
    ['a file not at that commit', 'nope.yml', null],
    ['a folder (a tree, not a blob)', 'dir', null],
    ['a path with a newline (the batch cannot name it)', 'a\nb.yml', null],
  ])('%s', async (_what, path, want) => {
    // Each asked between two others, so a misread length would shift what follows.
    const [before, got, after] = await filesAtCommits(git, [
      { commit: first, path: 'a.yml' },
      { commit: first, path },
      { commit: first, path: 'dir/b.yml' },
    ]);
    expect(before?.toString()).toBe('model: a\n');
    expect(got ? got.toString('latin1') : null).toBe(want);
    expect(after?.toString()).toBe('one\ntwo\n\nthree');
  });

  it('a commit this clone lacks is null, the others still read', async () => {
    const got = await filesAtCommits(git, [
      { commit: '0'.repeat(40), path: 'a.yml' },
      { commit: first, path: 'a.yml' },
    ]);
    expect(got.map((b) => b && b.toString())).toEqual([null, 'model: a\n']);
  });
});

describe('parseBatch', () => {
  const blob = (s: string) => `${'1'.repeat(40)} blob ${Buffer.byteLength(s)}\n${s}\n`;
  it.each([
    ['one blob', blob('x: 1'), 1, ['x: 1']],
    ['missing, then a blob', `HEAD:nope missing\n${blob('y')}`, 2, [null, 'y']],
    ['ambiguous', 'abc ambiguous\n', 1, [null]],
    ['a tree is not a file', `${'2'.repeat(40)} tree 0\n\n${blob('z')}`, 2, [null, 'z']],
    ['cut short inside the contents', blob('abcdef').slice(0, 50), 1, [null]],
    ['fewer answers than asked', blob('a'), 3, ['a', null, null]],
    ['a size that is not a number', `${'1'.repeat(40)} blob x\nzz\n`, 1, [null]],
  ])('%s', (_what, out, count, want) => {
    expect(parseBatch(Buffer.from(out), count).map((b) => b && b.toString())).toEqual(want);
  });
});
