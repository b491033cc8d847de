import { afterEach, describe, expect, it } from '@jest/globals';
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import { fixtureRepo, lepton, selectedFiles } from './fixture.js';

// The CLI's JSON is read field by field; `any` keeps the reads short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

async function initJson(r: TestRepo, folder: string, ...args: string[]): Promise<Json> {
  const res = await lepton(r, folder, 'init', ...args, '--json');
  if (res.code !== 0) throw new Error(`init exit ${res.code}: ${res.stderr}`);
  return JSON.parse(res.stdout);
}

/** init's manifest passes validate as written, and status hashes it (exit 0). */
async function validAndHashed(r: TestRepo, folder = '.'): Promise<Json> {
  const v = await lepton(r, folder, 'validate');
  expect({ code: v.code, stderr: v.stderr }).toEqual({
    code: 0,
    stderr: expect.stringContaining('OK'),
  });
  const s = await lepton(r, folder, 'status', '--json');
  expect({ code: s.code, stderr: s.stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(s.stdout);
}

type Step = { uses?: string; run?: string; with?: Record<string, string> };
type Workflow = {
  permissions: Record<string, string>;
  concurrency: { group: string };
  jobs: Record<string, { steps: Step[]; defaults?: { run: { 'working-directory': string } } }>;
};

/** Parses with GitHub's own parser (no errors) and returns the document. */
async function workflow(r: TestRepo, path: string): Promise<Workflow> {
  const content = readFileSync(join(r.dir, path), 'utf8');
  const result = parseWorkflow({ name: path, content }, new NoOperationTraceWriter());
  expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  const template = await convertWorkflowTemplate(result.context, result.value!);
  expect((template.errors ?? []).map((e) => e.Message)).toEqual([]);
  return parse(content) as Workflow;
}

const steps = (w: Workflow) => Object.values(w.jobs)[0]!.steps;
const stepIndex = (w: Workflow, test: (s: Step) => boolean) => steps(w).findIndex(test);

describe('lepton init on a DVC get-started layout', () => {
  it('takes stages, params, the .dvc pointer, the metrics and the GTO name from dvc.yaml', async () => {
    repo = fixtureRepo('dvc-get-started');
    const j = await initJson(repo, '.', '--workflows');
    expect(j).toMatchObject({
      model: 'text-classification',
      language: 'python',
      dvc: true,
      components: { code: ['src/**'], config: ['params.yaml'] },
      data: { data: ['data/data.xml.dvc'] },
      eval: {
        command:
          'python src/prepare.py data/data.xml && python src/featurization.py data/prepared data/features && python src/train.py data/features model.pkl && python src/evaluate.py model.pkl data/features',
        metrics: ['eval/metrics.json'],
      },
      metricNames: ['avg_prec.train', 'avg_prec.test', 'roc_auc.train', 'roc_auc.test'],
    });
    expect(j.files.map((f: Json) => f.path)).toEqual([
      'lepton.yml',
      '.github/workflows/lepton-pr.yml',
      '.github/workflows/lepton-record.yml',
      '.github/workflows/lepton-promote.yml',
    ]);
    expect(j.guessed).toEqual(['Python 3.12 in the workflows (no .python-version says otherwise)']);

    const status = await validAndHashed(repo);
    expect(await selectedFiles(repo)).toEqual({
      components: {
        code: [
          'src/evaluate.py',
          'src/featurization.py',
          'src/prepare.py',
          'src/requirements.txt',
          'src/train.py',
        ],
        config: ['params.yaml'],
      },
      // The pointer, never data/data.xml (on disk, ignored by git as `dvc add` leaves it).
      data: { data: ['data/data.xml.dvc'] },
    });
    expect(status.components.code.files).toBe(5);

    // The thresholds are suggestions: commented out, with the names the metrics file holds.
    const text = readFileSync(join(repo.dir, 'lepton.yml'), 'utf8');
    expect(text).toContain("#   avg_prec.test: { min: 0.92, max_drop: '2%' }");
    expect(text).toContain("#   roc_auc.test:  { min: 0.94, max_drop: '2%' }");
    // The held-out split is the one to gate: no suggestion for the training scores.
    expect(text).not.toMatch(/#\s+\w+\.train:/);
    expect(parse(text).eval.thresholds).toBeUndefined();
    expect(text).toContain('#   paths: [model.pkl]');
  });

  it('writes workflows with setup-python, pip install and dvc pull before the Action', async () => {
    repo = fixtureRepo('dvc-get-started');
    await initJson(repo, '.', '--workflows');
    const pr = await workflow(repo, '.github/workflows/lepton-pr.yml');
    expect(pr.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(pr.concurrency.group).toMatch(/pull_request\.number/);
    const python = stepIndex(pr, (s) => s.uses === 'actions/setup-python@v5');
    const pip = stepIndex(pr, (s) => s.run === 'pip install -r src/requirements.txt');
    const pull = stepIndex(pr, (s) => s.run === 'dvc pull');
    const action = stepIndex(pr, (s) => s.uses === 'lepton-ci/lepton@v1');
    expect([python, pip, pull, action].every((i) => i > 0)).toBe(true);
    expect(python < pip && pip < pull && pull < action).toBe(true);
    // No Node setup: the Action runs on the runner's own Node.
    expect(steps(pr).some((s) => s.uses?.startsWith('actions/setup-node'))).toBe(false);

    const record = await workflow(repo, '.github/workflows/lepton-record.yml');
    expect(record.permissions).toEqual({ contents: 'write' });
    expect(stepIndex(record, (s) => s.run === 'dvc pull')).toBeGreaterThan(0);
    const promote = await workflow(repo, '.github/workflows/lepton-promote.yml');
    expect(promote.permissions).toEqual({ contents: 'write' });
    // Promotion reads recorded metrics: nothing to install, no data to pull.
    expect(steps(promote).map((s) => s.uses ?? s.run)).toEqual([
      'actions/checkout@v5',
      'lepton-ci/lepton@v1',
    ]);
    expect(promote.concurrency.group).toBe('lepton-promote');
  });

  it('never overwrites without --force, and writes nothing when one file exists', async () => {
    repo = fixtureRepo('dvc-get-started');
    repo.write({ '.github/workflows/lepton-record.yml': 'mine\n' });
    const refused = await lepton(repo, '.', 'init', '--workflows');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      '.github/workflows/lepton-record.yml already exists; nothing was written',
    );
    expect(existsSync(join(repo.dir, 'lepton.yml'))).toBe(false);
    expect(existsSync(join(repo.dir, '.github/workflows/lepton-pr.yml'))).toBe(false);
    expect(readFileSync(join(repo.dir, '.github/workflows/lepton-record.yml'), 'utf8')).toBe(
      'mine\n',
    );

    const forced = await initJson(repo, '.', '--workflows', '--force');
    expect(forced.files).toContainEqual({
      path: '.github/workflows/lepton-record.yml',
      replaced: true,
    });
    expect(forced.files).toContainEqual({ path: 'lepton.yml', replaced: false });

    // A second init finds its own manifest there.
    writeFileSync(join(repo.dir, 'lepton.yml'), '# edited\n');
    const again = await lepton(repo, '.', 'init');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('lepton.yml already exists');
    expect(readFileSync(join(repo.dir, 'lepton.yml'), 'utf8')).toBe('# edited\n');
  });
});

describe('lepton init on other project shapes', () => {
  it('a plain Python project: package folder, scripts, configs, data, the metrics path the eval names', async () => {
    repo = fixtureRepo('python-plain');
    const j = await initJson(repo, '.', '--workflows');
    expect(j).toMatchObject({
      model: 'churn-predictor',
      language: 'python',
      dvc: false,
      components: {
        code: ['churn/**', 'evaluate.py', 'train.py'],
        config: ['configs/**'],
      },
      data: { data: ['data/**'] },
      eval: { command: 'python3 train.py && python3 evaluate.py', metrics: ['out/metrics.json'] },
    });
    expect(j.guessed).toEqual([]);
    await validAndHashed(repo);
    expect(await selectedFiles(repo)).toEqual({
      components: {
        code: ['churn/__init__.py', 'churn/features.py', 'evaluate.py', 'train.py'],
        config: ['configs/model.yaml'],
      },
      data: { data: ['data/test.csv', 'data/train.csv'] },
    });
    // The eval it wrote runs as written.
    const ev = await lepton(repo, '.', 'eval', '--json');
    expect(ev.code).toBe(0);
    expect(JSON.parse(ev.stdout).metrics).toEqual({ accuracy: 0.91, auc: 0.88, loss: 0.31 });

    const pr = await workflow(repo, '.github/workflows/lepton-pr.yml');
    expect(steps(pr).find((s) => s.uses === 'actions/setup-python@v5')?.with).toMatchObject({
      'python-version': '3.11',
    });
    expect(stepIndex(pr, (s) => s.run === 'pip install -r requirements.txt')).toBeGreaterThan(0);
    expect(stepIndex(pr, (s) => s.run === 'dvc pull')).toBe(-1);
  });

  it('a Node project: the npm eval script, its metrics path, LFS weights as a component', async () => {
    repo = fixtureRepo('node');
    const j = await initJson(repo, '.', '--workflows');
    expect(j).toMatchObject({
      model: 'sentiment',
      language: 'node',
      components: { code: ['src/**', 'eval.js'], weights: ['weights/*.bin'] },
      data: { data: ['data/**'] },
      eval: { command: 'npm run eval', metrics: ['reports/scores.json'] },
    });
    await validAndHashed(repo);
    expect(await selectedFiles(repo)).toEqual({
      components: {
        code: ['eval.js', 'src/model.js', 'src/train.js'],
        weights: ['weights/model.bin'],
      },
      data: { data: ['data/reviews.csv'] },
    });
    const pr = await workflow(repo, '.github/workflows/lepton-pr.yml');
    expect(steps(pr).map((s) => s.uses ?? s.run)).toEqual([
      'actions/checkout@v5',
      'actions/setup-node@v5',
      'npm ci',
      'lepton-ci/lepton@v1',
    ]);
    const ev = await lepton(repo, '.', 'eval', '--json');
    expect(ev.code).toBe(0);
    expect(JSON.parse(ev.stdout).metrics).toEqual({ accuracy: 1, 'latency_ms.p95': 0.2 });
  });

  it('a monorepo folder: paths relative to the model, workflows at the top named for each model', async () => {
    repo = fixtureRepo('monorepo');
    const churn = await initJson(repo, 'models/churn', '--workflows');
    expect(churn).toMatchObject({
      model: 'churn',
      components: { code: ['churn_model/**', 'eval.py', 'train.py'] },
      data: { data: ['data/**'] },
      eval: { command: 'python3 train.py && python3 eval.py', metrics: ['out/metrics.json'] },
    });
    expect(churn.guessed).toEqual([
      'model name "churn" from the folder\'s name',
      'Python 3.12 in the workflows (no .python-version says otherwise)',
    ]);
    expect(churn.files.map((f: Json) => f.path)).toEqual([
      'lepton.yml',
      '../../.github/workflows/lepton-churn-pr.yml',
      '../../.github/workflows/lepton-churn-record.yml',
      '../../.github/workflows/lepton-churn-promote.yml',
    ]);
    await validAndHashed(repo, 'models/churn');
    expect(await selectedFiles(repo, 'models/churn')).toEqual({
      components: {
        code: ['churn_model/__init__.py', 'churn_model/model.py', 'eval.py', 'train.py'],
      },
      data: { data: ['data/churn.csv'] },
    });
    const pr = await workflow(repo, '.github/workflows/lepton-churn-pr.yml');
    expect(pr.jobs.eval!.defaults).toEqual({ run: { 'working-directory': 'models/churn' } });
    expect(steps(pr).find((s) => s.uses === 'lepton-ci/lepton@v1')?.with).toEqual({
      'working-directory': 'models/churn',
    });
    expect(pr.concurrency.group).toMatch(/^lepton-churn-pr-/);

    // The second model: the repository's .gitattributes puts its weights in LFS.
    const vision = await initJson(repo, 'models/vision', '--workflows');
    expect(vision).toMatchObject({
      model: 'vision',
      language: 'node',
      components: { code: ['src/**'], weights: ['weights/*.onnx'] },
      eval: { command: 'npm run evaluate', metrics: ['metrics.json'] },
    });
    await validAndHashed(repo, 'models/vision');
    expect(existsSync(join(repo.dir, '.github/workflows/lepton-vision-record.yml'))).toBe(true);
    expect(existsSync(join(repo.dir, '.github/workflows/lepton-churn-record.yml'))).toBe(true);
  });

  it('an empty folder: a placeholder eval that fails until set, said to be a guess', async () => {
    repo = fixtureRepo('node');
    repo.write({ 'empty/README.md': '# nothing yet\n' });
    const j = await initJson(repo, 'empty');
    expect(j.components).toEqual({});
    expect(j.guessed).toEqual([
      'model name "empty" from the folder\'s name',
      'no eval script found: eval.command is a placeholder that fails until you set it',
      'metrics file metrics.json (nothing names one: make the eval write it)',
    ]);
    await validAndHashed(repo, 'empty');
    const ev = await lepton(repo, 'empty', 'eval');
    expect(ev.code).toBe(3);
    expect(ev.stderr).toContain('lepton: set eval.command in lepton.yml');
  });
});

describe('lepton init with hostile names', () => {
  it('refuses workflows for a folder whose name GitHub would evaluate, and writes nothing', async () => {
    repo = fixtureRepo('monorepo');
    const folder = 'models/${{ github.token }}';
    repo.write({ [`${folder}/eval.py`]: 'print(1)\n' });
    const r = await lepton(repo, folder, 'init', '--workflows');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('which GitHub would read as an expression');
    expect(existsSync(join(repo.dir, folder, 'lepton.yml'))).toBe(false);
    expect(existsSync(join(repo.dir, '.github'))).toBe(false);
  });

  it('quotes a folder name with spaces and quotes in the workflows', async () => {
    repo = fixtureRepo('monorepo');
    const folder = "models/bob's model";
    repo.write({ [`${folder}/eval.py`]: 'print(1)\n' });
    const j = await initJson(repo, folder, '--workflows');
    expect(j.model).toBe('bob-s-model');
    const pr = await workflow(repo, '.github/workflows/lepton-bob-s-model-pr.yml');
    expect(pr.jobs.eval!.defaults).toEqual({ run: { 'working-directory': folder } });
    await validAndHashed(repo, folder);
  });

  it('does not follow a symlinked metrics file out of the folder', async () => {
    repo = makeRepo({ 'secret/metrics.json': '{"leaked": 1}', 'model/evaluate.py': 'print(1)\n' });
    symlinkSync('../secret/metrics.json', join(repo.dir, 'model/metrics.json'));
    const j = await initJson(repo, 'model');
    expect(j.eval.metrics).toEqual(['metrics.json']);
    expect(j.metricNames).toEqual([]);
    // The same file, really in the folder, is read.
    rmSync(join(repo.dir, 'model/metrics.json'));
    repo.write({ 'model/metrics.json': '{"accuracy": 1}' });
    const again = await initJson(repo, 'model', '--force');
    expect(again.metricNames).toEqual(['accuracy']);
  });
});
