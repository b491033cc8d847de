// @e2e: every step runs the built CLI (runCli, through ./fixture.js), so it needs dist/.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monorepo, type Json, type Monorepo } from './fixture.js';

// A 4-shard eval merged equals the unsharded one (examples/monorepo: model-c declares
// eval.shards: 4; model-a declares none, so any N goes). Integer counts and min/max exactly,
// means to 1e-12.
let repo: Monorepo;
beforeAll(() => {
  repo = monorepo();
});
afterAll(() => repo.cleanup());

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const EXACT = ['n', 'correct', 'errors', 'min_margin', 'max_score'];
const MEANS = ['accuracy', 'brier'];

async function shards(model: string, count: number, dir: string): Promise<string[]> {
  const files: string[] = [];
  for (let i = 1; i <= count; i++) {
    const out = join(dir, `${model}-${i}.json`);
    const r = await repo.json(
      '-C',
      `models/${model}`,
      'eval',
      '--shard',
      `${i}/${count}`,
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ kind: 'lepton-shard', index: i, count, file: out });
    files.push(out);
  }
  return files;
}

describe.each(['a', 'c'])('model-%s: 4 shards merged = the unsharded eval', (model) => {
  let whole: Json;
  let merged: Json;
  let files: string[];
  beforeAll(async () => {
    files = await shards(model, 4, repo.dir + '/..');
    const m = await repo.json('-C', `models/${model}`, 'merge', ...files);
    expect(m.code).toBe(0);
    merged = m.json;
    const w = await repo.json('-C', `models/${model}`, 'eval', '--force');
    expect(w.code).toBe(0);
    whole = w.json;
  }, 60_000);

  test('same fingerprint, same verdict, not reused', () => {
    expect(merged.fingerprint).toBe(whole.fingerprint);
    expect(merged.passed).toBe(true);
    expect(merged.reused).toBe(false);
    expect(Object.keys(merged.metrics).sort()).toEqual(Object.keys(whole.metrics).sort());
  });
  test.each(EXACT)('%s: exactly (sum, min, max; n sums)', (metric) => {
    expect(merged.metrics[metric]).toBe(whole.metrics[metric]);
  });
  test.each(MEANS)('%s: mean weighted by n, to 1e-12', (metric) => {
    expect(Math.abs(merged.metrics[metric] - whole.metrics[metric])).toBeLessThanOrEqual(1e-12);
  });
  test('each shard saw a quarter of the rows', () => {
    const ns = files.map((f) => JSON.parse(readFileSync(f, 'utf8')).metrics.n);
    expect(ns.reduce((a: number, b: number) => a + b, 0)).toBe(whole.metrics.n);
    expect(Math.max(...ns) - Math.min(...ns)).toBeLessThanOrEqual(1);
  });
});

describe('bad shard sets are eval failures (exit 3) naming the shard', () => {
  let c: string[];
  let a: string[];
  beforeAll(async () => {
    c = await shards('c', 4, join(repo.dir, '..', 'bad'));
    a = await shards('a', 4, join(repo.dir, '..', 'bad'));
  }, 60_000);

  test.each([
    ['missing', () => [c[0], c[1], c[3]], 'shard 3/4 is missing'],
    ['repeated', () => [c[0], c[1], c[1], c[2], c[3]], 'shard 2/4 given more than once'],
    ["another model's", () => [c[0], c[1], c[2], a[3]], 'foreign shard'],
  ])('%s', async (_name, files, message) => {
    const list = files() as string[];
    const r = await repo.json('-C', 'models/c', 'merge', ...list);
    expect(r.code).toBe(3);
    expect(r.json.error.kind).toBe('eval');
    expect(r.json.error.message).toContain(message);
    if (_name === "another model's")
      expect(r.json.error.message).toContain(`${a[3]} (shard 4/4): of model "model-a"`);
  });

  test('a shard of other content (made before an edit) is foreign, and nothing is recorded', async () => {
    repo.edit('models/c/config.json', '"scale": 20', '"scale": 21');
    repo.commit('retune c');
    const r = await repo.json('-C', 'models/c', 'record', '--no-baseline', '--from-shards', ...c);
    expect(r.code).toBe(3);
    expect(r.json.error.message).toMatch(/^4 problems with the shards/);
    expect(r.json.error.details[0]).toMatch(
      /foreign shard .*c-1\.json \(shard 1\/4\): evaluated other content/,
    );
    expect(repo.git('tag', '-l', 'model-c@*')).toBe('');
    repo.git('reset', '-q', '--hard', 'HEAD~1');
  });

  // Trial finding: a shard reporting n: 0 (its slice of the data failed to load) was dropped
  // from every mean by merge, and the merged eval went green without it.
  test('a shard that evaluated nothing (n: 0) is refused when written, naming it', async () => {
    const r = await repo.json('-C', 'models/a', 'eval', '--shard', '1000/1000');
    expect(r.code).toBe(3);
    expect(r.json.error.kind).toBe('eval');
    expect(r.json.error.message).toBe('shard 1000/1000 evaluated nothing (n: 0)');
  });

  test.each([
    ['n: 0', 0, 'evaluated nothing (n: 0)'],
    ['n: -1', -1, 'evaluated nothing (n: -1)'],
    ['n: 2.5', 2.5, '"n" is 2.5, not the number of examples'],
    ['n: "NaN"', 'NaN', '"n" is "NaN", not the number of examples'],
  ])('a shard file saying %s is refused again by merge, naming the file', async (_, n, message) => {
    const edited = join(repo.dir, '..', 'bad', `c-3-edited-${String(n)}.json`);
    const shard = JSON.parse(readFileSync(c[2] as string, 'utf8'));
    shard.metrics.n = n;
    writeFileSync(edited, JSON.stringify(shard));
    const r = await repo.json(
      '-C',
      'models/c',
      'merge',
      ...([c[0], c[1], edited, c[3]] as string[]),
    );
    expect(r.code).toBe(3);
    expect(r.json.error.kind).toBe('eval');
    expect(r.json.error.message).toMatch(new RegExp(`^${escape(edited)} \\(shard 3/4\\):? `));
    expect(r.json.error.message).toContain(message);
  });

  test('a shard without n is refused when written', async () => {
    const script = join(repo.dir, 'models/b/eval.js');
    const before = readFileSync(script, 'utf8');
    writeFileSync(script, before.replace('  n,\n', ''));
    const r = await repo.json('-C', 'models/b', 'eval', '--shard', '1/2');
    expect(r.code).toBe(3);
    expect(r.json.error.message).toContain('the metrics must include "n"');
    writeFileSync(script, before);
  });
});

test('record --from-shards records exactly what the merged eval measured', async () => {
  const files = await shards('c', 4, join(repo.dir, '..', 'rec'));
  const status = await repo.json('-C', 'models/c', 'status');
  const r = await repo.json('-C', 'models/c', 'record', '--no-baseline', '--from-shards', ...files);
  expect(r.code).toBe(0);
  expect(r.json).toMatchObject({
    created: true,
    version: '0.1.0',
    tag: 'model-c@v0.1.0',
    reused: false,
    passed: true,
  });
  expect(r.json.fingerprint).toBe(status.json.fingerprint);
  const shown = await repo.json('-C', 'models/c', 'show');
  expect(shown.json.versions[0].metrics).toEqual(r.json.metrics);
  expect(shown.json.versions[0].metrics.n).toBe(40);
  expect(shown.json.versions[0].metrics.correct).toBe(40);
}, 60_000);
