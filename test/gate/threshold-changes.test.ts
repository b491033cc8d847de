import { describe, expect, it } from '@jest/globals';
import {
  loosens,
  thresholdChanges,
  type ThresholdSet,
} from '../../src/core/gate/threshold-changes.js';
import { validateManifest } from '../../src/core/manifest/validate.js';

/** The thresholds of a manifest whose `eval.thresholds` (and `stages`) are the given YAML lines. */
function set(thresholds: string[], stages: string[] = []): ThresholdSet {
  const text = [
    'version: 1',
    'model: demo',
    'components:',
    '  code: { paths: [src] }',
    'eval:',
    '  command: ./eval.sh',
    '  metrics: m.json',
    '  samples: s.jsonl',
    ...(thresholds.length ? ['  thresholds:', ...thresholds.map((t) => `    ${t}`)] : []),
    ...(stages.length ? ['stages:', ...stages.map((s) => `  ${s}`)] : []),
    '',
  ].join('\n');
  const r = validateManifest(text);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return {
    eval: r.manifest.eval.thresholds,
    stages: r.manifest.stages.map((s) => ({ name: s.name, thresholds: s.thresholds })),
  };
}

const short = (
  before: ThresholdSet,
  after: ThresholdSet,
  base: Record<string, number> | null = null,
) =>
  thresholdChanges(before, after, base).map(
    (c) =>
      `${c.stage ? `${c.stage}/` : ''}${c.metric} ${c.bound} ${String(c.from)} → ${String(c.to)}: ${c.effect}`,
  );

describe('thresholdChanges: the thresholds that decided against the baseline’s', () => {
  it.each<[string, string[], string[], string[]]>([
    ['the same thresholds: nothing', ['acc: { min: 0.8 }'], ['acc: { min: 0.8 }'], []],
    [
      'the trial: min lowered and max_drop removed',
      ['accuracy: { min: 0.8, max_drop: 0.05 }'],
      ['accuracy: { min: 0.1 }'],
      ['accuracy min 0.8 → 0.1: loosened', 'accuracy max_drop 0.05 → null: removed'],
    ],
    ['min raised', ['a: { min: 0.8 }'], ['a: { min: 0.9 }'], ['a min 0.8 → 0.9: tightened']],
    ['max raised', ['l: { max: 50 }'], ['l: { max: 60 }'], ['l max 50 → 60: loosened']],
    ['max lowered', ['l: { max: 50 }'], ['l: { max: 40 }'], ['l max 50 → 40: tightened']],
    [
      'max_drop raised',
      ['a: { max_drop: 0.01 }'],
      ['a: { max_drop: 0.1 }'],
      ['a max_drop 0.01 → 0.1: loosened'],
    ],
    [
      'max_rise lowered',
      ['a: { max_rise: "5%" }'],
      ['a: { max_rise: "2%" }'],
      ['a max_rise 5% → 2%: tightened'],
    ],
    [
      'max_rise raised (percent)',
      ['a: { max_rise: "2%" }'],
      ['a: { max_rise: "5%" }'],
      ['a max_rise 2% → 5%: loosened'],
    ],
    [
      'a bound added beside one kept',
      ['a: { min: 0.8 }'],
      ['a: { min: 0.8, max_drop: 0.02 }'],
      ['a max_drop null → 0.02: added'],
    ],
    [
      'a whole threshold removed',
      ['a: { min: 0.8 }', 'b: { max: 3, max_rise: 1 }'],
      ['a: { min: 0.8 }'],
      ['b max 3 → null: removed', 'b max_rise 1 → null: removed'],
    ],
    ['a new threshold', [], ['a: { min: 0.8, level: warn }'], ['a min null → 0.8: added']],
    [
      'level error → warn',
      ['a: { min: 0.8 }'],
      ['a: { min: 0.8, level: warn }'],
      ['a level error → warn: loosened'],
    ],
    [
      'level warn → error',
      ['a: { min: 0.8, level: warn }'],
      ['a: { min: 0.8 }'],
      ['a level warn → error: tightened'],
    ],
    [
      'noise: warn added',
      ['a: { max_drop: 0.01 }'],
      ['a: { max_drop: 0.01, noise: warn }'],
      ['a noise null → warn: loosened'],
    ],
    [
      'noise: warn taken away',
      ['a: { max_drop: 0.01, noise: warn }'],
      ['a: { max_drop: 0.01 }'],
      ['a noise warn → null: tightened'],
    ],
    [
      'a percentage for absolute units, no baseline value: said as loosened',
      ['a: { max_drop: 0.01 }'],
      ['a: { max_drop: "5%" }'],
      ['a max_drop 0.01 → 5%: loosened'],
    ],
  ])('%s', (_what, before, after, expected) => {
    expect(short(set(before), set(after))).toEqual(expected);
  });

  it('compares a percentage with absolute units through the baseline’s value', () => {
    const before = set(['a: { max_drop: 0.01 }']);
    // 5% of 0.9 is 0.045 (looser than 0.01); 0.5% of 0.9 is 0.0045 (tighter).
    expect(short(before, set(['a: { max_drop: "5%" }']), { a: 0.9 })).toEqual([
      'a max_drop 0.01 → 5%: loosened',
    ]);
    expect(short(before, set(['a: { max_drop: "0.5%" }']), { a: 0.9 })).toEqual([
      'a max_drop 0.01 → 0.5%: tightened',
    ]);
    // 1% of 1 is 0.01: the same reach, nothing moved.
    expect(short(before, set(['a: { max_drop: "1%" }']), { a: 1 })).toEqual([]);
  });

  it('compares each stage’s own thresholds under its name; a stage gone takes its thresholds', () => {
    const before = set(
      ['a: { min: 0.8 }'],
      [
        'staging: { thresholds: { a: { min: 0.85 } } }',
        'production: { after: staging, thresholds: { a: { min: 0.95 } } }',
      ],
    );
    const after = set(
      ['a: { min: 0.8 }'],
      ['staging: { thresholds: { a: { min: 0.8 }, b: { max: 2 } } }'],
    );
    expect(short(before, after)).toEqual([
      'staging/a min 0.85 → 0.8: loosened',
      'staging/b max null → 2: added',
      'production/a min 0.95 → null: removed',
    ]);
  });

  it('loosens: removed and loosened make passing easier, added and tightened harder', () => {
    const changes = thresholdChanges(
      set(['a: { min: 0.8, max_drop: 0.05 }', 'b: { max: 5 }']),
      set(['a: { min: 0.1, max_rise: 1 }', 'b: { max: 4 }']),
    );
    expect(changes.map((c) => [c.bound, c.effect, loosens(c)])).toEqual([
      ['min', 'loosened', true],
      ['max_drop', 'removed', true],
      ['max_rise', 'added', false],
      ['max', 'tightened', false],
    ]);
  });
});
