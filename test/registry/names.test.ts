import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  deprecateTag,
  deregisterTag,
  parseTagName,
  parseTagNameByPattern,
  stageTag,
  unassignTag,
  versionTag,
} from '../../src/core/registry/names.js';
import { parseVersionArg } from '../../src/core/registry/version-arg.js';

describe('GTO tag names', () => {
  it('parses every kind GTO writes', () => {
    expect(parseTagName('sentiment@v1.2.0')).toEqual({
      kind: 'version',
      model: 'sentiment',
      version: '1.2.0',
    });
    expect(parseTagName('sentiment@v1.2.0!')).toEqual({
      kind: 'deregister',
      model: 'sentiment',
      version: '1.2.0',
    });
    expect(parseTagName('sentiment@v1.2.0!#7')).toMatchObject({ kind: 'deregister', n: 7 });
    expect(parseTagName('sentiment#prod#3')).toEqual({
      kind: 'assign',
      model: 'sentiment',
      stage: 'prod',
      n: 3,
    });
    expect(parseTagName('sentiment#prod!#4')).toEqual({
      kind: 'unassign',
      model: 'sentiment',
      stage: 'prod',
      n: 4,
    });
    expect(parseTagName('sentiment#prod')).toEqual({
      kind: 'assign',
      model: 'sentiment',
      stage: 'prod',
    });
    expect(parseTagName('sentiment@deprecated')).toEqual({ kind: 'deprecate', model: 'sentiment' });
    expect(parseTagName('sentiment@deprecated#9')).toMatchObject({ kind: 'deprecate', n: 9 });
    expect(parseTagName('sentiment@created')).toMatchObject({ kind: 'create' });
    // GTO writes an artifact `dir:name` as `dir=name` in tags.
    expect(parseTagName('models/a=sentiment@v0.1.0')).toMatchObject({
      model: 'models/a:sentiment',
      version: '0.1.0',
    });
    expect(parseTagName('my_model/x-1#stage_2#10')).toMatchObject({
      model: 'my_model/x-1',
      stage: 'stage_2',
    });
    expect(parseTagName('m@v1.0.0-rc.1+build.5')).toMatchObject({ version: '1.0.0-rc.1+build.5' });
  });

  it('refuses what GTO refuses', () => {
    for (const t of [
      'v1.2.0',
      'sentiment',
      'sentiment@1.2.0',
      'sentiment@v1.2',
      'sentiment@v01.2.0',
      'sentiment@v1.2.0!!',
      'sentiment#prod#',
      'sentiment#prod#x',
      'sentiment##1',
      '-sentiment@v1.0.0',
      'sentiment-@v1.0.0',
      'sentiment@latest',
      'a@b@v1.0.0',
      'sentiment#-prod#1',
    ]) {
      expect(parseTagName(t)).toBeNull();
    }
  });

  it('formats names that parse back to what they say', () => {
    expect(versionTag('sentiment', '1.2.0')).toBe('sentiment@v1.2.0');
    expect(stageTag('sentiment', 'production', 12)).toBe('sentiment#production#12');
    expect(unassignTag('sentiment', 'production', 13)).toBe('sentiment#production!#13');
    expect(deregisterTag('sentiment', '1.2.0')).toBe('sentiment@v1.2.0!');
    expect(deprecateTag('sentiment')).toBe('sentiment@deprecated');
    const name = fc.stringMatching(/^[a-z]([a-z0-9-]{0,20}[a-z0-9])?$/);
    fc.assert(
      fc.property(
        name,
        name,
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 1e6 }),
        (model, stage, x, y, z, n) => {
          const version = `${x}.${y}.${z}`;
          expect(parseTagName(versionTag(model, version))).toEqual({
            kind: 'version',
            model,
            version,
          });
          expect(parseTagName(stageTag(model, stage, n))).toEqual({
            kind: 'assign',
            model,
            stage,
            n,
          });
          expect(parseTagName(unassignTag(model, stage, n))).toMatchObject({
            kind: 'unassign',
            n,
          });
        },
      ),
    );
  });
});

describe('VERSION arguments', () => {
  it('accepts 1.2.0, v1.2.0 and MODEL@v1.2.0', () => {
    for (const a of ['1.2.0', 'v1.2.0', 'sentiment@v1.2.0', 'refs/tags/sentiment@v1.2.0']) {
      expect(parseVersionArg(a, 'sentiment')).toBe('1.2.0');
    }
  });
  it('says null for what is no version (a git revision, perhaps)', () => {
    for (const a of ['main', 'HEAD~1', '1.2', 'sentiment#prod#1', 'abc123']) {
      expect(parseVersionArg(a, 'sentiment')).toBeNull();
    }
  });
  it("refuses another model's tag", () => {
    expect(() => parseVersionArg('other@v1.2.0', 'sentiment')).toThrow(/model "other"/);
  });
});

describe('version tag names read without the pattern', () => {
  // Most tags are `NAME@vX.Y.Z`, read by a fast path; anything else goes to GTO's pattern. The
  // fast path must answer exactly as the pattern does, for any name at all.
  const artifact = fc.oneof(
    fc.constantFrom('sentiment', 'a', 'dir=name', 'a/b', 'x-y_z', 'd.e/f=g', 'M0', 'sentiment-'),
    fc.constantFrom('-a', '_a', 'a=', '=a', 'a==b', 'a=b=c', 'a b', 'été', '', '.', 'a/', 'a@b'),
    fc.stringMatching(/^[a-zA-Z0-9=./_@#!-]{0,6}$/),
  );
  const part = fc.oneof(
    fc.constantFrom('0', '1', '10', '00', '01', '007', '', 'x', '٣', '1e3'),
    fc.nat({ max: 100_000 }).map(String),
  );
  const version = fc.oneof(
    fc.tuple(part, part, part).map((p) => p.join('.')),
    fc
      .tuple(
        part,
        part,
        part,
        fc.constantFrom('-rc.1', '+b.2', '-0', '.4', '.', '!', '#3', '#', '!#2', '@v1.0.0'),
      )
      .map(([a, b, c, rest]) => `${a}.${b}.${c}${rest}`),
    fc.stringMatching(/^[0-9.]{0,8}$/),
  );
  const name = fc.oneof(
    fc
      .tuple(
        artifact,
        fc.constantFrom('@v', '@V', '@', '#v', '@vv', '@deprecated', '#prod#'),
        version,
      )
      .map((p) => p.join('')),
    fc.string({ maxLength: 20 }),
  );

  it('gives what the pattern gives', () => {
    fc.assert(
      fc.property(name, (tag) => {
        expect(parseTagName(tag)).toEqual(parseTagNameByPattern(tag));
        // Twice: the fast path remembers the last artifact it checked.
        expect(parseTagName(tag)).toEqual(parseTagNameByPattern(tag));
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    ['sentiment@v1.2.3', { kind: 'version', model: 'sentiment', version: '1.2.3' }],
    ['dir=name@v0.0.10', { kind: 'version', model: 'dir:name', version: '0.0.10' }],
    ['sentiment@v01.2.3', null],
    ['sentiment@v1.2', null],
    ['sentiment@v1.2.3.4', null],
    ['-bad@v1.2.3', null],
    ['sentiment@v1.2.3#4', { kind: 'version', model: 'sentiment', version: '1.2.3', n: 4 }],
    ['sentiment@v1.2.3-rc.1', { kind: 'version', model: 'sentiment', version: '1.2.3-rc.1' }],
    ['sentiment@v1.2.3!', { kind: 'deregister', model: 'sentiment', version: '1.2.3' }],
  ])('%s', (tag, parsed) => {
    expect(parseTagName(tag)).toEqual(parsed);
    expect(parseTagNameByPattern(tag)).toEqual(parsed);
  });
});
