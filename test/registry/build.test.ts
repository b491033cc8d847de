import { describe, expect, it } from '@jest/globals';
import { buildRegistry } from '../../src/core/registry/build.js';
import { formatStageMessage, formatVersionMessage } from '../../src/core/registry/message.js';
import type { RawTag } from '../../src/core/registry/types.js';
import { stageRecord, versionRecord } from './records.js';

const C = (n: number) => String(n).repeat(40).slice(0, 40);
let second = 0;
function tag(name: string, commit: string, message = '', annotated = true): RawTag {
  second++;
  return {
    name,
    commit,
    annotated,
    message,
    date: `2026-01-01T00:00:${String(second % 60).padStart(2, '0')}+00:00`,
  };
}
const version = (v: string, commit: string, over = {}) =>
  tag(
    `sentiment@v${v}`,
    commit,
    formatVersionMessage(versionRecord({ version: v, commit, ...over })),
  );

describe('buildRegistry', () => {
  it('lists versions highest semver first, whatever order git gives', () => {
    const r = buildRegistry('sentiment', [
      version('0.9.0', C(1)),
      version('0.10.0', C(2)),
      version('0.2.0', C(3)),
      version('1.0.0-rc.1', C(4)),
    ]);
    expect(r.versions.map((v) => v.version)).toEqual(['1.0.0-rc.1', '0.10.0', '0.9.0', '0.2.0']);
    expect(r.versions[1]?.summary?.version).toBe('0.10.0');
    expect(r.versions[1]?.commit).toBe(C(2));
  });

  it("ignores other models' tags and tags that are not GTO's", () => {
    const r = buildRegistry('sentiment', [
      version('0.1.0', C(1)),
      tag('sentiment-v2@v5.0.0', C(2), 'x'),
      tag('other#prod#40', C(1), 'x'),
      tag('release-1.0', C(3)),
      tag('v2.0.0', C(3)),
    ]);
    expect(r.versions.map((v) => v.tag)).toEqual(['sentiment@v0.1.0']);
    expect(r.maxN).toBe(0);
  });

  it('reads GTO tags without a record: record null, no crash', () => {
    const r = buildRegistry('sentiment', [
      tag('sentiment@v0.0.1', C(1), 'Registering artifact sentiment version v0.0.1'),
      tag('sentiment@v0.0.2', C(2), '', false),
      tag('sentiment#prod#1', C(1), 'Assigning stage prod to artifact sentiment version v0.0.1'),
    ]);
    expect(r.versions).toMatchObject([
      { version: '0.0.2', summary: null, lightweight: true },
      { version: '0.0.1', summary: null },
    ]);
    expect(r.stages.prod?.version).toBe('0.0.1');
  });

  it('does not trust a record that names another version or model', () => {
    const r = buildRegistry('sentiment', [
      tag('sentiment@v0.2.0', C(1), formatVersionMessage(versionRecord({ version: '0.1.0' }))),
      tag(
        'sentiment@v0.3.0',
        C(2),
        formatVersionMessage(versionRecord({ version: '0.3.0', model: 'x' })),
      ),
    ]);
    // Not versions at all (CONTRACT §3): skipped with the reason, never a record-less version.
    expect(r.versions).toEqual([]);
    expect(r.skipped).toEqual([
      {
        tag: 'sentiment@v0.2.0',
        version: '0.2.0',
        reason: 'its record is of version "0.1.0"',
      },
      { tag: 'sentiment@v0.3.0', version: '0.3.0', reason: 'its record is of model "x"' },
    ]);
  });

  it('gives a stage to the assignment with the highest N, not the newest date', () => {
    const events = [
      tag(
        'sentiment#prod#3',
        C(2),
        formatStageMessage(stageRecord({ version: '0.2.0', stage: 'prod' })),
      ),
      tag(
        'sentiment#prod#5',
        C(1),
        formatStageMessage(stageRecord({ version: '0.1.0', stage: 'prod' })),
      ),
      tag('sentiment#staging#4', C(2), formatStageMessage(stageRecord({ version: '0.2.0' }))),
    ];
    // The same second for all, as when tags are made quickly: N alone decides.
    const sameSecond = events.map((e) => ({ ...e, date: '2026-01-01T00:00:00Z' }));
    const r = buildRegistry('sentiment', [
      version('0.1.0', C(1)),
      version('0.2.0', C(2)),
      ...sameSecond,
    ]);
    expect(r.stages.prod?.version).toBe('0.1.0');
    expect(r.stages.staging?.version).toBe('0.2.0');
    expect(r.maxN).toBe(5);
    expect(r.events.map((e) => e.n)).toEqual([5, 4, 3]);
  });

  it('counts N over every numbered tag of the model, of any kind', () => {
    const r = buildRegistry('sentiment', [
      version('0.1.0', C(1)),
      tag('sentiment#prod#2', C(1), 'gto'),
      tag('sentiment@v0.1.0!#8', C(1), 'gto'),
      tag('sentiment@deprecated#11', C(1), 'gto'),
      tag('sentiment#dev#6', C(1), '', false),
      tag('other#prod#99', C(1), 'gto'),
    ]);
    expect(r.maxN).toBe(11);
    expect(r.deprecated).toBe(true);
    expect(r.versions[0]?.deregistered).toBe(true);
  });

  it('unassigning the holder falls back to the newest assignment still active, as GTO does', () => {
    const base = [version('0.1.0', C(1)), version('0.2.0', C(2))];
    const a = buildRegistry('sentiment', [
      ...base,
      tag('sentiment#prod#1', C(1), 'gto'),
      tag('sentiment#prod#2', C(2), 'gto'),
      tag('sentiment#prod!#3', C(2), 'gto'),
    ]);
    expect(a.stages.prod?.version).toBe('0.1.0');
    expect(a.events[0]).toMatchObject({ action: 'unassign', version: null, target: '0.2.0' });
    const b = buildRegistry('sentiment', [
      ...base,
      tag('sentiment#prod#1', C(1), 'gto'),
      tag('sentiment#prod#2', C(2), 'gto'),
      tag('sentiment#prod!#3', C(1), 'gto'),
    ]);
    expect(b.stages.prod?.version).toBe('0.2.0');
    const c = buildRegistry('sentiment', [
      ...base,
      tag('sentiment#prod!#1', C(2), 'gto'),
      tag('sentiment#prod#2', C(2), 'gto'),
    ]);
    expect(c.stages.prod?.version).toBe('0.2.0');
    const empty = buildRegistry('sentiment', [
      ...base,
      tag('sentiment#prod#1', C(1), 'gto'),
      tag('sentiment#prod!#2', C(1), 'gto'),
    ]);
    expect(empty.stages.prod).toBeNull();
  });

  it('a deregistered version holds no stage: the stage falls back past it', () => {
    const r = buildRegistry('sentiment', [
      version('0.1.0', C(1)),
      version('0.2.0', C(2)),
      tag('sentiment#prod#1', C(1), 'gto'),
      tag('sentiment#prod#2', C(2), 'gto'),
      tag('sentiment@v0.2.0!#3', C(2), 'gto'),
    ]);
    expect(r.stages.prod?.version).toBe('0.1.0');
    expect(r.versions[0]).toMatchObject({ version: '0.2.0', deregistered: true });
  });

  it('a deprecation holds only while it is the latest event', () => {
    const base = [version('0.1.0', C(1)), tag('sentiment@deprecated#2', C(1), 'gto')];
    expect(buildRegistry('sentiment', base).deprecated).toBe(true);
    const revived = buildRegistry('sentiment', [...base, tag('sentiment#prod#3', C(1), 'gto')]);
    expect(revived.deprecated).toBeUndefined();
  });

  it('orders GTO --simple stage tags (no N) by date, before numbered ones', () => {
    const r = buildRegistry('sentiment', [
      version('0.1.0', C(1)),
      version('0.2.0', C(2)),
      { ...tag('sentiment#prod', C(2), 'gto'), date: '2026-01-02T00:00:00Z' },
      { ...tag('sentiment#dev', C(1), 'gto'), date: '2026-01-01T00:00:00Z' },
      { ...tag('sentiment#dev#1', C(2), 'gto'), date: '2025-01-01T00:00:00Z' },
    ]);
    expect(r.stages.prod?.version).toBe('0.2.0');
    expect(r.stages.dev?.version).toBe('0.2.0');
  });

  it('an assignment of a commit no version names takes the stage (as in GTO) with no version', () => {
    const r = buildRegistry('sentiment', [
      version('0.1.0', C(1)),
      tag('sentiment#prod#1', C(1), 'gto'),
      tag('sentiment#prod#4', C(9), 'gto'),
    ]);
    expect(r.stages.prod).toMatchObject({ version: null, commit: C(9), n: 4 });
    expect(r.maxN).toBe(4);
  });
});
