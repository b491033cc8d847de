import { describe, expect, it } from '@jest/globals';
import { filesToRead, modelNameOf, parseDvcYaml, planInit } from '../../src/core/init/index.js';
import { validateManifest } from '../../src/core/manifest/index.js';
import type { InitListing } from '../../src/core/init/index.js';
import { partMatcher } from '../../src/io/files/select.js';

const listing = (files: string[], extra: Partial<InitListing> = {}): InitListing => ({
  files: [...files].sort(),
  lfs: [],
  folderName: 'project',
  repoPath: '.',
  ...extra,
});

describe('modelNameOf', () => {
  it.each([
    ['@acme/Churn_Model', 'churn-model'],
    ['text-classification', 'text-classification'],
    ['My Model 2', 'my-model-2'],
    ['2024-forecast', 'forecast'],
    ['models/', 'models'],
    ['___', null],
    ['42', null],
  ])('%s → %s', (raw, name) => {
    expect(modelNameOf(raw)).toBe(name);
  });
});

describe('parseDvcYaml', () => {
  it('orders stages by their dependencies, whatever order dvc.yaml writes them in', () => {
    const p = parseDvcYaml(`
stages:
  evaluate:
    cmd: python evaluate.py
    deps: [model.pkl, data/features]
  train:
    cmd: [python train.py, echo trained]
    deps: [data/features/train.csv]
    outs: [model.pkl]
  featurize:
    cmd: python featurize.py
    deps: [data/raw]
    outs: [data/features]
`)!;
    expect(p.stages.map((s) => s.name)).toEqual(['featurize', 'train', 'evaluate']);
    expect(p.stages[1]!.cmd).toEqual(['python train.py', 'echo trained']);
  });

  it('makes wdir paths relative to dvc.yaml and names the parameter files read', () => {
    const p = parseDvcYaml(`
stages:
  train:
    wdir: model
    cmd: python train.py
    deps: [train.py]
    params: [lr, {../configs/extra.yaml: [depth]}]
    metrics: [{scores.json: {cache: false}}]
metrics: [eval/metrics.json]
`)!;
    expect(p.stages[0]).toMatchObject({
      deps: ['model/train.py'],
      paramFiles: ['model/params.yaml', 'model/../configs/extra.yaml'],
      metrics: ['model/scores.json'],
    });
    expect(p.metrics).toEqual(['model/scores.json', 'eval/metrics.json']);
  });

  it('skips foreach/matrix templates by name, and reads no pipeline from junk', () => {
    const p = parseDvcYaml(
      'stages:\n  build:\n    foreach: [a, b]\n    do:\n      cmd: echo ${item}\n',
    )!;
    expect(p.stages).toEqual([]);
    expect(p.skipped).toEqual(['build']);
    expect(parseDvcYaml('stages: [')).toBeNull();
    expect(parseDvcYaml('just text')).toBeNull();
  });
});

describe('planInit', () => {
  it('asks for dvc.yaml first, then the metrics files dvc.yaml names', () => {
    const l = listing(['dvc.yaml', 'src/train.py']);
    expect(filesToRead(l, {})).toEqual(['dvc.yaml']);
    const dvc = 'stages:\n  train:\n    cmd: python src/train.py\nmetrics: [out/m.json]\n';
    expect(filesToRead(l, { 'dvc.yaml': dvc })).toEqual(['out/m.json']);
  });

  it.each([
    [
      'a stage with wdir',
      'stages:\n  t:\n    wdir: sub dir\n    cmd: python t.py\n',
      "(cd 'sub dir' && python t.py)",
    ],
    [
      'a quote in a command',
      'stages:\n  t:\n    cmd: python t.py --name "it\'s"\n',
      'python t.py --name "it\'s"',
    ],
    ['no stages', 'stages: {}\n', "echo 'lepton: set eval.command in lepton.yml' >&2; exit 1"],
  ])('writes a manifest that validates: %s', (_what, dvcYaml, command) => {
    const plan = planInit(
      listing(['dvc.yaml', 't.py']),
      { 'dvc.yaml': dvcYaml },
      {
        workflows: false,
        manifest: 'lepton.yml',
      },
    );
    expect(plan.eval.command).toBe(command);
    const text = plan.files[0]!.content;
    const v = validateManifest(text, 'lepton.yml');
    expect(v.issues).toEqual([]);
    expect(v.ok && v.manifest.eval.command).toBe(command);
  });

  // `node train.js && node eval.js` named only train.js, which names no metrics file: init
  // guessed metrics.json and the first eval failed (the iris-node example; a new-user trial).
  it.each([
    ['train, then eval', 'node train.js && node eval.js', 'out/metrics.json', 'eval.js'],
    ['eval alone', 'node eval.js', 'out/metrics.json', 'eval.js'],
    ['./ before the file', 'node ./train.js && node ./eval.js', 'out/metrics.json', 'eval.js'],
    [
      'a flag before the chain',
      'NODE_ENV=test node train.js; node eval.mjs',
      'out/metrics.json',
      'eval.mjs',
    ],
    ['only the first names one', 'node eval.js && node report.js', 'out/metrics.json', 'eval.js'],
    ['a script not in the tree', 'node missing.js', 'metrics.json', null],
  ])('package.json scripts.eval: %s', (_what, script, metrics, namedIn) => {
    const files = ['package.json', 'train.js', 'eval.js', 'eval.mjs', 'report.js'];
    const contents: Record<string, string> = {
      'package.json': JSON.stringify({ scripts: { eval: script } }),
      'train.js': "writeFileSync('out/model.json', model);",
      'eval.js': "writeFileSync('out/metrics.json', JSON.stringify(m));",
      'eval.mjs': "await writeFile('out/metrics.json', text);",
      'report.js': "console.log('done');",
    };
    // The planner asks for every script the command runs.
    const wanted = filesToRead(listing(files), { 'package.json': contents['package.json']! });
    for (const f of wanted) expect(contents).toHaveProperty([f]);
    const plan = planInit(listing(files), contents, { workflows: false, manifest: 'lepton.yml' });
    expect(plan.eval.metrics).toEqual([metrics]);
    const finding = plan.findings.find((f) => f.text.includes('metrics file'));
    expect(finding?.text).toBe(
      namedIn
        ? `metrics file ${metrics}, named in ${namedIn}`
        : 'metrics file metrics.json (nothing names one: make the eval write it)',
    );
  });

  it('leaves out globs that match no file, so status never fails on them', () => {
    const plan = planInit(
      listing(['train.py', 'weights/a.pt'], { lfs: ['weights/a.pt', 'gone/b.pt'] }),
      {},
      { workflows: false, manifest: 'lepton.yml' },
    );
    expect(plan.components).toEqual({ code: ['train.py'], weights: ['weights/*.pt'] });
  });

  // trial: weights kept in Git LFS under data/ were in the weights component and the data set.
  it.each([
    [
      'weights under data/',
      ['train.py', 'evaluate.py', 'data/model.pt', 'data/x.csv'],
      ['data/model.pt'],
      { data: ['data/**', '!data/*.pt'] },
    ],
    [
      'weights under datasets/ beside Git LFS data',
      ['train.py', 'datasets/w.onnx', 'datasets/big.parquet', 'datasets/small.csv'],
      ['datasets/w.onnx', 'datasets/big.parquet'],
      { datasets: ['datasets/**', '!datasets/*.onnx'] },
    ],
    [
      'weights at the root',
      ['train.py', 'model.pt', 'data/a.csv'],
      ['model.pt'],
      { data: ['data/**'] },
    ],
    [
      'Git LFS data and weights in one folder',
      ['train.py', 'models/big.csv', 'models/w.pt'],
      ['models/big.csv', 'models/w.pt'],
      { lfs: ['models/*.csv'] },
    ],
  ])('each file is in one part at most: %s', (_, files, lfs, data) => {
    const plan = planInit(
      listing(files, { lfs }),
      {},
      { workflows: false, manifest: 'lepton.yml' },
    );
    expect(plan.data).toEqual(data);
    const parts = [...Object.values(plan.components), ...Object.values(plan.data)].map((p) =>
      partMatcher(p),
    );
    for (const f of files) {
      expect({ f, parts: parts.filter((m) => m(f)).length }).toEqual({ f, parts: 1 });
    }
  });
});
