import { describe, expect, test } from '@jest/globals';
import { deflateSync } from 'node:zlib';
import { decodeSamples, encodeSamples } from '../../src/core/noise/codec.js';
import { pairById, parseSamples } from '../../src/core/noise/samples.js';

describe('parseSamples', () => {
  test.each([
    [
      'out/s.jsonl',
      '{"id":"a","correct":1,"f1":0.5}\n{"id":"b","correct":false,"f1":0.25}\n\n',
      { ids: ['a', 'b'], correct: [1, 0], f1: [0.5, 0.25] },
    ],
    [
      'out/s.csv',
      'id,correct\r\nx,1\r\ny,0\r\nz,1\r\n',
      { ids: ['x', 'y', 'z'], correct: [1, 0, 1] },
    ],
    ['out/s.txt', '{"id": 7, "loss": 1e-3}', { ids: ['7'], loss: [0.001] }],
    ['s.csv', '\ufeffcorrect,id\n1,"a,b"\n', { ids: ['a,b'], correct: [1] }],
  ])('%s', (source, text, expected) => {
    const s = parseSamples(source, text);
    const { ids, ...cols } = expected;
    expect(s.ids).toEqual(ids);
    for (const [name, values] of Object.entries(cols))
      expect(Array.from(s.columns[name] ?? [])).toEqual(values);
    expect(Object.keys(s.columns).sort()).toEqual(Object.keys(cols).sort());
  });

  test.each([
    ['s.csv', 'correct\n1\n', /no "id" column/],
    ['s.csv', 'id\na\n', /no metric column/],
    ['s.csv', 'id,correct\na,1\na,0\n', /row 2: id "a" appears twice/],
    ['s.csv', 'id,correct\na,yes\n', /row 1: "correct" is "yes", not a finite number/],
    // As in the metrics file: a JSON string is not a number, and CSV numbers are decimal.
    [
      's.jsonl',
      '{"id":"a","accuracy":"1"}\n',
      /line|row 1: "accuracy" is "1", not a finite number/,
    ],
    ['s.jsonl', '{"id":"a","f1":" 0.25"}\n', /row 1: "f1" is " 0.25", not a finite number/],
    ['s.csv', 'id,correct\na,0x1\n', /row 1: "correct" is "0x1", not a finite number/],
    ['s.csv', 'id,correct\na,Infinity\n', /row 1: "correct" is "Infinity", not a finite number/],
    ['s.csv', 'id,correct\na,0b1\n', /row 1: "correct" is "0b1", not a finite number/],
    ['s.csv', 'id,correct\na,\n', /row 1: "correct" is "", not a finite number/],
    ['s.jsonl', '{"id":"a","c":1}\n{"id":"b","d":1}\n', /row 2 has keys id, d/],
    ['s.jsonl', '{"id":"a","c":NaN}\n', /line 1 is not JSON/],
    ['s.jsonl', '{"id":"a","c":null}\n', /"c" is null/],
    ['s.jsonl', '[1,2]\n', /samples file s.jsonl: line 1 is not a JSON object|not JSON/],
    ['s.csv', '', /no header row/],
    ['s.csv', 'id,c\n', /no examples/],
    ['s.csv', 'id,c,c\na,1,1\n', /repeated/],
  ])('%s %j is refused', (source, text, message) => {
    expect(() => parseSamples(source, text)).toThrow(message);
    try {
      parseSamples(source, text);
    } catch (e) {
      expect((e as { kind: string }).kind).toBe('eval');
    }
  });
});

describe('pairById', () => {
  const cur = parseSamples('c.csv', 'id,m\na,1\nb,0\nc,1\n');
  test('matches examples by id whatever their order', () => {
    const base = parseSamples('b.csv', 'id,m\nc,0\na,0\nb,1\n');
    const p = pairById(cur, base, 'm');
    expect(p && Array.from(p.baseline)).toEqual([0, 1, 0]);
    expect(p && Array.from(p.current)).toEqual([1, 0, 1]);
  });
  test.each([
    ['other ids', 'id,m\na,0\nb,1\nd,1\n', 'm'],
    ['fewer examples', 'id,m\na,0\nb,1\n', 'm'],
    ['metric absent from the baseline', 'id,x\na,0\nb,1\nc,1\n', 'm'],
  ])('%s → null (unpaired)', (_what, text, metric) => {
    expect(pairById(cur, parseSamples('b.csv', text), metric)).toBeNull();
  });
});

describe('encodeSamples / decodeSamples', () => {
  test('round-trips ids, 0/1 columns and decimals exactly, other floats to float32', () => {
    const s = parseSamples(
      's.csv',
      'id,correct,loss,third\né,1,0.1,0.3333333333333333\n"x\ny",0,2.5,-1e-12\n\u0000,1,-7.000001,2\n',
    );
    const back = decodeSamples(encodeSamples(s), 'blob');
    expect(back.ids).toEqual(['é', 'x\ny', '\u0000']);
    expect(Array.from(back.columns.correct ?? [])).toEqual([1, 0, 1]);
    expect(Array.from(back.columns.loss ?? [])).toEqual([0.1, 2.5, -7.000001]);
    expect(Array.from(back.columns.third ?? [])).toEqual([
      Math.fround(1 / 3),
      Math.fround(-1e-12),
      2,
    ]);
  });

  test.each([
    ['wrong magic', new TextEncoder().encode('nope\n{}\n')],
    [
      'cut short',
      (() => {
        const s = parseSamples('s.csv', 'id,l\na,0.5\nb,0.25\n');
        const b = encodeSamples(s);
        return b.subarray(0, b.length - 3);
      })(),
    ],
  ])('%s is refused', (_what, bytes) => {
    expect(() => decodeSamples(bytes, 'refs/lepton/samples/m/1.0.0')).toThrow(
      /not a Lepton samples blob/,
    );
  });

  test('100,000 examples × three metrics cost well under 1 MB once compressed as git stores them', () => {
    const n = 100_000;
    let x = 12345;
    const rnd = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 4294967296;
    const rows = ['id,correct,f1,loss'];
    for (let i = 0; i < n; i++) {
      const c = rnd() < 0.9 ? 1 : 0;
      rows.push(
        `ex-${i},${c},${(0.5 + rnd() / 2).toFixed(4)},${(-Math.log(0.05 + rnd())).toFixed(6)}`,
      );
    }
    const encoded = encodeSamples(parseSamples('s.csv', rows.join('\n')));
    const stored = deflateSync(encoded).length; // git's loose objects and packs are zlib streams
    expect(stored).toBeLessThan(700_000);
    expect(decodeSamples(encoded, 'blob').ids[99_999]).toBe('ex-99999');
  });
});
