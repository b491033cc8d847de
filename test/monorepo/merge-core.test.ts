import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import {
  checkShards,
  mergeShardMetrics,
  parseShardArg,
  type NamedShard,
} from '../../src/core/shards/index.js';

/** Per-example values → one shard's metrics, as an eval would compute them over its slice. */
function shardOf(
  rows: readonly { ok: number; loss: number; score: number }[],
  index: number,
  count: number,
): NamedShard {
  const slice = rows.filter((_, i) => i % count === index - 1);
  const n = slice.length;
  const correct = slice.reduce((s, r) => s + r.ok, 0);
  return {
    file: `s${index}.json`,
    shard: {
      kind: 'lepton-shard',
      schema: 1,
      model: 'm',
      index,
      count,
      fingerprint: 'sha256:f',
      evalSettings: 'sha256:e',
      commit: null,
      metrics: {
        n,
        accuracy: n ? correct / n : 0,
        loss: n ? slice.reduce((s, r) => s + r.loss, 0) / n : 0,
        correct,
        lowest: Math.min(...slice.map((r) => r.score), Infinity),
        highest: Math.max(...slice.map((r) => r.score), -Infinity),
      },
      nonNumeric: {},
      created: '',
    },
  };
}

const RULES = { correct: 'sum', lowest: 'min', highest: 'max' } as const;

describe('mergeShardMetrics equals the unsharded eval', () => {
  test('for any examples split any number of ways: counts and min/max exactly, means to 1e-12', () => {
    const row = fc.record({
      ok: fc.integer({ min: 0, max: 1 }),
      loss: fc.double({ min: 0, max: 10, noNaN: true }),
      score: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 8, maxLength: 400 }),
        fc.integer({ min: 1, max: 8 }),
        (rows, count) => {
          const whole = shardOf(rows, 1, 1).shard.metrics as Record<string, number>;
          const shards = Array.from({ length: count }, (_, i) => shardOf(rows, i + 1, count));
          const merged = mergeShardMetrics(shards, RULES).values;
          expect(merged.n).toBe(whole.n);
          expect(merged.correct).toBe(whole.correct);
          expect(merged.lowest).toBe(whole.lowest);
          expect(merged.highest).toBe(whole.highest);
          expect(
            Math.abs((merged.accuracy as number) - (whole.accuracy as number)),
          ).toBeLessThanOrEqual(1e-12);
          expect(Math.abs((merged.loss as number) - (whole.loss as number))).toBeLessThanOrEqual(
            1e-12 * Math.max(1, whole.loss as number),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  test.each([
    ['mean weighted by n (default)', {}, 'a', (10 * 1 + 30 * 0.5) / 40],
    ['sum', { a: 'sum' as const }, 'a', 1.5],
    ['min', { a: 'min' as const }, 'a', 0.5],
    ['max', { a: 'max' as const }, 'a', 1],
    ['n sums by default', {}, 'n', 40],
  ])('%s', (_name, rules, metric, expected) => {
    const mk = (index: number, n: number, a: number): NamedShard => ({
      file: `${index}.json`,
      shard: { ...shardOf([], index, 2).shard, metrics: { n, a } },
    });
    expect(mergeShardMetrics([mk(1, 10, 1), mk(2, 30, 0.5)], rules).values[metric]).toBe(expected);
  });

  test('a shard lacking a metric the others report is an eval failure naming it', () => {
    const a = shardOf([{ ok: 1, loss: 0, score: 1 }], 1, 2);
    const b = { file: 's2.json', shard: { ...shardOf([], 2, 2).shard, metrics: { n: 0 } } };
    expect(() => mergeShardMetrics([a, b])).toThrow(/s2\.json \(shard 2\/2\) lacks "accuracy"/);
  });
});

describe('checkShards', () => {
  const rows = Array.from({ length: 12 }, (_, i) => ({ ok: i % 2, loss: i, score: i }));
  const four = [1, 2, 3, 4].map((i) => shardOf(rows, i, 4));
  const expectation = { model: 'm', fingerprint: 'sha256:f', evalSettings: 'sha256:e' };
  const cases: [string, NamedShard[], RegExp][] = [
    ['missing', four.slice(0, 3), /^shard 4\/4 is missing/],
    [
      'repeated',
      [...four, { ...four[1]!, file: 'again.json' }],
      /^shard 2\/4 given more than once: s2\.json, again\.json$/,
    ],
    [
      'foreign model',
      [...four.slice(0, 3), { file: 'x.json', shard: { ...four[3]!.shard, model: 'other' } }],
      /^foreign shard x\.json \(shard 4\/4\): of model "other"/,
    ],
    [
      'foreign content',
      [
        ...four.slice(0, 3),
        { file: 'x.json', shard: { ...four[3]!.shard, fingerprint: 'sha256:0123456789abcdef' } },
      ],
      /foreign shard x\.json .*evaluated other content \(fingerprint 0123456789ab/,
    ],
    [
      'foreign eval settings',
      [
        ...four.slice(1),
        { file: 'x.json', shard: { ...four[0]!.shard, evalSettings: 'sha256:z' } },
      ],
      /foreign shard x\.json \(shard 1\/4\): measured by other eval settings/,
    ],
    [
      'another N',
      [...four.slice(0, 3), { file: 'x.json', shard: { ...four[3]!.shard, count: 5 } }],
      /foreign shard x\.json \(shard 4\/5\): one of 5 shards, not of 4/,
    ],
    // A shard that evaluated nothing would vanish from every weighted mean: refused.
    ...(
      [
        [0, /^x\.json \(shard 4\/4\) evaluated nothing \(n: 0\)$/],
        [-3, /^x\.json \(shard 4\/4\) evaluated nothing \(n: -3\)$/],
        [0.5, /^x\.json \(shard 4\/4\): "n" is 0\.5, not the number of examples it evaluated/],
        ['NaN', /^x\.json \(shard 4\/4\): "n" is "NaN", not the number/],
        [undefined, /^x\.json \(shard 4\/4\): "n" is missing/],
      ] as const
    ).map(([n, message]): [string, NamedShard[], RegExp] => {
      const metrics: Record<string, number | string> = { ...four[3]!.shard.metrics };
      if (n === undefined) delete metrics.n;
      else metrics.n = n;
      return [
        `n: ${String(n)}`,
        [...four.slice(0, 3), { file: 'x.json', shard: { ...four[3]!.shard, metrics } }],
        message,
      ];
    }),
  ];
  test.each(cases)('%s → eval failure (exit 3) naming the shard', (_name, shards, message) => {
    let error: unknown;
    try {
      checkShards(shards, expectation);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ kind: 'eval', message: expect.stringMatching(message) });
  });

  test('all four, in any order, pass', () => {
    expect(() => checkShards([...four].reverse(), { ...expectation, count: 4 })).not.toThrow();
  });
});

test.each(['0/4', '5/4', '2', 'a/b', '1/0', '-1/4'])('--shard %s is invalid (exit 2)', (arg) => {
  expect(() => parseShardArg(arg)).toThrow(/expected I\/N/);
});
