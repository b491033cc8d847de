import { describe, expect, it } from '@jest/globals';
import { pathMatcher } from '../../src/io/files/select.js';

describe('pathMatcher', () => {
  it.each([
    ['a/*', ['a/x', 'a/z']],
    ['a', ['a/x', 'a/z']],
    ['**/y', ['b/y']],
  ])('%s can be handed to filter and some as it is', (pattern, expected) => {
    const files = ['a/x', 'b/y', 'a/z', 'c/w'];
    expect(files.filter(pathMatcher(pattern))).toEqual(expected);
    expect(['c/w', 'c/v'].some(pathMatcher(pattern))).toBe(false);
  });
});
