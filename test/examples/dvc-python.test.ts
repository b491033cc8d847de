import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { makeRepo, PROJECT, runCli, type TestRepo } from '../helpers/repo.js';
import { checkOf, type Json } from './example-repo.js';

const MODEL = 'iris-softmax';
const FOLDER = 'ml/iris';
const SOURCE = join(PROJECT, 'examples/dvc-python');

/**
 * examples/dvc-python end to end through the built CLI: the DVC-shaped project as a user has it
 * after `dvc pull` (the data on disk, ignored by git, its pointer committed), first with the
 * manifest `lepton init` writes and no hand edits, then with the shipped one and its thresholds.
 */
describe('examples/dvc-python through the CLI', () => {
  let repo: TestRepo;
  const modelDir = () => join(repo.dir, FOLDER);
  const lepton = (...args: string[]) => runCli(repo.dir, ['-C', FOLDER, ...args]);
  const leptonJson = async (...args: string[]) => {
    const r = await lepton(...args, '--json');
    let json: Json;
    try {
      json = JSON.parse(r.stdout);
    } catch {
      throw new Error(`lepton ${args.join(' ')}: exit ${r.code}\n${r.stdout}\n${r.stderr}`);
    }
    return { code: r.code, json, stderr: r.stderr };
  };
  const metricsFile = () =>
    JSON.parse(readFileSync(join(modelDir(), 'eval/metrics.json'), 'utf8')) as Json;

  beforeAll(() => {
    repo = makeRepo();
    cpSync(SOURCE, modelDir(), {
      recursive: true,
      // What a run leaves behind never enters the copy.
      filter: (src) =>
        !/(^|[\\/])(__pycache__|prepared|plots|model\.json)$/.test(relative(SOURCE, src)),
    });
    rmSync(join(modelDir(), 'lepton.yml'));
    repo.commit('a DVC project');
    repo.git('push', '-q', '-u', 'origin', 'main');
  });
  afterAll(() => repo.cleanup());

  it('is laid out as after `dvc pull`: the data on disk and ignored, its pointer committed', () => {
    expect(existsSync(join(modelDir(), 'data/iris.csv'))).toBe(true);
    expect(
      repo
        .git('ls-files', FOLDER + '/data')
        .trim()
        .split('\n'),
    ).toEqual([`${FOLDER}/data/.gitignore`, `${FOLDER}/data/iris.csv.dvc`]);
  });

  it('init writes a manifest from dvc.yaml that validates, with no hand edits', async () => {
    const r = await leptonJson('init');
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({
      model: MODEL,
      dvc: true,
      components: { code: ['src/**'], config: ['params.yaml'] },
      data: { iris: ['data/iris.csv.dvc'] },
      eval: {
        command: 'python3 src/prepare.py && python3 src/train.py && python3 src/evaluate.py',
        metrics: ['eval/metrics.json'],
      },
    });
    expect(r.json.metricNames).toEqual(expect.arrayContaining(['test.accuracy', 'step']));
    expect(r.json.guessed).toEqual([]);
    expect((await lepton('validate')).code).toBe(0);
    repo.commit('lepton init');
  });

  it('records v0.1.0 from the metrics evaluate.py wrote, nested keys flattened', async () => {
    const r = await leptonJson('record', '--push');
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ model: MODEL, version: '0.1.0', created: true, passed: true });
    const file = metricsFile();
    expect(r.json.metrics['test.accuracy']).toBe(file.test.accuracy);
    expect(r.json.metrics['test.recall.virginica']).toBe(file.test.recall.virginica);
    expect(r.json.metrics.step).toBe(200);
    expect(r.json.metrics['test.accuracy']).toBeGreaterThan(0.9);
    expect(existsSync(join(modelDir(), 'src/__pycache__'))).toBe(false);
    expect(repo.git('ls-remote', '--tags', 'origin')).toContain(`refs/tags/${MODEL}@v0.1.0`);
  });

  it('eval on the same content reuses the recorded metrics and passes', async () => {
    const r = await leptonJson('eval');
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({
      passed: true,
      reused: true,
      baseline: { version: '0.1.0' },
      changed: { components: [], data: [] },
    });
  });

  it('versions the data by its pointer: the pulled file is never read for the fingerprint', async () => {
    const before = (await leptonJson('status')).json;
    writeFileSync(
      join(modelDir(), 'data/iris.csv'),
      readFileSync(join(modelDir(), 'data/iris.csv'), 'utf8').replace('5.1,3.5', '5.1,3.6'),
    );
    const after = (await leptonJson('status')).json;
    expect(after.data.iris).toEqual(before.data.iris);
    expect(after.fingerprint).toBe(before.fingerprint);
    cpSync(join(SOURCE, 'data/iris.csv'), join(modelDir(), 'data/iris.csv'));
  });

  it('with the shipped thresholds, too few epochs fails the gate on test.accuracy', async () => {
    cpSync(join(SOURCE, 'lepton.yml'), join(modelDir(), 'lepton.yml'));
    const params = join(modelDir(), 'params.yaml');
    writeFileSync(params, readFileSync(params, 'utf8').replace('epochs: 200', 'epochs: 2'));
    repo.commit('shipped thresholds; two epochs');
    const r = await leptonJson('eval');
    expect(r.code).toBe(1);
    // The shipped manifest adds eval.timeout and eval.env to init's: the eval settings changed too.
    expect(r.json.changed).toEqual({ components: ['config'], data: [], eval: true });
    expect(checkOf(r.json.checks, 'test.accuracy', 'min')).toMatchObject({
      passed: false,
      actual: metricsFile().test.accuracy,
    });
    expect(metricsFile().test.accuracy).toBeLessThan(0.9);
  });
});
