import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkOf, exampleRepo, type ExampleRepo, type Json } from './example-repo.js';

const MODEL = 'iris-bayes';

/**
 * examples/python-stdlib end to end through the built CLI, with the eval in Python: here a
 * version that fails its thresholds is recorded anyway (exit 1) and then cannot be promoted.
 */
describe('examples/python-stdlib through the CLI', () => {
  let repo: ExampleRepo;
  let first: Json;
  let failing: Json;

  beforeAll(() => {
    repo = exampleRepo('python-stdlib', 'ml/bayes');
  });
  afterAll(() => repo.cleanup());

  it('records v0.1.0 from the metrics evaluate.py wrote', async () => {
    const r = await repo.leptonJson('record', '--push');
    expect(r.code).toBe(0);
    first = r.json;
    expect(first).toMatchObject({ model: MODEL, version: '0.1.0', created: true, passed: true });
    expect(first.metrics).toEqual(repo.metricsFile());
    expect(first.metrics['recall.virginica']).toBeDefined();
    // The eval's env keeps Python from writing bytecode beside the hashed code.
    expect(existsSync(join(repo.modelDir, 'lepton_iris/__pycache__'))).toBe(false);
  });

  it('records a version that fails its thresholds, with exit 1 and passed false', async () => {
    repo.editConfig({ features: ['sepal_width'] });
    repo.commit('only the sepal width');
    const r = await repo.leptonJson('record', '--push');
    expect(r.code).toBe(1);
    failing = r.json;
    expect(failing).toMatchObject({ version: '0.2.0', created: true, passed: false });
    expect(failing.baseline).toMatchObject({ version: '0.1.0' });
    expect(checkOf(failing.checks, 'accuracy', 'min').passed).toBe(false);
    expect(checkOf(failing.checks, 'f1_macro', 'max_drop')).toMatchObject({
      passed: false,
      baseline: first.metrics.f1_macro,
    });
    expect(repo.remoteTags()).toContain(`${MODEL}@v0.2.0`);
  });

  it('refuses to promote the failing version', async () => {
    const r = await repo.leptonJson('promote', '0.2.0', 'staging', '--push');
    expect(r.code).toBe(1);
    expect(r.json).toMatchObject({ promoted: false, tag: null });
    expect(repo.remoteTags().some((t) => t.startsWith(`${MODEL}#`))).toBe(false);
  });

  it('records the fix as v0.3.0 and diffs it against the failing version', async () => {
    repo.editConfig({ features: ['petal_length', 'petal_width'] });
    repo.commit('petal measurements only');
    const r = await repo.leptonJson('record', '--push');
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ version: '0.3.0', created: true, passed: true });

    const d = await repo.leptonJson('diff', '0.2.0', '0.3.0');
    expect(d.code).toBe(0);
    const accuracy = d.json.metrics.find((m: Json) => m.metric === 'accuracy');
    expect(accuracy).toMatchObject({ a: failing.metrics.accuracy, b: r.json.metrics.accuracy });
    expect(accuracy.change).toBeGreaterThan(0);
  });

  it('promotes v0.3.0 to staging, then production', async () => {
    const staging = await repo.leptonJson('promote', 'v0.3.0', 'staging', '--push');
    expect(staging.code).toBe(0);
    const production = await repo.leptonJson('promote', 'v0.3.0', 'production', '--push');
    expect(production.code).toBe(0);
    const show = await repo.leptonJson('show');
    expect(show.json.versions.map((v: Json) => [v.version, v.passed])).toEqual([
      ['0.3.0', true],
      ['0.2.0', false],
      ['0.1.0', true],
    ]);
    expect(show.json.stages).toMatchObject({
      staging: { version: '0.3.0' },
      production: { version: '0.3.0' },
    });
  });
});
