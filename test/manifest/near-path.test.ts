// The "did you mean" of a `paths:` entry that matches no file (trial, item 3).
import { describe, expect, it } from '@jest/globals';
import { nearPath } from '../../src/core/manifest/near-path.js';

const FILES = [
  'src/train.py',
  'src/evaluate.py',
  'data/train.csv',
  'data/test.csv',
  '../../data/shared.csv',
  'configs/model.yaml',
];

describe('nearPath', () => {
  it.each([
    ['srcx/**', 'src/**'],
    ['Src/**', 'src/**'],
    ['src/evalute.py', 'src/evaluate.py'],
    ['dta/train.csv', 'data/train.csv'],
    ['./data/trian.csv', 'data/train.csv'],
    ['config/*.yaml', 'configs/*.yaml'],
    ['../../data/shard.csv', '../../data/shared.csv'],
    ['data/tset.csv', 'data/test.csv'],
  ])('%s → %s', (pattern, near) => {
    expect(nearPath(pattern, FILES)).toBe(near);
  });

  it.each([
    ['zzz/**', 'nothing is close'],
    ['src/**', 'nothing is misspelt'],
    ['models/**', 'no folder is close to "models"'],
    ['data/x.csv', 'no name is close to "x.csv"'],
    ['**/*.parquet', 'a glob from the start has no literal folder to fix'],
  ])('%s: none (%s)', (pattern) => {
    expect(nearPath(pattern, FILES)).toBeUndefined();
  });
});
