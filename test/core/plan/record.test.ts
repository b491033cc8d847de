import { describe, expect, it } from '@jest/globals';
import { LeptonError } from '../../../src/core/errors/index.js';
import {
  BUMP_NONE_NOTE,
  checkVersionOverride,
  planRecord,
  type RecordedOutcome,
  type RecordPlanInput,
} from '../../../src/core/plan/record.js';
import type { Registry, VersionRecord } from '../../../src/core/registry/types.js';
import { check } from '../../registry/records.js';
import { C, H, MANIFEST, manifest, registry, wholeRecord, type TagSpec } from './fixtures.js';

const HEAD = C('a');

/** An outcome whose parts hash as `versionRecord()`'s (H(1), H(2)) unless told otherwise. */
function outcome(parts: { classifier?: string; train?: string } = {}): RecordedOutcome {
  return {
    fingerprint: {
      fingerprint: `sha256:${'e'.repeat(64)}`,
      components: [{ name: 'classifier', hash: parts.classifier ?? H(1), files: 1 }],
      data: [{ name: 'train', hash: parts.train ?? H(2), files: 1 }],
    },
    metrics: { accuracy: 0.95 },
    ignored: [],
    checks: [check({ actual: 0.95 })],
    passed: true,
    baseline: null,
    evalSettings: H(3),
    reused: false,
  };
}

const OPTIONS = { created: '2026-02-03T04:05:06.000Z', runUrl: 'https://ci.example/run/7' };

function input(
  tags: readonly TagSpec[],
  over: Partial<Omit<RecordPlanInput, 'registry' | 'options'>> & {
    options?: Partial<RecordPlanInput['options']>;
  } = {},
): RecordPlanInput {
  const reg: Registry = registry(tags);
  // As the app does: the latest version's whole record (a registry keeps summaries).
  const latest = wholeRecord(reg, reg.versions[0]?.tag);
  return {
    registry: reg,
    outcome: over.outcome ?? outcome(),
    manifest: over.manifest ?? MANIFEST,
    head: over.head ?? HEAD,
    recorded: over.recorded ?? null,
    latestRecord: over.latestRecord ?? (latest?.kind === 'version' ? latest : null),
    options: { ...OPTIONS, ...over.options },
  };
}

const NO_DATA_BUMP = manifest(`version: 1
model: sentiment
components:
  classifier: { paths: [src/**] }
data:
  train: { paths: [data/**] }
eval:
  command: node eval.mjs
  metrics: out/metrics.json
versioning:
  first: 1.0.0
  bump: { components: major, data: none }
`);

describe('planRecord: which version', () => {
  // [what, tags, outcome, manifest, expected version, expected bump]
  const cases: [string, TagSpec[], RecordedOutcome, typeof MANIFEST, string, string | null][] = [
    ['no version yet: versioning.first', [], outcome(), MANIFEST, '0.1.0', null],
    ['first of another manifest', [], outcome(), NO_DATA_BUMP, '1.0.0', null],
    [
      'a component changed: bump.components (minor)',
      [{ v: '0.1.0', at: C(1) }],
      outcome({ classifier: H(7) }),
      MANIFEST,
      '0.2.0',
      'minor',
    ],
    [
      'a data set changed: bump.data (patch)',
      [{ v: '0.1.0', at: C(1) }],
      outcome({ train: H(7) }),
      MANIFEST,
      '0.1.1',
      'patch',
    ],
    [
      'both changed: the larger bump wins',
      [{ v: '0.1.0', at: C(1) }],
      outcome({ classifier: H(7), train: H(8) }),
      MANIFEST,
      '0.2.0',
      'minor',
    ],
    [
      'bumps the highest semver, not the newest tag',
      [
        { v: '0.10.0', at: C(1) },
        { v: '0.9.0', at: C(2) },
      ],
      outcome({ train: H(7) }),
      MANIFEST,
      '0.10.1',
      'patch',
    ],
    [
      'latest without a record (GTO): everything counts as changed',
      [{ v: '0.1.0', at: C(1), record: null }],
      outcome(),
      MANIFEST,
      '0.2.0',
      'minor',
    ],
    [
      'a pre-release from another tool: bumped past its release',
      [{ v: '1.0.0-rc.1', at: C(1), record: null }],
      outcome(),
      MANIFEST,
      '1.1.0',
      'minor',
    ],
    [
      'a name taken by a tag that is no version (on a tree) is stepped past',
      [
        { v: '0.1.0', at: C(1) },
        { raw: { name: 'sentiment@v0.2.0', commit: C(2), targetType: 'tree' } },
        { raw: { name: 'sentiment@v0.3.0', commit: C(3), targetType: 'blob' } },
      ],
      outcome({ classifier: H(7) }),
      MANIFEST,
      '0.4.0',
      'minor',
    ],
    [
      'a name taken by a forged record (other commit) is stepped past',
      [
        { v: '0.1.0', at: C(1) },
        { v: '0.1.1', at: C(2), record: { commit: C(9) } },
      ],
      outcome({ train: H(7) }),
      MANIFEST,
      '0.1.2',
      'patch',
    ],
  ];
  it.each(cases)('%s', (_what, tags, out, m, version, bump) => {
    const plan = planRecord(input(tags, { outcome: out, manifest: m }));
    expect(plan).toMatchObject({ kind: 'create', version, bump, commit: HEAD });
    if (plan.kind !== 'create') return;
    expect(plan.tag).toBe(`sentiment@v${version}`);
    expect(plan.record).toMatchObject({ version, commit: HEAD, model: 'sentiment' });
  });
});

describe('planRecord: nothing to create', () => {
  it('the fingerprint is recorded by a trusted version: that version, its record', () => {
    const reg = registry([
      { v: '0.1.0', at: C(1), record: { fingerprint: 'sha256:' + 'e'.repeat(64) } },
    ]);
    const entry = reg.versions[0]!;
    const record = wholeRecord(reg, entry.tag) as VersionRecord;
    const plan = planRecord({ ...input([]), registry: reg, recorded: { entry, record } });
    expect(plan).toEqual({
      kind: 'recorded',
      version: '0.1.0',
      tag: 'sentiment@v0.1.0',
      record,
    });
    expect(record.components).toEqual({ classifier: H(1) });
  });

  it('the recorded version wins even on a commit that carries it (nothing is refused)', () => {
    const reg = registry([{ v: '0.1.0', at: HEAD }]);
    const recorded = { entry: reg.versions[0]!, record: null };
    const plan = planRecord({ ...input([]), registry: reg, recorded });
    expect(plan.kind).toBe('recorded');
  });

  it.each([
    ['data changed under bump.data none', { train: H(7) }, 'none'],
    ['nothing changed at all (content recorded but untrusted)', {}, 'none'],
    ['a component changed: bump.components major', { classifier: H(7) }, 'create'],
  ])('%s', (_what, parts, kind) => {
    const plan = planRecord(
      input([{ v: '1.0.0', at: C(1) }], { outcome: outcome(parts), manifest: NO_DATA_BUMP }),
    );
    expect(plan.kind).toBe(kind);
    if (plan.kind === 'none') expect(plan.note).toBe(BUMP_NONE_NOTE);
    if (plan.kind === 'create') expect(plan.version).toBe('2.0.0');
  });
});

describe('planRecord: --version', () => {
  it.each([
    ['no version yet', [], '3.0.0', '3.0.0'],
    ['above the latest, with a v', [{ v: '0.1.0', at: C(1) }], 'v0.5.0', '0.5.0'],
  ] as [string, TagSpec[], string, string][])('%s', (_what, tags, asked, version) => {
    const plan = planRecord(input(tags, { options: { version: asked } }));
    expect(plan).toMatchObject({
      kind: 'create',
      version,
      bump: null,
      tag: `sentiment@v${version}`,
    });
  });

  it.each([
    ['not X.Y.Z', '1.0', 'invalid', '--version 1.0: expected X.Y.Z (for example 1.4.0)'],
    ['a pre-release', '1.0.0-rc.1', 'invalid', '--version 1.0.0-rc.1: expected X.Y.Z'],
    [
      'not above the latest',
      '0.1.0',
      'invalid',
      '--version 0.1.0 must be higher than the latest recorded version, 0.2.0',
    ],
  ])('refuses %s', (_what, asked, kind, message) => {
    const tags: TagSpec[] = [
      { v: '0.1.0', at: C(1) },
      { v: '0.2.0', at: C(2) },
    ];
    const error = catchError(() => planRecord(input(tags, { options: { version: asked } })));
    expect(error.kind).toBe(kind);
    expect(error.message).toContain(message);
  });

  it('on a retry, refuses a --version a concurrent run recorded meanwhile (exit 4)', () => {
    const tags: TagSpec[] = [{ v: '0.5.0', at: C(1) }];
    const first = planRecord(input([], { options: { version: '0.5.0' } }));
    expect(first.kind).toBe('create');
    const error = catchError(() =>
      planRecord(input(tags, { options: { version: '0.5.0', retry: true } })),
    );
    expect(error.kind).toBe('git');
    expect(error.message).toBe(
      'version 0.5.0 was recorded meanwhile by another run, for other content',
    );
  });

  it.each([
    ['a tree', { name: 'sentiment@v0.3.0', commit: C(3), targetType: 'tree' }, 'points at a tree'],
    ['a blob', { name: 'sentiment@v0.3.0', commit: C(3), targetType: 'blob' }, 'points at a blob'],
  ])('before the eval, refuses a name a tag on %s holds', (_what, raw, reason) => {
    const reg = registry([{ v: '0.1.0', at: C(1) }, { raw }]);
    const error = catchError(() => checkVersionOverride(reg, '0.3.0'));
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain('--version 0.3.0: the tag sentiment@v0.3.0 exists already (it');
    expect(error.message).toContain(reason);
    expect(checkVersionOverride(reg, 'v0.4.0')).toBe('0.4.0');
  });
});

describe('planRecord: one version per commit', () => {
  it.each([
    [
      'recorded for other content',
      { v: '0.1.0', at: HEAD } as TagSpec,
      'recorded for other content',
    ],
    [
      'a GTO tag',
      { v: '0.1.0', at: HEAD, record: null } as TagSpec,
      'made without a Lepton record',
    ],
  ])('refuses a second version on a commit carrying one %s', (_what, tag, what) => {
    const error = catchError(() => planRecord(input([tag])));
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe(
      `${HEAD.slice(0, 12)} already carries sentiment@v0.1.0 (${what}); a commit holds one version of a model`,
    );
    expect(error.details).toEqual(['commit the change, then record the new commit']);
  });

  it.each([
    ['lightweight', { raw: { name: 'sentiment@v0.1.0', commit: HEAD, annotated: false } }],
    [
      'deregistered',
      [{ v: '0.1.0', at: HEAD }, { raw: { name: 'sentiment@v0.1.0!#1', commit: HEAD } }],
    ],
  ] as [string, TagSpec | TagSpec[]][])('a %s tag on HEAD takes no version slot', (_what, tags) => {
    const plan = planRecord(
      input(([] as TagSpec[]).concat(tags), { outcome: outcome({ train: H(7) }) }),
    );
    expect(plan).toMatchObject({ kind: 'create', commit: HEAD });
  });
});

describe('planRecord: the record', () => {
  it('carries the outcome, the commit, the clock and the run given, and no artifact yet', () => {
    const out = {
      ...outcome({ classifier: H(7) }),
      ignored: [{ metric: 'note', value: 'n/a' }],
      baseline: { version: '0.1.0', tag: 'sentiment@v0.1.0' },
      reused: true,
    };
    const plan = planRecord(input([{ v: '0.1.0', at: C(1) }], { outcome: out }));
    if (plan.kind !== 'create') throw new Error(plan.kind);
    expect(plan.record).toEqual({
      kind: 'version',
      schema: 1,
      model: 'sentiment',
      version: '0.2.0',
      commit: HEAD,
      created: OPTIONS.created,
      fingerprint: out.fingerprint.fingerprint,
      components: { classifier: H(7) },
      data: { train: H(2) },
      metrics: { accuracy: 0.95 },
      ignored: [{ metric: 'note', value: 'n/a' }],
      checks: out.checks,
      passed: true,
      baseline: { version: '0.1.0', tag: 'sentiment@v0.1.0' },
      evalSettings: H(3),
      reused: true,
      runUrl: OPTIONS.runUrl,
      artifact: null,
    });
  });

  it('leaves out `ignored` when nothing was ignored', () => {
    const plan = planRecord(input([]));
    if (plan.kind !== 'create') throw new Error(plan.kind);
    expect('ignored' in plan.record).toBe(false);
  });
});

function catchError(work: () => unknown): LeptonError {
  try {
    work();
  } catch (e) {
    if (e instanceof LeptonError) return e;
    throw e;
  }
  throw new Error('expected a LeptonError');
}
