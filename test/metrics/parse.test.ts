import { describe, expect, it } from '@jest/globals';
import { LeptonError } from '../../src/core/errors/index.js';
import { mergeMetrics, parseMetrics } from '../../src/core/metrics/index.js';

const plain = (r: object) => JSON.parse(JSON.stringify(r)) as unknown;

function evalError(work: () => unknown): LeptonError {
  try {
    work();
  } catch (e) {
    expect(e).toBeInstanceOf(LeptonError);
    expect((e as LeptonError).kind).toBe('eval');
    return e as LeptonError;
  }
  throw new Error('expected an eval error');
}

describe('JSON metrics', () => {
  it('flattens nested mappings and lists to dotted names', () => {
    const r = parseMetrics(
      'out/m.json',
      JSON.stringify({ accuracy: 0.93, eval: { f1: { macro: 0.9 } }, per_class: [0.8, 0.7] }),
    );
    expect(plain(r.values)).toEqual({
      accuracy: 0.93,
      'eval.f1.macro': 0.9,
      'per_class.0': 0.8,
      'per_class.1': 0.7,
    });
    expect(plain(r.nonNumeric)).toEqual({});
  });

  it("reads Python's NaN and Infinity as the non-finite numbers they are", () => {
    const r = parseMetrics('m.json', '{"a": NaN, "b": Infinity, "c": -Infinity, "d": 1}');
    expect(r.values.a).toBeNaN();
    expect(r.values.b).toBe(Infinity);
    expect(r.values.c).toBe(-Infinity);
    expect(r.values.d).toBe(1);
  });

  it('keeps non-numeric leaves apart, described', () => {
    const r = parseMetrics('m.json', '{"a": "high", "b": true, "c": null, "d": "0.5"}');
    expect(plain(r.values)).toEqual({});
    expect(plain(r.nonNumeric)).toEqual({
      a: 'a string ("high")',
      b: 'a boolean (true)',
      c: 'null',
      d: 'a string ("0.5")',
    });
  });

  it('treats names like __proto__ and constructor as ordinary metrics', () => {
    const r = parseMetrics('m.json', '{"__proto__": 1, "constructor": 2, "toString": {"x": 3}}');
    expect(Object.keys(r.values).sort()).toEqual(['__proto__', 'constructor', 'toString.x']);
    expect(r.values['__proto__']).toBe(1);
  });

  it('refuses two keys that flatten to one name', () => {
    const e = evalError(() => parseMetrics('m.json', '{"a.b": 1, "a": {"b": 2}}'));
    expect(e.message).toContain('"a.b" appears twice');
  });

  it('refuses malformed JSON with the parser’s reason', () => {
    const e = evalError(() => parseMetrics('out/m.json', '{"accuracy": 0.9,'));
    expect(e.message).toMatch(/^metrics file out\/m\.json is not valid JSON: /);
  });

  it('refuses a document that is not a mapping', () => {
    expect(evalError(() => parseMetrics('m.json', '[1, 2]')).message).toContain('found a list');
    expect(evalError(() => parseMetrics('m.json', '0.9')).message).toContain('found a number');
    expect(evalError(() => parseMetrics('m.json', 'null')).message).toContain('found nothing');
  });
});

describe('YAML metrics', () => {
  it('flattens and reads .nan/.inf', () => {
    const r = parseMetrics('m.yaml', 'accuracy: 0.9\nloss:\n  train: .nan\n  test: -.inf\n');
    expect(r.values.accuracy).toBe(0.9);
    expect(r.values['loss.train']).toBeNaN();
    expect(r.values['loss.test']).toBe(-Infinity);
  });

  it('refuses duplicate keys and broken syntax', () => {
    expect(evalError(() => parseMetrics('m.yml', 'a: 1\na: 2\n')).message).toContain(
      'is not valid YAML',
    );
    expect(evalError(() => parseMetrics('m.yml', 'a: [1, 2\n')).message).toContain(
      'is not valid YAML',
    );
  });
});

describe('CSV metrics', () => {
  it('reads metric,value rows with a header', () => {
    const r = parseMetrics('m.csv', 'metric,value\naccuracy,0.93\nf1,0.9\n');
    expect(plain(r.values)).toEqual({ accuracy: 0.93, f1: 0.9 });
  });

  it('reads rows without a header, quoted names, spaces and blank lines', () => {
    const r = parseMetrics('m.csv', 'accuracy, 0.93\n\n"a, b",1e-3\nloss,nan\n');
    expect(r.values.accuracy).toBe(0.93);
    expect(r.values['a, b']).toBe(0.001);
    expect(r.values.loss).toBeNaN();
  });

  it('keeps non-numeric values apart (and does not take them for a header after row 1)', () => {
    const r = parseMetrics('m.csv', 'accuracy,0.9\nname,resnet\n');
    expect(plain(r.nonNumeric)).toEqual({ name: 'a string ("resnet")' });
  });

  it('reads TSV by its extension', () => {
    expect(plain(parseMetrics('m.tsv', 'accuracy\t0.5\n').values)).toEqual({ accuracy: 0.5 });
  });

  it('refuses rows of the wrong width, unterminated quotes and duplicates', () => {
    expect(evalError(() => parseMetrics('m.csv', 'a,1\nb,2,3\n')).message).toContain(
      'row 2 has 3 column(s)',
    );
    expect(evalError(() => parseMetrics('m.csv', 'a,"1\n')).message).toContain('is not valid CSV');
    expect(evalError(() => parseMetrics('m.csv', 'a,1\na,2\n')).message).toContain(
      '"a" appears twice',
    );
  });
});

describe('unknown extensions', () => {
  it('reads a mapping as YAML/JSON and anything else as CSV', () => {
    expect(plain(parseMetrics('metrics.out', '{"a": 1}').values)).toEqual({ a: 1 });
    expect(plain(parseMetrics('metrics.out', 'a: 2').values)).toEqual({ a: 2 });
    expect(plain(parseMetrics('metrics', 'a,3\nb,4').values)).toEqual({ a: 3, b: 4 });
  });
});

describe('several files', () => {
  it('merges them and refuses a name found in two, naming both files', () => {
    const a = { source: 'a.json', metrics: parseMetrics('a.json', '{"x": 1, "y": 2}') };
    const b = { source: 'b.csv', metrics: parseMetrics('b.csv', 'z,3') };
    expect(plain(mergeMetrics([a, b]).values)).toEqual({ x: 1, y: 2, z: 3 });
    const c = { source: 'c.yaml', metrics: parseMetrics('c.yaml', 'y: "two"') };
    const e = evalError(() => mergeMetrics([a, b, c]));
    expect(e.details).toEqual(['"y" in a.json and c.yaml']);
  });
});

describe('.json is strict JSON (RFC 8259) plus Python’s NaN/Infinity', () => {
  it.each([
    ['{"a": 0x1}', /"0x1" is not a JSON number at 1:7$/],
    ['{"a": 09}', /"09" is not a JSON number at 1:7$/],
    ['{"a": .5}', /"\.5" is not a JSON number at 1:7$/],
    ['{"a": +0.9}', /"\+0\.9" is not a JSON number at 1:7$/],
    ['{"a": 5.}', /"5\." is not a JSON number at 1:7$/],
    ['{"a": -}', /unexpected "-", expected a value at 1:7$/],
    ['{"a": 1,}', /expected a key .* at 1:9$/],
    ['{"a": [1,]}', /unexpected "]", expected a value at 1:10$/],
    [
      '{"a": 1} // note',
      /unexpected "\/", expected the end of the file after the JSON value at 1:10$/,
    ],
    ['{a: 1}', /unexpected "a", expected a key/],
    ['{"a": "x\u0001"}', /a control character in a string at 1:9$/],
    ['{"a": "\\x"}', /a bad escape in a string at 1:8$/],
    ['{"a": "x}', /a string with no closing quote/],
    ['{"a": inf}', /unexpected "inf", expected a value/],
    ['{"a": NaNx}', /unexpected "NaNx", expected a value/],
    ['{"a"\n: 1, "b":\n  TRUE}', /unexpected "TRUE", expected a value at 3:3$/],
    ['', /unexpected end of file, expected a value at 1:1$/],
  ])('%j is refused', (text, message) => {
    const e = evalError(() => parseMetrics('m.json', text));
    expect(e.message).toMatch(/^metrics file m\.json is not valid JSON: /);
    expect(e.message).toMatch(message);
  });

  it.each([
    ['{"a": 0, "b": -0.5e-3, "c": 1E+2, "d": [true, false, null]}', { a: 0, b: -0.0005, c: 100 }],
    ['\ufeff {"a": NaN, "b": -Infinity}\n', { a: NaN, b: -Infinity }],
    [
      '{"a": 9007199254740992, "b": -9007199254740992, "c": 18014398509481984}',
      { a: 2 ** 53, b: -(2 ** 53), c: 2 ** 54 },
    ],
    ['{"a": 9007199254740993.5, "b": 1e400}', { a: 9007199254740994, b: Infinity }],
    ['{"a": "\\u00e9\\n", "b": 1}', { b: 1 }],
  ])('%j is read', (text, values) => {
    const r = parseMetrics('m.json', text);
    expect(r.values).toEqual(values);
  });

  it.each([
    ['m.json', '{"a": {"b": [0, 9007199254740993]}}', 'a.b.1', '9007199254740993 (at 1:17)'],
    ['m.json', '{"n": -12345678901234567890}', 'n', '-12345678901234567890 (at 1:7)'],
    ['m.yaml', 'a:\n  n: 9007199254740993\n', 'a.n', '9007199254740993'],
    ['m.csv', 'metric,value\nn,+9007199254740993\n', 'n', '+9007199254740993'],
    ['m.csv', 'n,c\n9007199254740995,1\n', 'n', '9007199254740995'],
  ])('%s %j: an integer a double cannot hold exactly is refused', (source, text, metric, shown) => {
    const e = evalError(() => parseMetrics(source, text));
    expect(e.message).toBe(
      `metrics file ${source}: metric "${metric}" is ${shown}, an integer beyond 2^53 that a double cannot hold exactly (it would read as ${String(Number(shown.split(' ')[0]))})`,
    );
  });

  it('nesting deeper than 64 containers is refused, not a stack overflow', () => {
    const deep = '{"a": ' + '['.repeat(100000) + ']'.repeat(100000) + '}';
    expect(evalError(() => parseMetrics('m.json', deep)).message).toBe(
      'metrics file m.json: nested deeper than 64 levels',
    );
  });
});
