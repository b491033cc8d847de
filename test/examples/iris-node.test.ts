import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkOf, exampleRepo, type ExampleRepo, type Json } from './example-repo.js';

const MODEL = 'iris-knn';
const ALL_FEATURES = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'];

/**
 * examples/iris-node end to end through the built CLI, from a subfolder of the repository:
 * record, a config change that hurts, the failing gate, a fix, the diff, promotions.
 * Each step builds on the previous one, as a model's history does.
 */
describe('examples/iris-node through the CLI', () => {
  let repo: ExampleRepo;
  let first: Json;
  let second: Json;

  beforeAll(() => {
    repo = exampleRepo('iris-node', 'models/iris');
  });
  afterAll(() => repo.cleanup());

  it('validates', async () => {
    const r = await repo.lepton('validate');
    expect(r.code).toBe(0);
  });

  it('records v0.1.0 with the metrics the eval wrote, and pushes its tag', async () => {
    const r = await repo.leptonJson('record', '--push');
    expect(r.code).toBe(0);
    first = r.json;
    expect(first).toMatchObject({ model: MODEL, version: '0.1.0', created: true, passed: true });
    expect(first.tag).toBe(`${MODEL}@v0.1.0`);
    // Nested keys flatten; every number comes from the file this run of the eval wrote.
    expect(Object.keys(first.metrics)).toEqual(
      expect.arrayContaining(['accuracy', 'f1_macro', 'recall.setosa', 'latency_ms.p95']),
    );
    expect(first.metrics).toEqual(repo.metricsFile());
    expect(repo.remoteTags()).toContain(`${MODEL}@v0.1.0`);
  });

  it('records nothing new when nothing changed', async () => {
    const r = await repo.leptonJson('record');
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ version: '0.1.0', created: false });
  });

  it('refuses to record a config that differs from HEAD, naming the file', async () => {
    repo.editConfig({ k: 5 });
    const r = await repo.lepton('record');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('config/model.json');
    repo.git('checkout', '--', '.');
  });

  it('fails the gate when the config drops the petal measurements', async () => {
    repo.git('switch', '-q', '-c', 'sepals-only');
    repo.editConfig({ features: ['sepal_length', 'sepal_width'] });
    repo.commit('sepals only');
    const r = await repo.leptonJson('eval');
    expect(r.code).toBe(1);
    const ev = r.json;
    expect(ev).toMatchObject({ passed: false, reused: false, baseline: { version: '0.1.0' } });
    expect(ev.changed).toEqual({ components: ['config'], data: [] });
    expect(ev.metrics.accuracy).toBeLessThan(first.metrics.accuracy);
    expect(checkOf(ev.checks, 'accuracy', 'min')).toMatchObject({ passed: false, bound: 0.9 });
    // The relative bound is measured against the baseline's recorded value.
    expect(checkOf(ev.checks, 'f1_macro', 'max_drop')).toMatchObject({
      passed: false,
      baseline: first.metrics.f1_macro,
      actual: ev.metrics.f1_macro,
    });
    expect(checkOf(ev.checks, 'latency_ms.p95', 'max').level).toBe('warn');
  });

  it('records the fix as v0.2.0 (a component changed: minor)', async () => {
    repo.editConfig({ features: ALL_FEATURES, k: 9 });
    repo.commit('all features, k=9');
    const r = await repo.leptonJson('record', '--push');
    expect(r.code).toBe(0);
    second = r.json;
    expect(second).toMatchObject({ version: '0.2.0', created: true, passed: true });
    expect(second.changed).toEqual({ components: ['config'], data: [] });
    expect(second.metrics).toEqual(repo.metricsFile());
  });

  it('diffs v0.1.0 against the latest version', async () => {
    const r = await repo.leptonJson('diff', 'v0.1.0');
    expect(r.code).toBe(0);
    expect(r.json.a).toMatchObject({ version: '0.1.0', tag: `${MODEL}@v0.1.0` });
    expect(r.json.b).toMatchObject({ version: '0.2.0', tag: `${MODEL}@v0.2.0` });
    const accuracy = r.json.metrics.find((m: Json) => m.metric === 'accuracy');
    expect(accuracy.a).toBe(first.metrics.accuracy);
    expect(accuracy.b).toBe(second.metrics.accuracy);
    expect(accuracy.change).toBeCloseTo(second.metrics.accuracy - first.metrics.accuracy, 10);
    expect(accuracy.relative).toBeCloseTo(accuracy.change / first.metrics.accuracy, 10);
  });

  it('refuses production before staging, then promotes through both', async () => {
    const early = await repo.leptonJson('promote', '0.2.0', 'production', '--push');
    expect(early.code).toBe(1);
    expect(early.json).toMatchObject({ promoted: false, tag: null });

    const staging = await repo.leptonJson('promote', '0.2.0', 'staging', '--push');
    expect(staging.code).toBe(0);
    expect(staging.json.tag).toMatch(new RegExp(`^${MODEL}#staging#\\d+$`));

    const production = await repo.leptonJson('promote', `${MODEL}@v0.2.0`, 'production', '--push');
    expect(production.code).toBe(0);
    expect(production.json.tag).toMatch(new RegExp(`^${MODEL}#production#\\d+$`));
    // production's own bound, on top of the eval's 0.9.
    expect(checkOf(production.json.checks, 'accuracy', 'min', 0.97).passed).toBe(true);
    expect(repo.remoteTags()).toEqual(
      expect.arrayContaining([staging.json.tag, production.json.tag]),
    );
  });

  it("refuses v0.1.0 for production: below production's accuracy bound", async () => {
    const tags = repo.remoteTags();
    const r = await repo.leptonJson('promote', '0.1.0', 'production', '--push');
    expect(r.code).toBe(1);
    expect(r.json).toMatchObject({ promoted: false, tag: null });
    expect(checkOf(r.json.checks, 'accuracy', 'min', 0.9).passed).toBe(true);
    expect(checkOf(r.json.checks, 'accuracy', 'min', 0.97)).toMatchObject({
      passed: false,
      actual: first.metrics.accuracy,
    });
    expect(repo.remoteTags().sort()).toEqual(tags.sort());
  });

  it('shows both versions newest first and who holds each stage', async () => {
    const r = await repo.leptonJson('show');
    expect(r.code).toBe(0);
    expect(r.json.versions.map((v: Json) => v.version)).toEqual(['0.2.0', '0.1.0']);
    expect(r.json.versions[0].stages.sort()).toEqual(['production', 'staging']);
    expect(r.json.stages.production).toMatchObject({ version: '0.2.0' });
  });
});
