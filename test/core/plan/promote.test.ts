import { describe, expect, it } from '@jest/globals';
import { LeptonError } from '../../../src/core/errors/index.js';
import {
  findStage,
  planPromotion,
  promoterName,
  promotionVersion,
  stageRecord,
  type PromotePlanInput,
} from '../../../src/core/plan/promote.js';
import { check } from '../../registry/records.js';
import { C, MANIFEST, manifest, registry, wholeRecord, type TagSpec } from './fixtures.js';

const OPTIONS = { created: '2026-02-03T04:05:06.000Z', runUrl: null };

function input(
  tags: readonly TagSpec[],
  over: Partial<Omit<PromotePlanInput, 'registry'>> = {},
): PromotePlanInput {
  const reg = registry(tags);
  const stage = over.stage ?? 'staging';
  const version = over.version ?? '0.1.0';
  // As the app does: the holder's whole stage record when the version holds the stage.
  const holder = reg.stages[stage];
  const held = holder?.version === version ? wholeRecord(reg, holder.tag) : null;
  return {
    registry: reg,
    counterN: 0,
    manifest: MANIFEST,
    stage,
    version,
    untrusted: null,
    heldChecks: held?.kind === 'stage' ? held.checks : null,
    options: OPTIONS,
    ...over,
  };
}

/** A version that passed, with metrics every threshold of MANIFEST can read. */
const good = (v: string, at: string, metrics: Record<string, number> = {}): TagSpec => ({
  v,
  at,
  record: { metrics: { accuracy: 0.95, f1_macro: 0.9, latency_ms: 100, ...metrics } },
});

describe('planPromotion: assigns', () => {
  // [what, tags, stage, version, counterN, expected N]
  const cases: [string, TagSpec[], string, string, number, number][] = [
    ['the first event of the model: N 1', [good('0.1.0', C(1))], 'staging', '0.1.0', 0, 1],
    [
      'N above every numbered tag',
      [
        good('0.1.0', C(1)),
        good('0.2.0', C(2)),
        { s: 'staging', n: 4, version: '0.1.0', at: C(1) },
      ],
      'staging',
      '0.2.0',
      0,
      5,
    ],
    [
      "N above the remote's counter when it is higher (an event not fetched)",
      [good('0.1.0', C(1)), { s: 'staging', n: 2, version: '0.1.0', at: C(1) }],
      'production',
      '0.1.0',
      9,
      10,
    ],
    [
      'production after staging, once the version has been in staging (even if no longer)',
      [
        good('0.1.0', C(1)),
        good('0.2.0', C(2)),
        { s: 'staging', n: 1, version: '0.1.0', at: C(1) },
        { s: 'staging', n: 2, version: '0.2.0', at: C(2) },
      ],
      'production',
      '0.1.0',
      2,
      3,
    ],
    [
      'production after staging for a version withdrawn from it and promoted there again',
      [
        good('0.1.0', C(1)),
        { s: 'staging', n: 1, version: '0.1.0', at: C(1) },
        { raw: { name: 'sentiment#staging!#2', commit: C(1) } },
        { s: 'staging', n: 3, version: '0.1.0', at: C(1) },
      ],
      'production',
      '0.1.0',
      3,
      4,
    ],
    [
      "production after staging when only another version's assignment was withdrawn",
      [
        good('0.1.0', C(1)),
        good('0.2.0', C(2)),
        { s: 'staging', n: 1, version: '0.1.0', at: C(1) },
        { s: 'staging', n: 2, version: '0.2.0', at: C(2) },
        { raw: { name: 'sentiment#staging!#3', commit: C(2) } },
      ],
      'production',
      '0.1.0',
      3,
      4,
    ],
  ];
  it.each(cases)('%s', (_what, tags, stage, version, counterN, n) => {
    const plan = planPromotion(input(tags, { stage, version, counterN }));
    const at = tags.find((t) => 'v' in t && t.v === version) as { at: string };
    expect(plan).toMatchObject({
      kind: 'assign',
      version,
      stage,
      n,
      tag: `sentiment#${stage}#${n}`,
      commit: at.at,
    });
    if (plan.kind !== 'assign') return;
    expect(plan.record).toEqual({
      kind: 'stage',
      schema: 1,
      model: 'sentiment',
      version,
      stage,
      n,
      created: OPTIONS.created,
      checks: plan.checks,
      runUrl: null,
    });
    expect(plan.checks.every((c) => c.passed)).toBe(true);
  });

  it("checks relative thresholds against the stage's holder: a 5% latency rise passes 10%", () => {
    const tags: TagSpec[] = [
      good('0.1.0', C(1)),
      good('0.2.0', C(2), { latency_ms: 105 }),
      { s: 'staging', n: 1, version: '0.1.0', at: C(1) },
      { s: 'production', n: 2, version: '0.1.0', at: C(1) },
      { s: 'staging', n: 3, version: '0.2.0', at: C(2) },
    ];
    const plan = planPromotion(input(tags, { stage: 'production', version: '0.2.0', counterN: 3 }));
    expect(plan.kind).toBe('assign');
    expect(plan.checks.find((c) => c.metric === 'latency_ms')).toMatchObject({
      rule: 'max_rise',
      baseline: 100,
      actual: 105,
      passed: true,
    });
  });
});

describe('planPromotion: refuses', () => {
  // [what, tags, stage, version, untrusted, reasons]
  const cases: [string, TagSpec[], string, string, string | null, string[]][] = [
    [
      'a version that did not pass its own thresholds',
      [{ v: '0.1.0', at: C(1), record: { passed: false } }],
      'staging',
      '0.1.0',
      null,
      ['v0.1.0 did not pass its own thresholds when it was recorded'],
    ],
    [
      'a version without a Lepton record (its checks are unknown), with no checks',
      [{ v: '0.1.0', at: C(1), record: null }],
      'staging',
      '0.1.0',
      null,
      ['sentiment@v0.1.0 carries no Lepton record (made by another tool): its checks are unknown'],
    ],
    [
      'a deregistered version',
      [good('0.1.0', C(1)), { raw: { name: 'sentiment@v0.1.0!#1', commit: C(1) } }],
      'staging',
      '0.1.0',
      null,
      ['v0.1.0 was deregistered (a GTO deregistration tag)'],
    ],
    [
      'production for a version never in staging',
      [good('0.1.0', C(1))],
      'production',
      '0.1.0',
      null,
      [
        'v0.1.0 has never been in staging, and production comes after staging (promote it there first: lepton promote 0.1.0 staging)',
      ],
    ],
    [
      'production for a version withdrawn from staging (a rollback without a record: GTO)',
      [
        good('0.1.0', C(1)),
        { s: 'staging', n: 1, version: '0.1.0', at: C(1) },
        { raw: { name: 'sentiment#staging!#2', commit: C(1) } },
      ],
      'production',
      '0.1.0',
      null,
      [
        'v0.1.0 was withdrawn from staging (sentiment#staging!#2), and production comes after staging (promote it there again first: lepton promote 0.1.0 staging)',
      ],
    ],
    [
      'production for a version withdrawn from staging after another was promoted over it',
      [
        good('0.1.0', C(1)),
        good('0.2.0', C(2)),
        { s: 'staging', n: 1, version: '0.1.0', at: C(1) },
        { s: 'staging', n: 2, version: '0.2.0', at: C(2) },
        { raw: { name: 'sentiment#staging!#3', commit: C(1) } },
      ],
      'production',
      '0.1.0',
      null,
      [
        'v0.1.0 was withdrawn from staging (sentiment#staging!#3), and production comes after staging (promote it there again first: lepton promote 0.1.0 staging)',
      ],
    ],
    [
      "a version failing the stage's own thresholds",
      [good('0.1.0', C(1), { accuracy: 0.92 }), { s: 'staging', n: 1, version: '0.1.0', at: C(1) }],
      'production',
      '0.1.0',
      null,
      ["production's thresholds failed on v0.1.0's recorded metrics: accuracy min"],
    ],
    [
      'a record the content at its commit does not match (the reason the caller found)',
      [good('0.1.0', C(1))],
      'staging',
      '0.1.0',
      'its record was forged',
      ['sentiment@v0.1.0 is not trusted: its record was forged'],
    ],
    [
      'every reason at once, in order',
      [
        {
          v: '0.1.0',
          at: C(1),
          record: { passed: false, metrics: { accuracy: 0.5, f1_macro: 0.9, latency_ms: 1 } },
        },
        { raw: { name: 'sentiment@v0.1.0!#1', commit: C(1) } },
      ],
      'production',
      '0.1.0',
      'forged',
      [
        'v0.1.0 did not pass its own thresholds when it was recorded',
        'v0.1.0 was deregistered (a GTO deregistration tag)',
        'v0.1.0 has never been in staging, and production comes after staging (promote it there first: lepton promote 0.1.0 staging)',
        "production's thresholds failed on v0.1.0's recorded metrics: accuracy min; accuracy min",
        'sentiment@v0.1.0 is not trusted: forged',
      ],
    ],
  ];
  it.each(cases)('%s', (_what, tags, stage, version, untrusted, reasons) => {
    const plan = planPromotion(input(tags, { stage, version, untrusted }));
    expect(plan.kind).toBe('refused');
    if (plan.kind !== 'refused') return;
    expect(plan.reasons.map((r) => r.replace(/ \(.*?\)(?=;|$)/g, ''))).toEqual(
      reasons.map((r) => r.replace(/ \(.*?\)(?=;|$)/g, '')),
    );
    expect(plan.reasons.length).toBe(reasons.length);
    expect(plan.entry?.version).toBe(version);
  });

  it('names the failed check with its reason', () => {
    const tags: TagSpec[] = [
      good('0.1.0', C(1), { accuracy: 0.92 }),
      { s: 'staging', n: 1, version: '0.1.0', at: C(1) },
    ];
    const plan = planPromotion(input(tags, { stage: 'production' }));
    if (plan.kind !== 'refused') throw new Error(plan.kind);
    expect(plan.reasons).toEqual([
      `production's thresholds failed on v0.1.0's recorded metrics: accuracy min (${plan.checks.find((c) => !c.passed)?.reason})`,
    ]);
    expect(plan.checks.filter((c) => !c.passed).map((c) => [c.metric, c.bound])).toEqual([
      ['accuracy', 0.93],
    ]);
  });

  it.each([
    ['a tree', 'tree'],
    ['a blob', 'blob'],
  ])('a name held by a tag on %s: refused as no version, with no entry', (_what, type) => {
    const tags: TagSpec[] = [
      good('0.1.0', C(1)),
      { raw: { name: 'sentiment@v0.2.0', commit: C(2), targetType: type } },
    ];
    const plan = planPromotion(input(tags, { version: '0.2.0' }));
    expect(plan).toMatchObject({ kind: 'refused', entry: null, checks: [] });
    if (plan.kind !== 'refused') return;
    expect(plan.reasons).toHaveLength(1);
    expect(plan.reasons[0]).toMatch(/^sentiment@v0\.2\.0 is not a version: it points at a /);
  });
});

describe('planPromotion: already there', () => {
  it('the version holds the stage: its tag and N, the checks its stage record kept', () => {
    const kept = [check({ actual: 0.97 })];
    const tags: TagSpec[] = [
      good('0.1.0', C(1)),
      { s: 'staging', n: 3, version: '0.1.0', at: C(1), record: { checks: kept } },
    ];
    // Even a version that would be refused now is reported as holding the stage.
    const plan = planPromotion(input(tags, { untrusted: 'forged', counterN: 7 }));
    expect(plan).toMatchObject({
      kind: 'already',
      version: '0.1.0',
      tag: 'sentiment#staging#3',
      n: 3,
      checks: kept,
    });
  });

  it('a version the stage fell back to (the holder was unassigned) holds it again', () => {
    const tags: TagSpec[] = [
      good('0.1.0', C(1)),
      good('0.2.0', C(2)),
      { s: 'staging', n: 1, version: '0.1.0', at: C(1) },
      { s: 'staging', n: 2, version: '0.2.0', at: C(2) },
      { raw: { name: 'sentiment#staging!#3', commit: C(2) } },
    ];
    expect(planPromotion(input(tags)).kind).toBe('already');
    expect(planPromotion(input(tags, { version: '0.2.0' })).kind).toBe('assign');
  });
});

describe('planPromotion: errors', () => {
  it.each([
    [
      'an unknown version',
      { version: '9.9.9' },
      'sentiment has no version 9.9.9',
      ['its versions: v0.1.0'],
    ],
    [
      'an unknown stage',
      { stage: 'canary' },
      'sentiment has no stage "canary"',
      ['stages in the manifest: staging, production'],
    ],
  ])('%s', (_what, over, message, details) => {
    const error = catchError(() => planPromotion(input([good('0.1.0', C(1))], over)));
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe(message);
    expect(error.details).toEqual(details);
  });

  // trial: `promote 9.9.9 staging` named no version that exists.
  it.each([
    [0, ['sentiment has no versions yet: `lepton record` makes the first']],
    [3, ['its versions: v0.3.0, v0.2.0, v0.1.0']],
    [5, ['its versions: v0.5.0, v0.4.0, v0.3.0, v0.2.0, v0.1.0']],
    [
      12,
      [
        'its newest versions: v0.12.0, v0.11.0, v0.10.0, v0.9.0, v0.8.0 (`lepton show` lists all 12)',
      ],
    ],
  ])('an unknown version among %i names the newest ones', (count, details) => {
    const tags = Array.from({ length: count }, (_, i) => good(`0.${i + 1}.0`, C(i + 1)));
    const error = catchError(() => planPromotion(input(tags, { version: '9.9.9' })));
    expect(error.message).toBe('sentiment has no version 9.9.9');
    expect(error.details).toEqual(details);
  });

  it('a manifest without stages says so', () => {
    const bare = manifest(`version: 1
model: sentiment
components:
  classifier: { paths: [src/**] }
eval:
  command: node eval.mjs
  metrics: out/metrics.json
`);
    const error = catchError(() => findStage(bare, 'staging'));
    expect(error.details).toEqual(['the manifest declares no stages']);
  });
});

describe('promotionVersion', () => {
  it.each([
    ['the highest that passed', [good('0.1.0', C(1)), good('0.2.0', C(2))], '0.2.0'],
    [
      'passing over a failed one',
      [good('0.1.0', C(1)), { v: '0.2.0', at: C(2), record: { passed: false } }],
      '0.1.0',
    ],
    [
      'passing over a deregistered one and a GTO one',
      [
        good('0.1.0', C(1)),
        good('0.3.0', C(3)),
        { raw: { name: 'sentiment@v0.3.0!#1', commit: C(3) } },
        { v: '0.4.0', at: C(4), record: null },
      ],
      '0.1.0',
    ],
  ] as [string, TagSpec[], string][])('%s', (_what, tags, version) => {
    expect(promotionVersion(registry(tags))).toBe(version);
  });

  it('refuses when none passed', () => {
    const error = catchError(() =>
      promotionVersion(registry([{ v: '0.1.0', at: C(1), record: { passed: false } }])),
    );
    expect(error.message).toBe(
      'sentiment has no recorded version that passed its thresholds: nothing to promote',
    );
  });
});

describe('the stage record', () => {
  it.each([
    ['locally: the git identity', null, 'Ada <ada@example.com>'],
    [
      'in CI: the run and its actor',
      { actor: 'octocat', runUrl: 'https://github.com/o/r/actions/runs/1' },
      'github-actions for octocat (https://github.com/o/r/actions/runs/1)',
    ],
    [
      'in CI without actor or run URL',
      { actor: null, runUrl: null },
      'github-actions (workflow run)',
    ],
  ])('promotedBy %s', (_what, ci, by) => {
    const name = promoterName({ name: 'Ada', email: 'ada@example.com' }, ci);
    expect(name).toBe(by);
    const plan = planPromotion(input([good('0.1.0', C(1))]));
    if (plan.kind !== 'assign') throw new Error(plan.kind);
    expect(stageRecord(plan.record, name)).toEqual({ ...plan.record, promotedBy: by });
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
