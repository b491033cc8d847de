// The parts' files merged into one sorted list of distinct names (io/files/index.ts unionOf):
// what the cold path stats and reads, once each, in UTF-8 byte order.
import { describe, expect, it } from '@jest/globals';
import { compareUtf8 } from '../../src/core/fingerprint/encoding.js';
import { unionOf } from '../../src/io/files/index.js';

const reference = (lists: string[][]) => [...new Set(lists.flat())].sort(compareUtf8);

describe('unionOf', () => {
  it.each([
    { label: 'no parts', lists: [] as string[][], want: [] as string[] },
    { label: 'only empty parts', lists: [[], []], want: [] },
    { label: 'one part', lists: [['a', 'b/c']], want: ['a', 'b/c'] },
    { label: 'one non-empty part among empty ones', lists: [[], ['x', 'y'], []], want: ['x', 'y'] },
    {
      label: 'overlapping parts',
      lists: [
        ['a', 'c', 'e'],
        ['b', 'c', 'd', 'e', 'f'],
      ],
      want: ['a', 'b', 'c', 'd', 'e', 'f'],
    },
    {
      label: 'three parts, one inside another',
      lists: [['data/a', 'data/b'], ['data/b'], ['eval.py']],
      want: ['data/a', 'data/b', 'eval.py'],
    },
    {
      // UTF-16 order would put U+FF5E before U+1F600 (a surrogate pair); UTF-8 order does not.
      label: 'characters beyond U+FFFF in UTF-8 order',
      lists: [['\u{1F600}.txt'], ['\uFF5E.txt', '\u{1F600}.txt']],
      want: ['\uFF5E.txt', '\u{1F600}.txt'],
    },
  ])('$label', ({ lists, want }) => {
    expect(unionOf(lists)).toEqual(want);
    expect(unionOf(lists)).toEqual(reference(lists));
  });
});
