import { describe, expect, it } from '@jest/globals';
import { bumpFor, checkOverride, nextVersion } from '../../src/core/registry/bump.js';
import { changedParts as changedSince } from '../../src/core/fingerprint/changed.js';
import type { Fingerprint } from '../../src/core/fingerprint/types.js';
import { versionRecord } from './records.js';

const rules = { components: 'minor', data: 'patch' } as const;
const fp = (c: string, d: string): Fingerprint => ({
  fingerprint: 'sha256:x',
  components: [{ name: 'classifier', hash: c, files: 1 }],
  data: [{ name: 'train', hash: d, files: 1 }],
});

describe('version bumps', () => {
  const rec = versionRecord({ components: { classifier: 'C1' }, data: { train: 'D1' } });
  it('component change → minor, data only → patch, both → the larger', () => {
    expect(bumpFor(changedSince(fp('C2', 'D1'), rec), rules)).toBe('minor');
    expect(bumpFor(changedSince(fp('C1', 'D2'), rec), rules)).toBe('patch');
    expect(bumpFor(changedSince(fp('C2', 'D2'), rec), rules)).toBe('minor');
    expect(bumpFor(changedSince(fp('C2', 'D2'), rec), { components: 'none', data: 'major' })).toBe(
      'major',
    );
    expect(nextVersion('0.3.7', 'minor', '0.1.0')).toBe('0.4.0');
    expect(nextVersion('0.3.7', 'patch', '0.1.0')).toBe('0.3.8');
    expect(nextVersion('1.9.9', 'major', '0.1.0')).toBe('2.0.0');
    expect(nextVersion(null, 'patch', '1.0.0')).toBe('1.0.0');
    expect(nextVersion('1.0.0', 'none', '0.1.0')).toBeNull();
  });
  it('a part added or removed counts as changed', () => {
    const more: Fingerprint = {
      ...fp('C1', 'D1'),
      data: [...fp('C1', 'D1').data, { name: 'test', hash: 'T', files: 1 }],
    };
    expect(changedSince(more, rec)).toEqual({ components: [], data: ['test'] });
    const fewer: Fingerprint = { ...fp('C1', 'D1'), components: [] };
    expect(changedSince(fewer, rec)).toEqual({ components: ['classifier'], data: [] });
  });
  it('--version must be X.Y.Z and higher than the latest', () => {
    expect(checkOverride('2.0.0', '1.4.0')).toBe('2.0.0');
    expect(checkOverride('v2.0.0', null)).toBe('2.0.0');
    expect(() => checkOverride('1.4.0', '1.4.0')).toThrow(/higher than the latest/);
    expect(() => checkOverride('1.3.9', '1.4.0')).toThrow(/higher/);
    expect(() => checkOverride('2.0', null)).toThrow(/expected X.Y.Z/);
    expect(() => checkOverride('2.0.0-rc.1', null)).toThrow(/expected X.Y.Z/);
  });
});
