import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { LeptonError } from '../../src/core/errors/index.js';
import { parseMetrics } from '../../src/core/metrics/index.js';

/**
 * The metrics reader's whole promise (issue 22, "no internal error, ever"): for
 * any text, a value or a LeptonError of kind `eval`. The property returns a
 * boolean so the hot loop holds no `expect`; a counterexample is shown whole.
 */
function readsOrRefuses(source: string, text: string): boolean {
  try {
    const r = parseMetrics(source, text);
    return (
      typeof r.values === 'object' &&
      typeof r.nonNumeric === 'object' &&
      Object.keys(r.nonNumeric).every((k) => k in r.nonNumericValues)
    );
  } catch (e) {
    return e instanceof LeptonError && e.kind === 'eval';
  }
}

const FILES = ['m.json', 'm.yaml', 'm.csv', 'm.tsv', 'metrics'];
const source = fc.constantFrom(...FILES);

const syntax = (chars: string) =>
  fc.string({ unit: fc.constantFrom(...chars.split('')), maxLength: 200 });
const jsonish = syntax('{}[]:,"\\ \n0123456789.eE+-abnultrfNaInfy');
const yamlish = syntax('ab: -\n\t[]{},#&*!|>\'"%@`?~0.1e5<<=');
const csvish = syntax('ab,\t\n\r"0123456789.-eEnaifNI =');

/** Mutations of a valid text: delete, duplicate or replace a slice. */
function mutated(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      valid,
      fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.string({ maxLength: 4 })), { maxLength: 4 }),
    )
    .map(([text, edits]) => {
      let t = text;
      for (const [at, len, insert] of edits) {
        const i = t.length ? at % t.length : 0;
        t = t.slice(0, i) + insert + t.slice(i + len);
      }
      return t;
    });
}

const metricName = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('acc', 'f1', 'a.b', '__proto__', 'constructor', '0.5', 'NaN', ''),
);
const leaf = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 10 }),
  fc.constantFrom('NaN', 'Infinity', '-inf', '.nan', '1e999', '0x10'),
);
const metricsTree = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(metricName, tie('node'), { maxKeys: 5 }),
  ),
})).node;

const validJson = metricsTree.map((v) => JSON.stringify(v) ?? 'null');
const validYaml = metricsTree.map((v) => stringify(v));
const cell = fc.oneof(fc.double().map(String), metricName, fc.constantFrom('', 'nan', '"a,b"'));
const validCsv = fc.oneof(
  fc
    .array(fc.tuple(metricName, cell), { maxLength: 6 })
    .map((rows) => rows.map(([n, v]) => `${JSON.stringify(n)},${v}`).join('\n')),
  fc
    .array(fc.tuple(metricName, cell), { minLength: 1, maxLength: 6 })
    .map(
      (cols) =>
        `${cols.map(([n]) => JSON.stringify(n)).join(',')}\n${cols.map(([, v]) => v).join(',')}`,
    ),
);

const RUNS = { numRuns: 600 };

describe('metrics files: a value or an eval error, never an internal error', () => {
  it.each([
    ['random JSON-like text', jsonish],
    ['random YAML-like text', yamlish],
    ['random CSV-like text', csvish],
    ['any unicode text', fc.string({ unit: 'binary', maxLength: 100 })],
  ])('%s, read as every format', (_name, text) => {
    fc.assert(fc.property(source, text, readsOrRefuses), RUNS);
  });

  it.each([
    ['JSON', 'm.json', validJson],
    ['YAML', 'm.yaml', validYaml],
    ['CSV', 'm.csv', validCsv],
  ])('valid %s, as written and mutated', (_name, file, valid) => {
    fc.assert(
      fc.property(valid, (t) => readsOrRefuses(file, t)),
      RUNS,
    );
    fc.assert(
      fc.property(mutated(valid), (t) => readsOrRefuses(file, t)),
      RUNS,
    );
    fc.assert(fc.property(source, mutated(valid), readsOrRefuses), RUNS);
  });

  it('hostile shapes: alias bombs, deep nesting, huge numbers, binary tags', () => {
    const bomb = ['a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]'];
    for (const x of 'bcdefgh')
      bomb.push(
        `${x}: &${x} [${Array(9)
          .fill(`*${String.fromCharCode(x.charCodeAt(0) - 1)}`)
          .join(', ')}]`,
      );
    const cases: [string, string][] = [
      ['m.yaml', bomb.join('\n')],
      ['m.yaml', 'a: *nope'],
      ['m.yaml', '&a a: [*a]'],
      [
        'm.yaml',
        'a: !!binary aGVsbG8=\nb: !!set {x, y}\nc: !!omap [{x: 1}]\nd: !!timestamp 2001-12-14',
      ],
      ['m.yaml', '? [a, b]\n: 1'],
      ['m.json', '['.repeat(5000) + ']'.repeat(5000)],
      ['m.json', `{"a": ${'{"a": '.repeat(200)}1${'}'.repeat(200)}}`],
      ['m.yaml', `${'- '.repeat(500)}1`],
      ['m.json', '{"a": 1e999, "b": -1e999, "c": 123456789012345678901234567890}'],
      ['m.csv', 'a,b\n' + '1,2\n'.repeat(10_000)],
      ['m.json', '\uFEFF{"a": 1}'],
      ['m.csv', '\uFEFFmetric,value\na,1'],
    ];
    const bad = cases.filter(([file, text]) => !readsOrRefuses(file, text));
    expect(bad).toEqual([]);
  });
});
